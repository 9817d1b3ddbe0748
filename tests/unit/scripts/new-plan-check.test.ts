import { afterAll, describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CheckIssue } from "../../../src/lib/check/issue.ts";
import { loadCorpus } from "../../../src/data/corpus.ts";
import { FIXTURE_PATHS, FIXTURE_PLANS } from "../../fixture-corpus.ts";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const NAM_DO_SON = "ke-hoach-ubnd-phuong-nam-do-son-thuc-hien-kl-149-2025.md";

/** Issues of checking the fixture corpus with one plan file replaced by `edit(original)`. */
function checkWith(file: string, edit: (raw: string) => string): CheckIssue[] {
  const dir = mkdtempSync(join(tmpdir(), "check-draft-"));
  dirs.push(dir);
  for (const name of readdirSync(FIXTURE_PLANS)) cpSync(join(FIXTURE_PLANS, name), join(dir, name));
  writeFileSync(join(dir, file), edit(readFileSync(join(FIXTURE_PLANS, file), "utf8")));
  return loadCorpus({ ...FIXTURE_PATHS, plansDir: dir }).issues.filter((i) => i.file.endsWith(file));
}

describe("npm run check on drafts", () => {
  it("reports a draft as a warning and lists each gap with its field", () => {
    const issues = checkWith(NAM_DO_SON, (raw) =>
      raw
        .replace(/^signer:/m, "draft: true\nsigner:")
        .replace(/^issuer: .*$/m, 'issuer: "CẦN ĐIỀN: cơ quan ban hành"')
        .replace(/^ {2}place: .*$/m, "  # CẦN ĐIỀN: phường nào?"),
    );
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(issues.find((i) => i.field === "draft")?.message).toMatch(/^Bản nháp: .*Còn 2 chỗ CẦN ĐIỀN\.$/);
    const gaps = issues.filter((i) => i.message.startsWith("Còn thiếu:"));
    expect(gaps.map((i) => [i.field?.replace(/, dòng \d+$/, ""), i.message])).toEqual([
      ["issuer", "Còn thiếu: cơ quan ban hành."],
      ["locality", "Còn thiếu: phường nào?"],
    ]);
  });

  it("lists the measures a draft has not coded yet, as a warning", () => {
    const issues = checkWith(NAM_DO_SON, (raw) =>
      raw.replace(/^signer:/m, "draft: true\nsigner:").replace(/^ {2}lao-khoa:\n {4}level: 0\n {4}quotes: \[\]\n/m, ""),
    );
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(issues.find((i) => i.field === "measures")?.message).toBe("Chưa mã hóa 1 biện pháp: lao-khoa.");
  });

  it("lets a draft without a province through with a warning, but not a published plan", () => {
    const noProvince = (raw: string) => raw.replace(/^ {2}province: .*\n {2}place: .*\n/m, "");
    const draft = checkWith(NAM_DO_SON, (raw) => noProvince(raw).replace(/^signer:/m, "draft: true\nsigner:"));
    expect(draft.find((i) => i.field === "locality.province")?.severity).toBe("warning");
    const published = checkWith(NAM_DO_SON, noProvince);
    expect(published.find((i) => i.field === "locality.province")?.severity).toBe("error");
  });

  it("refuses a published plan that still has a gap", () => {
    const issues = checkWith(NAM_DO_SON, (raw) => raw.replace(/^issuer: .*$/m, 'issuer: "CẦN ĐIỀN: cơ quan ban hành"'));
    const [e] = issues.filter((i) => i.severity === "error");
    expect(e.message).toBe("Tệp đã xuất bản (không có draft: true) nhưng còn chỗ CẦN ĐIỀN: cơ quan ban hành.");
  });
});

describe("npm run check on measures the text suggests", () => {
  it("warns when the text strongly suggests a measure the file codes 0, quoting the passage", () => {
    const issues = checkWith(NAM_DO_SON, (raw) =>
      raw.replace(
        /^ {2}du-lieu-dan-cu:\n {4}level: 2\n {4}quotes:\n(?: {6}.*\n)+/m,
        "  du-lieu-dan-cu:\n    level: 0\n    quotes: []\n",
      ),
    );
    const w = issues.find((i) => i.field === "measures.du-lieu-dan-cu.level");
    expect(w?.severity).toBe("warning");
    expect(w?.message).toContain('"Ứng dụng công nghệ thông tin trong quản lý và cập nhật dữ liệu dân số."');
  });

  it("stays quiet when the coder explained the 0 in a note", () => {
    const issues = checkWith(NAM_DO_SON, (raw) =>
      raw.replace(
        /^ {2}du-lieu-dan-cu:\n {4}level: 2\n {4}quotes:\n(?: {6}.*\n)+/m,
        '  du-lieu-dan-cu:\n    level: 0\n    quotes: []\n    note: "Chỉ là nói chung."\n',
      ),
    );
    expect(issues.find((i) => i.field === "measures.du-lieu-dan-cu.level")).toBeUndefined();
  });

  it("stays quiet on the hand-coded plans as they are", () => {
    const { issues } = loadCorpus(FIXTURE_PATHS);
    expect(issues.filter((i) => /tệp mã hóa 0/.test(i.message))).toEqual([]);
  });
});

describe("drafts never reach production", () => {
  it("reads plans in src/ only through getPlans(), which leaves drafts out of the production build", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(astro|ts)$/.test(entry.name) && path !== join("src", "data", "load.ts")) {
          if (/getCollection\(\s*["']plans["']/.test(readFileSync(path, "utf8"))) offenders.push(path);
        }
      }
    };
    walk("src");
    expect(offenders).toEqual([]);
    expect(readFileSync("src/data/load.ts", "utf8")).toMatch(
      /getCollection\("plans", \(e\) => SHOW_DRAFTS \|\| !e\.data\.draft\)/,
    );
  });
});
