import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parse, stringify } from "yaml";
import { findMarkers } from "../../../src/lib/check/draft-checks.ts";
import type { CheckIssue } from "../../../src/lib/check/issue.ts";
import { contentPaths, loadCorpus } from "../../../src/data/corpus.ts";
import { parsePlanFile } from "../../../src/lib/corpus/parse.ts";
import { FIXTURE_DATA, FIXTURE_PLANS } from "../../fixture-corpus.ts";
import { newPlan } from "../../../scripts/lib/new-plan.ts";
import { docxLike, pdfLike, utf16 } from "../../fixtures/new-plan/bytes.ts";

const scratchRoots: string[] = [];
afterAll(() => scratchRoots.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A scratch project: the fixture corpus's codebook, localities, plans and sources, except `leaveOut`. */
function scratch(leaveOut?: string): { root: string; plansDir: string; dataDir: string; sourcesDir: string } {
  const root = mkdtempSync(join(tmpdir(), "new-plan-"));
  scratchRoots.push(root);
  const plansDir = join(root, "content/plans");
  const dataDir = join(root, "data");
  const sourcesDir = join(dataDir, "sources");
  mkdirSync(plansDir, { recursive: true });
  mkdirSync(sourcesDir, { recursive: true });
  cpSync(join(FIXTURE_DATA, "codebook.yaml"), join(dataDir, "codebook.yaml"));
  cpSync(join(FIXTURE_DATA, "localities.yaml"), join(dataDir, "localities.yaml"));
  for (const name of readdirSync(FIXTURE_PLANS)) {
    const file = parsePlanFile(name, readFileSync(join(FIXTURE_PLANS, name), "utf8"), []);
    const source = (file.data as { source: string | null }).source;
    if (leaveOut && source === leaveOut) continue;
    cpSync(join(FIXTURE_PLANS, name), join(plansDir, name));
    if (source) cpSync(join(FIXTURE_DATA, "sources", source), join(sourcesDir, source));
  }
  return { root, plansDir, dataDir, sourcesDir };
}

const check = (s: ReturnType<typeof scratch>): CheckIssue[] =>
  loadCorpus(contentPaths({ plans: s.plansDir, data: s.dataDir })).issues;

/**
 * What an editor does with a draft: fill each field marked "CẦN ĐIỀN" (here with the value of the
 * hand-coded file), drop the comments and the draft flag. Nothing else changes.
 */
function fillGaps(markdown: string, gold: { data: Record<string, unknown>; body: string }): string {
  const [, front, ...rest] = markdown.split(/^---$/m);
  const data = parse(front) as Record<string, unknown>;
  let body = rest.join("---").replace(/^\n/, "");
  for (const gap of findMarkers(markdown, "CẦN ĐIỀN")) {
    const field = gap.field.split(".")[0];
    if (field === "nội dung") body = gold.body;
    else if (field === "references") {
      for (const ref of data.references as { number: string; issuer: string }[])
        if (ref.issuer.startsWith("CẦN ĐIỀN"))
          ref.issuer = (gold.data.references as { number: string; issuer: string }[]).find(
            (g) => g.number === ref.number,
          )!.issuer;
    } else data[field] = gold.data[field];
  }
  delete data.draft;
  return `---\n${stringify(data)}---\n${body}`;
}

const SEEDS = readdirSync(join(FIXTURE_DATA, "sources")).filter((n) => n.endsWith(".txt"));

describe("npm run new-plan on each seed, as if it were new", { timeout: 30_000 }, () => {
  for (const seed of SEEDS) {
    it(`drafts ${seed} so that it passes npm run check once the marked gaps are filled`, async () => {
      const s = scratch(seed);
      const goldName = readdirSync(FIXTURE_PLANS).find((n) =>
        readFileSync(join(FIXTURE_PLANS, n), "utf8").includes(`source: "${seed}"`),
      )!;
      const goldFile = parsePlanFile(goldName, readFileSync(join(FIXTURE_PLANS, goldName), "utf8"), []);
      const result = await newPlan(join(FIXTURE_DATA, "sources", seed), { ...s, knownDirs: [] });

      const draftIssues = check(s).filter((i) => i.file === result.planPath);
      expect(draftIssues.filter((i) => i.severity === "error")).toEqual([]);
      const gaps = findMarkers(readFileSync(result.planPath, "utf8"), "CẦN ĐIỀN");
      expect(draftIssues.filter((i) => i.message.startsWith("Còn thiếu:"))).toHaveLength(gaps.length);

      writeFileSync(
        result.planPath,
        fillGaps(readFileSync(result.planPath, "utf8"), {
          data: goldFile.data as Record<string, unknown>,
          body: goldFile.body,
        }),
      );
      expect(check(s).filter((i) => i.severity === "error")).toEqual([]);
    });
  }
});

// Each test starts Node once or more: give them room on a busy machine.
describe("npm run new-plan (command line)", { timeout: 30_000 }, () => {
  const run = (args: string[]) => spawnSync(process.execPath, ["scripts/new-plan.ts", ...args], { encoding: "utf8" });

  it("stores the source in NFC with Unix line breaks, drafts the plan and prints its path first", () => {
    const s = scratch();
    const result = run(["tests/fixtures/new-plan/crlf.txt", "--out", s.root]);
    expect(result.status).toBe(0);
    const path = result.stdout.split("\n")[0];
    expect(path).toBe(join(s.root, "content/plans/ke-hoach-15-kh-hu-2018-btv-huyen-uy-minh-hoa.md"));
    expect(readFileSync(path, "utf8")).toMatch(/^draft: true$/m);
    const stored = readFileSync(join(s.sourcesDir, "crlf.txt"), "utf8");
    expect(stored).not.toContain("\r");
    expect(stored).toBe(stored.normalize("NFC"));
  });

  it("never overwrites an existing plan file", () => {
    const s = scratch();
    const path = run(["tests/fixtures/new-plan/co-so.txt", "--out", s.root]).stdout.split("\n")[0];
    writeFileSync(path, "sửa tay");
    const again = run(["tests/fixtures/new-plan/co-so.txt", "--out", s.root]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("không ghi đè");
    expect(readFileSync(path, "utf8")).toBe("sửa tay");
  });

  it("reuses an identical source and never replaces a different one with the same name", () => {
    const s = scratch();
    run(["tests/fixtures/new-plan/co-so.txt", "--out", s.root]);
    const same = run(["tests/fixtures/new-plan/co-so.txt", "--out", s.root, "--slug", "ke-hoach-ban-sao"]);
    expect(same.stdout).toContain("Văn bản đã có sẵn");
    writeFileSync(join(s.sourcesDir, "crlf.txt"), "một văn bản khác");
    const other = run(["tests/fixtures/new-plan/crlf.txt", "--out", s.root, "--slug", "ke-hoach-khac"]);
    expect(other.status).toBe(0);
    expect(readFileSync(join(s.sourcesDir, "crlf.txt"), "utf8")).toBe("một văn bản khác");
    expect(readdirSync(s.sourcesDir)).toContain("crlf-2.txt");
  });

  it("reuses a source with the same text under another name, says which, and who already uses it", () => {
    const s = scratch();
    const first = run(["tests/fixtures/new-plan/co-so.txt", "--out", s.root]);
    const firstPlan = first.stdout.split("\n")[0];
    const sources = readdirSync(s.sourcesDir);
    // The same text in NFD, then in UTF-16 with Windows line breaks: equal once normalised.
    const utf16Copy = join(s.root, "ban-sao-utf16.txt");
    writeFileSync(
      utf16Copy,
      utf16(readFileSync("tests/fixtures/new-plan/co-so.txt", "utf8").replace(/\n/g, "\r\n"), "le", true),
    );
    for (const [copy, slug] of [
      ["tests/fixtures/new-plan/nfd.txt", "ke-hoach-nfd"],
      [utf16Copy, "ke-hoach-utf16"],
    ]) {
      const again = run([copy, "--out", s.root, "--slug", slug]);
      expect(again.status).toBe(0);
      expect(again.stdout).toContain(
        `Văn bản đã có sẵn ở ${join(s.sourcesDir, "co-so.txt")} (cùng nội dung với ${copy}): dùng lại tệp đó, không chép thêm.`,
      );
      expect(again.stdout).toContain(`Chú ý: ${firstPlan} cũng dùng tệp nguồn này; có thể văn bản đã được soạn rồi.`);
      expect(readFileSync(join(s.plansDir, `${slug}.md`), "utf8")).toContain('source: "co-so.txt"');
    }
    expect(readdirSync(s.sourcesDir)).toEqual(sources);
  });

  it("reads UTF-16 without a byte-order mark, stores it as UTF-8 and says the encoding was guessed", () => {
    const s = scratch();
    const text = readFileSync("tests/fixtures/new-plan/co-so.txt", "utf8");
    const input = join(s.root, "ke-hoach-utf16.txt");
    writeFileSync(input, utf16(text, "be", false));
    const result = run([input, "--out", s.root]);
    expect(result.status).toBe(0);
    expect(readFileSync(join(s.sourcesDir, "ke-hoach-utf16.txt"), "utf8")).toBe(text);
    expect(result.stdout).toContain(
      `Chú ý: tệp được đọc theo bảng mã UTF-16 BE (máy đoán) và lưu lại ở UTF-8; mở ${join(s.sourcesDir, "ke-hoach-utf16.txt")} đọc vài dòng có dấu để chắc chữ không sai.`,
    );
  });

  it("says how to call it when the source is missing", () => {
    expect(run([]).status).toBe(2);
    const missing = run(["khong-co-tep.txt", "--out", scratch().root]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Không tìm thấy tệp "khong-co-tep.txt"');
  });
});

describe("npm run new-plan (command line) on input that is not a plan text", { timeout: 30_000 }, () => {
  const run = (args: string[]) => spawnSync(process.execPath, ["scripts/new-plan.ts", ...args], { encoding: "utf8" });

  /** Runs new-plan on `input` (bytes written to a file named `name`, or a path) into an empty folder. */
  function refuse(
    input: Uint8Array | string,
    name = "ke-hoach.txt",
  ): { status: number | null; stderr: string; path: string } {
    const root = mkdtempSync(join(tmpdir(), "new-plan-bad-"));
    scratchRoots.push(root);
    const inputs = mkdtempSync(join(tmpdir(), "new-plan-input-"));
    scratchRoots.push(inputs);
    const path = typeof input === "string" ? input : join(inputs, name);
    if (typeof input !== "string") writeFileSync(path, input);
    const result = run([path, "--out", root]);
    expect(readdirSync(root), "nothing is written").toEqual([]);
    expect(result.stdout).toBe("");
    return { status: result.status, stderr: result.stderr, path };
  }

  const SAVE = "lưu thành văn bản thuần, bảng mã UTF-8 (.txt), và chạy lại với tệp .txt đó.";

  it("refuses a broken PDF (cut short) and says to download it again", () => {
    const { status, stderr, path } = refuse(pdfLike(), "ke-hoach.pdf");
    expect(status).toBe(1);
    expect(stderr).toBe(
      `✗ Không đọc được "${path}": tệp PDF bị hỏng hoặc không trọn vẹn (có lẽ tải về chưa xong), không mở được. ` +
        "Tải lại tệp từ nguồn, thử mở bằng một trình đọc PDF, rồi chạy lại.\n",
    );
  });

  it("refuses a broken Word .docx, even under a .txt name", () => {
    const { status, stderr, path } = refuse(docxLike());
    expect(status).toBe(1);
    expect(stderr).toBe(
      `✗ Không đọc được "${path}": tệp Word (.docx) bị hỏng hoặc không phải tệp Word thật, không mở được. Mở tệp ` +
        "bằng Word hoặc LibreOffice, lưu lại thành .docx rồi chạy lại.\n",
    );
  });

  it("refuses binary data", () => {
    const { status, stderr, path } = refuse(gzipSync(readFileSync("tests/fixtures/new-plan/co-so.txt")));
    expect(status).toBe(1);
    expect(stderr).toBe(
      `✗ Không đọc được "${path}": đây là tệp nhị phân (có byte 0 hoặc nhiều ký tự điều khiển), không phải văn bản ` +
        "thuần. Kiểm tra lại đường dẫn; nếu đúng là văn bản của kế hoạch thì mở bằng chương trình đã tạo ra nó, chép " +
        `hết chữ rồi ${SAVE}\n`,
    );
  });

  it("refuses an empty file and one with only whitespace", () => {
    for (const bytes of [new Uint8Array(), new TextEncoder().encode(" \r\n\t\n  \u00a0\n")]) {
      const { status, stderr, path } = refuse(bytes);
      expect(status).toBe(1);
      expect(stderr).toBe(
        `✗ Không đọc được "${path}": tệp trống hoặc chỉ có khoảng trắng, không có gì để soạn. Chép toàn văn kế ` +
          "hoạch vào tệp, lưu lại (UTF-8) rồi chạy lại.\n",
      );
    }
  });

  it("refuses a file over 5 MB and states its size and the limit", () => {
    const inputs = mkdtempSync(join(tmpdir(), "new-plan-input-"));
    scratchRoots.push(inputs);
    const big = join(inputs, "ke-hoach-lon.txt");
    // A sparse file: 20 MB on paper, next to nothing on disk or to write.
    writeFileSync(big, "Kế hoạch");
    truncateSync(big, 20 * 1024 * 1024);
    const { status, stderr } = refuse(big);
    expect(status).toBe(1);
    expect(stderr).toBe(
      `✗ Không đọc được "${big}": tệp nặng 20 MB, quá giới hạn 5 MB cho một văn bản (một kế hoạch thường chỉ vài ` +
        "chục KB). Có lẽ đây không phải toàn văn một kế hoạch, hoặc là nhiều văn bản ghép lại: tách riêng văn bản " +
        "cần thêm, lưu thành một tệp .txt rồi chạy lại.\n",
    );
  });

  it("refuses a folder with a message instead of a stack trace", () => {
    const { status, stderr } = refuse("tests/fixtures/new-plan");
    expect(status).toBe(1);
    expect(stderr).toBe(
      '✗ "tests/fixtures/new-plan" là một thư mục, không phải tệp. Chỉ đường dẫn đến tệp của kế hoạch ' +
        "trong thư mục đó (ví dụ tests/fixtures/new-plan/ke-hoach.pdf).\n",
    );
  });

  it("refuses a device such as /dev/null, which is not a regular file", () => {
    const { status, stderr } = refuse("/dev/null");
    expect(status).toBe(1);
    expect(stderr).toBe(
      '✗ "/dev/null" không phải tệp thông thường. Chỉ đường dẫn đến tệp của kế hoạch (.pdf, .docx hoặc .txt).\n',
    );
  });

  it("refuses a missing file and says to check the path", () => {
    const { status, stderr } = refuse("khong-co-tep.txt");
    expect(status).toBe(1);
    expect(stderr).toBe(
      '✗ Không tìm thấy tệp "khong-co-tep.txt". Kiểm tra lại đường dẫn và tên tệp (cả phần đuôi .txt, .pdf, .docx).\n',
    );
  });
});

describe("newPlan(sourcePath, options) on a ward's plan that names no province", () => {
  it("writes a file whose province and ward come from the gazetteer, marked inferred, that the check accepts", async () => {
    const s = scratch();
    const result = await newPlan("tests/fixtures/new-plan/phuong-ba-dinh.txt", { ...s, knownDirs: [] });
    const data = parsePlanFile(result.planPath, readFileSync(result.planPath, "utf8"), []).data as {
      locality: Record<string, unknown>;
    };
    expect(data.locality).toMatchObject({ province: "ha-noi", place: "phuong-ba-dinh", inferred: true });
    const errors = check(s).filter((i) => i.severity === "error" && i.file === result.planPath);
    expect(errors.filter((e) => e.field?.startsWith("locality"))).toEqual([]);
  });
});
