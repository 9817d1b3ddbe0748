import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import type { CheckIssue } from "../../../src/lib/check/issue.ts";
import { loadCorpus } from "../../../src/data/corpus.ts";
import { FIXTURE_DATA, FIXTURE_PATHS } from "../../fixture-corpus.ts";

const FIXTURES = "tests/fixtures/check";

/** Errors of checking the plans of one fixture folder against the fixture corpus's codebook, localities and sources. */
function errorsOf(fixture: string): CheckIssue[] {
  return loadCorpus({ ...FIXTURE_PATHS, plansDir: `${FIXTURES}/${fixture}` }).errors;
}

describe("checkCorpus(input) on bad input", () => {
  it("accepts a valid plan", () => {
    expect(errorsOf("valid")).toEqual([]);
  });

  it("accepts a quote written with the other tone placement (hoá/hóa)", () => {
    expect(errorsOf("tone-placement")).toEqual([]);
  });

  it("rejects an unknown measure id and lists the valid ones", () => {
    const [e] = errorsOf("unknown-measure");
    expect(e.field).toBe("measures.lao-khoa-cap-cuu");
    expect(e.message).toBe('Mã biện pháp "lao-khoa-cap-cuu" không có trong bộ mã.');
    expect(e.fix).toContain("lao-khoa");
  });

  it("rejects a level out of range, saying the maximum and the value", () => {
    const [e] = errorsOf("level-out-of-range");
    expect(e.field).toBe("measures.lao-khoa.level");
    expect(e.message).toBe("Giá trị quá lớn: tối đa 3, nhận được 5.");
  });

  it("rejects a level above 0 without a quote", () => {
    const [e] = errorsOf("level-without-quote");
    expect(e.field).toBe("measures.mat-can-bang-gioi-tinh.quotes");
    expect(e.message).toBe("Mức 2 phải có ít nhất một trích dẫn nguyên văn.");
  });

  it("rejects a quote that is not in the source text", () => {
    const [e] = errorsOf("quote-not-in-source");
    expect(e.field).toBe("measures.lao-khoa.quotes[0].text");
    expect(e.message).toMatch(
      /^Không tìm thấy trích dẫn trong tests\/fixtures\/corpus\/data\/sources\/004_3ffa52f7620d424a\.txt: "xây dựng bệnh viện/,
    );
  });

  it("rejects two files for the same document", () => {
    const e = errorsOf("duplicate").find((i) => i.field === "number")!;
    expect(e.message).toMatch(/^Cùng văn bản với .*ke-hoach-mau(-ban-sao)?\.md \(số 49-KH\/ĐUK/);
  });

  it("accepts as locality.place a ward of the gazetteer, by its code or by the slug of its name", () => {
    expect(errorsOf("place-commune-code")).toEqual([]);
    expect(errorsOf("place-commune-slug")).toEqual([]);
  });

  it("rejects a place that is a ward of another province, saying how to write one", () => {
    const [e] = errorsOf("place-unknown");
    expect(e.field).toBe("locality.place");
    expect(e.message).toBe(
      '"phuong-nam-do-son" không phải xã, phường nào của Huế trong danh mục đơn vị hành chính (data/gazetteer/communes.csv) và chưa được khai báo trong places của hue (data/localities.yaml).',
    );
    expect(e.fix).toContain("00004");
  });

  it("rejects a file name that is not a slug", () => {
    const [e] = errorsOf("bad-slug");
    expect(e.message).toBe('Tên tệp "Ke_Hoach_Mau.md" không phải slug hợp lệ.');
  });

  it("rejects a reference cycle, naming the files", () => {
    const e = errorsOf("cycle").find((i) => i.field === "references")!;
    expect(e.message).toMatch(/^Vòng tham chiếu: .*ke-hoach-a\.md → .*ke-hoach-b\.md → .*ke-hoach-a\.md/);
  });

  it("rejects a date that is not a date", () => {
    const [e] = errorsOf("bad-date");
    expect(e.field).toBe("issued.date");
    expect(e.message).toBe('Không phải ngày có thật. Nhận được "2018-02-30".');
    expect(e.fix).toMatch(/^Viết ngày theo dạng YYYY-MM-DD/);
  });

  it("rejects a plan dated before the document it carries out", () => {
    const [e] = errorsOf("before-parent");
    expect(e.field).toBe("references[0].date");
    expect(e.message).toBe(
      "Văn bản ban hành ngày 2018-03-01 nhưng thực hiện 71-KH/TU ngày 2018-04-24, tức là văn bản ra sau nó.",
    );
  });

  it("rejects raw HTML in the body, with its line", () => {
    const [e] = errorsOf("raw-html");
    expect(e.field).toMatch(/^nội dung, dòng \d+$/);
    expect(e.message).toContain("<script>");
  });

  it("rejects a missing source file", () => {
    const [e] = errorsOf("missing-source");
    expect(e.field).toBe("source");
    expect(e.message).toBe(
      'Không tìm thấy tệp nguồn "khong-co-tep-nay.txt" trong tests/fixtures/corpus/data/sources/.',
    );
  });

  it("refuses text not in NFC and says how to normalise it", () => {
    const errors = errorsOf("not-nfc");
    expect(errors[0].message).toMatch(/^Văn bản không ở dạng Unicode NFC/);
    expect(errors[0].fix).toContain("npm run check -- --sua");
  });

  it("reports broken YAML with its line", () => {
    const [e] = errorsOf("bad-yaml");
    expect(e.field).toMatch(/^dòng \d+$/);
    expect(e.message).toMatch(/^YAML không đọc được/);
  });
});

describe("npm run check", () => {
  it("exits 1 and prints the file and field of each error", () => {
    const result = spawnSync(
      process.execPath,
      ["scripts/check.ts", "--plans", `${FIXTURES}/level-out-of-range`, "--data", FIXTURE_DATA],
      { encoding: "utf8" },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      "✗ LỖI  tests/fixtures/check/level-out-of-range/ke-hoach-mau.md › measures.lao-khoa.level",
    );
    expect(result.stdout).toContain("Cách sửa:");
  });
});
