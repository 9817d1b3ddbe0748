/**
 * loadCorpus(paths) on the bad input an adversarial probe tried: each kind has a test and its message.
 * Every case starts from a copy of the fixture corpus's data and the valid check fixture.
 */
import { afterAll, describe, expect, it } from "vitest";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { contentPaths, loadCorpus } from "../../../src/data/corpus.ts";
import type { CheckIssue } from "../../../src/lib/check/issue.ts";
import { FIXTURE_DATA } from "../../fixture-corpus.ts";

const VALID = readFileSync("tests/fixtures/check/valid/ke-hoach-mau.md", "utf8");
const SOURCE = "004_3ffa52f7620d424a.txt";
const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A scratch corpus: the fixture data with only SOURCE, and the valid plan edited by `edit`. */
function scratch(edit: (raw: string) => string = (r) => r) {
  const root = mkdtempSync(join(tmpdir(), "corpus-probe-"));
  roots.push(root);
  const plans = join(root, "plans");
  const data = join(root, "data");
  mkdirSync(plans);
  mkdirSync(join(data, "sources"), { recursive: true });
  cpSync(join(FIXTURE_DATA, "codebook.yaml"), join(data, "codebook.yaml"));
  cpSync(join(FIXTURE_DATA, "localities.yaml"), join(data, "localities.yaml"));
  cpSync(join(FIXTURE_DATA, "sources", SOURCE), join(data, "sources", SOURCE));
  writeFileSync(join(plans, "ke-hoach-mau.md"), edit(VALID));
  return { plans, data, sources: join(data, "sources"), check: () => loadCorpus(contentPaths({ plans, data })) };
}

const errors = (s: ReturnType<typeof scratch>): CheckIssue[] => s.check().errors;
const withQuote = (text: string) => (raw: string) =>
  raw.replace('"vận động mỗi cặp vợ chồng nên có 2 con, bảo đảm quyền và trách nhiệm"', JSON.stringify(text));

describe("loadCorpus(paths) on bad input", () => {
  it("accepts the valid plan, with a byte-order mark too", () => {
    expect(errors(scratch())).toEqual([]);
    expect(errors(scratch((r) => `\uFEFF${r}`))).toEqual([]);
  });

  it("refuses a quote of a few words as proof of a level", () => {
    const [e] = errors(scratch(withQuote("của các ")));
    expect(e.field).toBe("measures.muc-sinh-thay-the.quotes[0].text");
    expect(e.message).toBe("Trích dẫn quá ngắn: cần ít nhất 5 từ để chứng minh mức mã hóa.");
    expect(e.fix).toMatch(/^Chép cả mệnh đề/);
  });

  it("refuses a plan that carries out itself", () => {
    const s = scratch((r) =>
      r
        .replace('number: "71-KH/TU"', 'number: "49-KH/ĐUK"')
        .replace(/date: "2018-04-24"/, 'date: "2018-06-04"')
        .replace(
          'issuer: "Ban Thường vụ Tỉnh ủy Thừa Thiên Huế"',
          'issuer: "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Thừa Thiên Huế"',
        ),
    );
    const e = errors(s).find((i) => i.field === "references[0]");
    expect(e?.message).toBe(
      "Văn bản dẫn tới chính nó (49-KH/ĐUK, Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Thừa Thiên Huế).",
    );
  });

  it("refuses a date in the future", () => {
    const [e] = errors(scratch((r) => r.replace('date: "2018-06-04"', 'date: "2030-01-01"')));
    expect(e.field).toBe("issued.date");
    expect(e.message).toMatch(/^Ngày 2030-01-01 ở tương lai \(hôm nay là \d{4}-\d{2}-\d{2}\)\.$/);
  });

  it("reads a level written as a string, a negative or a fraction as an error in Vietnamese", () => {
    const at = (level: string) =>
      errors(
        scratch((r) => r.replace(/muc-sinh-thay-the:\n {4}level: 1/, `muc-sinh-thay-the:\n    level: ${level}`)),
      )[0];
    expect(at('"2"').message).toBe('Sai kiểu: cần một số, nhận được "2".');
    expect(at("-1").message).toBe("Giá trị quá nhỏ: tối thiểu 0, nhận được -1.");
    expect(at("2.5").message).toBe("Sai kiểu: cần một số nguyên, nhận được 2.5.");
  });

  it("names each file of another kind and each folder in the plans folder instead of ignoring it", () => {
    const s = scratch();
    for (const name of ["khac.markdown", "KHAC.MD", "ghi-chu.txt"]) writeFileSync(join(s.plans, name), VALID);
    mkdirSync(join(s.plans, "thu-muc"));
    mkdirSync(join(s.plans, "x.md"));
    mkdirSync(join(s.sources, "y.txt"));
    const found = errors(s).map((e) => [e.file.replace(/^.*\//, ""), e.message.split(" ")[0]]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["KHAC.MD", "Tệp"],
        ["ghi-chu.txt", "Tệp"],
        ["khac.markdown", "Tệp"],
        ["thu-muc", "Đây"],
        ["x.md", "Đây"],
        ["y.txt", "Đây"],
      ]),
    );
  });

  it("refuses a second file for a document already there under another number or date", () => {
    const s = scratch();
    writeFileSync(join(s.plans, "ke-hoach-mau-2.md"), VALID.replace('number: "49-KH/ĐUK"', "number: null"));
    const e = errors(s).find((i) => i.field === "source");
    expect(e?.message).toMatch(/^Cùng tệp nguồn "004_3ffa52f7620d424a\.txt" với .*ke-hoach-mau(-2)?\.md/);
  });

  it("refuses javascript: and data: links and images from another host in a summary", () => {
    const s = scratch(
      (r) => `${r}\n[bấm](javascript:alert(1)) [tải](data:text/html,x) ![ảnh](https://example.org/a.png)\n`,
    );
    expect(errors(s).map((e) => e.message)).toEqual([
      'Liên kết "javascript:" không được phép: javascript:alert(1)',
      'Liên kết "data:" không được phép: data:text/html,x',
      "Ảnh lấy từ nơi khác (https://example.org/a.png): trang không được tải gì ngoài trang của mình.",
    ]);
  });

  it("refuses a published plan with no summary, and one whose summary is a book", () => {
    const empty = errors(scratch((r) => r.replace(/\n---\n[\s\S]*$/, "\n---\n")));
    expect(empty.map((e) => e.message)).toContain("Không có phần tóm tắt sau phần thông tin.");
    const huge = errors(scratch((r) => `${r}\n${"chữ ".repeat(3000)}\n`));
    expect(huge.map((e) => e.message).find((m) => m.startsWith("Phần tóm tắt có"))).toMatch(
      /^Phần tóm tắt có 3\d{3} từ, quá giới hạn 2000 từ\.$/,
    );
  });

  it("names the encoding problem of a source once instead of reporting every quote missing", () => {
    for (const [bytes, expected] of [
      [Buffer.from(readFileSync(join(FIXTURE_DATA, "sources", SOURCE), "utf8"), "utf16le"), /UTF-16|byte 0|nhị phân/],
      [Buffer.from([0x00, 0x01, 0x02, 0xff, 0x10]), /nhị phân/],
      [Buffer.from("K\xea ho\xb9ch d\xe2n s\xe8", "latin1"), /UTF-8|TCVN3|VNI|Windows-1258/],
    ] as const) {
      const s = scratch();
      writeFileSync(join(s.sources, SOURCE), bytes);
      const found = errors(s);
      expect(found.length, found.map((e) => e.message).join("\n")).toBe(1);
      expect(found[0].field).toBe("source");
      expect(found[0].message).toMatch(expected);
    }
  });

  it("does not call a source unused when its plan fails its schema", () => {
    const s = scratch((r) => r.replace("issuerKind: party", "issuerKind: dang"));
    const issues = s.check().issues;
    expect(issues.some((i) => i.message === "Tệp nguồn không thuộc kế hoạch nào.")).toBe(false);
    expect(issues.find((i) => i.field === "issuerKind")?.severity).toBe("error");
  });

  it("finds a quote that runs across a page break of the source", () => {
    const s = scratch(withQuote("vận động mỗi cặp vợ chồng nên có 2 con, bảo đảm quyền và trách nhiệm"));
    const text = readFileSync(join(s.sources, SOURCE), "utf8").replace("nên có 2 con,", "nên có\n\n- 3 -\n\n2 con,");
    writeFileSync(join(s.sources, SOURCE), text);
    expect(errors(s)).toEqual([]);
  });

  it("reads YAML tabs and duplicate keys in Vietnamese with the file's own line", () => {
    const tab = errors(scratch((r) => r.replace("  province: hue", "\tprovince: hue")))[0];
    expect(tab.message).toBe("YAML không đọc được: dùng phím Tab để thụt lề.");
    expect(tab.field).toBe("dòng 13");
    const twice = errors(
      scratch((r) => r.replace('shortTitle: "KH mẫu"', 'shortTitle: "KH mẫu"\nshortTitle: "KH"')),
    )[0];
    expect(twice.message).toBe("YAML không đọc được: một trường xuất hiện hai lần.");
    expect(twice.field).toBe("dòng 4");
  });

  it("keeps an unquoted date in a target a string, as Astro's loader reads it too", () => {
    const s = scratch((r) =>
      r.replace(
        "\nmeasures:\n",
        '\ntargets:\n  - text: "Báo cáo kết quả"\n    value: "01"\n    unit: "báo cáo"\n    period: 2025-12-31\nmeasures:\n',
      ),
    );
    const corpus = s.check();
    expect(corpus.errors).toEqual([]);
    expect(corpus.plans[0].plan.targets[0].period).toBe("2025-12-31");
  });

  it("checks every row of indicators.csv, naming its line and column", () => {
    const s = scratch();
    writeFileSync(
      join(s.data, "indicators.csv"),
      "unit,unit_scheme,indicator,year,value,source_url,note,province\n" +
        "Hà Tĩnh,34-new,TFR,2024,2.69,https://example.org/a,,ha-tinh\n" +
        'Hà Tĩnh,34-new,TFR,2024,"2,69",https://example.org/a,,ha-tinh\n' +
        "Xứ Lạ,34-new,SRB,2024,110,https://example.org/b,,xu-la\n",
    );
    expect(errors(s).map((e) => [e.field, e.message])).toEqual([
      ["dòng 3, cột value", 'Giá trị phải là một số, dấu chấm thập phân. Nhận được "2,69".'],
      ["dòng 4, cột province", 'Không có tỉnh/thành "xu-la" trong data/localities.yaml.'],
    ]);
  });

  it("warns when no quote of a coding names its measure, unless a note says why", () => {
    const offTopic =
      (note = "") =>
      (raw: string) =>
        raw.replace(
          /lao-khoa:\n {4}level: 0\n {4}quotes: \[\]/,
          `lao-khoa:\n    level: 1\n    quotes:\n      - text: "vận động mỗi cặp vợ chồng nên có 2 con, bảo đảm quyền và trách nhiệm"\n        section: "II.1"${note}`,
        );
    const warned = scratch(offTopic())
      .check()
      .issues.filter((i) => i.field === "measures.lao-khoa.quotes");
    expect(warned.map((i) => [i.severity, i.message])).toEqual([
      ["warning", "Không trích dẫn nào của biện pháp này có từ ngữ nói đến nó; có thể trích nhầm câu."],
    ]);
    const explained = scratch(offTopic('\n    note: "Câu này là căn cứ vì …"')).check().issues;
    expect(explained.filter((i) => i.field === "measures.lao-khoa.quotes")).toEqual([]);
  });

  it("warns when a quote's section is not where the quote stands in the source", () => {
    const s = scratch((r) => r.replace('section: "II.1"', 'section: "IV.2"'));
    const [w] = s.check().issues.filter((i) => i.field === "measures.muc-sinh-thay-the.quotes[0].section");
    expect(w.severity).toBe("warning");
    expect(w.message).toBe('Trích dẫn ghi mục "IV.2" nhưng trong văn bản nó nằm ở mục II.1.');
  });
});
