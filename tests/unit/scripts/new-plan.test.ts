import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { findMarkers } from "../../../src/lib/check/draft-checks.ts";
import type { CheckIssue } from "../../../src/lib/check/issue.ts";
import { contentPaths, loadCorpus } from "../../../src/data/corpus.ts";
import { parsePlanFile } from "../../../src/lib/corpus/parse.ts";
import { FIXTURE_DATA, FIXTURE_PLANS } from "../../fixture-corpus.ts";
import { newPlan } from "../../../scripts/lib/new-plan.ts";

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
    it(`drafts ${seed} so that it passes npm run check once the marked gaps are filled`, () => {
      const s = scratch(seed);
      const goldName = readdirSync(FIXTURE_PLANS).find((n) =>
        readFileSync(join(FIXTURE_PLANS, n), "utf8").includes(`source: "${seed}"`),
      )!;
      const goldFile = parsePlanFile(goldName, readFileSync(join(FIXTURE_PLANS, goldName), "utf8"), []);
      const result = newPlan(join(FIXTURE_DATA, "sources", seed), { ...s, knownDirs: [] });

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
    writeFileSync(join(s.sourcesDir, "nfd.txt"), "một văn bản khác");
    const other = run(["tests/fixtures/new-plan/nfd.txt", "--out", s.root, "--slug", "ke-hoach-khac"]);
    expect(other.status).toBe(0);
    expect(readFileSync(join(s.sourcesDir, "nfd.txt"), "utf8")).toBe("một văn bản khác");
    expect(readdirSync(s.sourcesDir)).toContain("nfd-2.txt");
  });

  it("says how to call it when the source is missing", () => {
    expect(run([]).status).toBe(2);
    const missing = run(["khong-co-tep.txt", "--out", scratch().root]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Không tìm thấy tệp "khong-co-tep.txt"');
  });
});
