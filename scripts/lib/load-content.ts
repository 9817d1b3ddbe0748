import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml, YAMLParseError } from "yaml";
import type { CorpusInput, PlanFile } from "../../src/lib/check/corpus.ts";
import { error, type CheckIssue } from "../../src/lib/check/issue.ts";

/** Where content and data live, relative to the project root. */
export interface ContentPaths {
  plansDir: string;
  codebook: string;
  localities: string;
  sourcesDir: string;
}

export const DEFAULT_PATHS: ContentPaths = {
  plansDir: "content/plans",
  codebook: "data/codebook.yaml",
  localities: "data/localities.yaml",
  sourcesDir: "data/sources",
};

/**
 * The content paths a script works on: `--plans DIR` / `--data DIR` when given, else the PLANS_DIR /
 * DATA_DIR environment (synthetic corpora, benchmarks), else content/plans and data.
 */
export function contentPaths(options: { plans?: string; data?: string } = {}): ContentPaths {
  const dataDir = options.data ?? process.env.DATA_DIR ?? "data";
  return {
    plansDir: options.plans ?? process.env.PLANS_DIR ?? DEFAULT_PATHS.plansDir,
    codebook: `${dataDir}/codebook.yaml`,
    localities: `${dataDir}/localities.yaml`,
    sourcesDir: `${dataDir}/sources`,
  };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits a plan file into frontmatter data and body; reports a missing or broken frontmatter. */
export function readPlanFile(file: string, raw: string, issues: CheckIssue[]): PlanFile {
  const slug = file.replace(/^.*\//, "").replace(/\.md$/, "");
  const match = FRONTMATTER.exec(raw);
  if (!match) {
    issues.push(
      error(
        file,
        undefined,
        "Không có phần thông tin (frontmatter) ở đầu tệp.",
        "Mở đầu tệp bằng dòng ---, các trường YAML, rồi một dòng --- nữa.",
      ),
    );
    return { file, slug, raw, data: undefined, body: raw, bodyLine: 1 };
  }
  const bodyLine = match[0].split("\n").length;
  try {
    return { file, slug, raw, data: parseYaml(match[1]) ?? {}, body: raw.slice(match[0].length), bodyLine };
  } catch (e) {
    const where = e instanceof YAMLParseError && e.linePos ? `dòng ${e.linePos[0].line + 1}` : undefined;
    issues.push(
      error(
        file,
        where,
        `YAML không đọc được: ${(e as Error).message.split("\n")[0]}`,
        "Kiểm tra thụt lề, dấu hai chấm và dấu nháy ở dòng được nêu.",
      ),
    );
    return { file, slug, raw, data: undefined, body: raw.slice(match[0].length), bodyLine };
  }
}

function readYaml(file: string, issues: CheckIssue[]): unknown {
  try {
    return parseYaml(readFileSync(file, "utf8"));
  } catch (e) {
    issues.push(
      error(
        file,
        undefined,
        `Không đọc được tệp: ${(e as Error).message.split("\n")[0]}`,
        "Kiểm tra tệp có tồn tại và đúng cú pháp YAML.",
      ),
    );
    return undefined;
  }
}

/** Reads every plan, the data files and the source texts. Reading errors go into `issues`. */
export function loadCorpus(paths: ContentPaths = DEFAULT_PATHS, issues: CheckIssue[] = []): CorpusInput {
  const plans = readdirSync(paths.plansDir)
    .filter((n) => n.endsWith(".md"))
    .sort()
    .map((n) => readPlanFile(join(paths.plansDir, n), readFileSync(join(paths.plansDir, n), "utf8"), issues));
  const sources = new Map<string, string>();
  for (const name of readdirSync(paths.sourcesDir).sort())
    if (name.endsWith(".txt")) sources.set(name, readFileSync(join(paths.sourcesDir, name), "utf8"));
  return {
    plans,
    codebook: { file: paths.codebook, data: readYaml(paths.codebook, issues) },
    localities: { file: paths.localities, data: readYaml(paths.localities, issues) },
    sources,
    sourceDir: paths.sourcesDir,
  };
}

/** Rewrites plan files that are not in NFC; returns the files changed. */
export function normalizePlanFiles(plans: readonly PlanFile[]): string[] {
  const changed: string[] = [];
  for (const p of plans) {
    const nfc = p.raw.normalize("NFC");
    if (nfc !== p.raw) {
      writeFileSync(p.file, nfc);
      changed.push(p.file);
    }
  }
  return changed;
}
