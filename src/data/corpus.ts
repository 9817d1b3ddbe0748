/**
 * Reads the content and data folders and checks them: the ONE loader behind `npm run check`, the data
 * build, `npm run new-plan`, the benchmarks and Astro's content collections (src/data/loader.ts).
 * Nothing in `content/plans/` or `data/sources/` is silently skipped: a file of another kind or a
 * folder there is an error.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { csvParse } from "d3";
import { join } from "node:path";
import { checkCorpus, type CheckResult } from "../lib/check/index.ts";
import type { CorpusInput, PlanFile } from "../lib/check/corpus.ts";
import { error, type CheckIssue } from "../lib/check/issue.ts";
import { parsePlanFile, parseYamlText } from "../lib/corpus/parse.ts";
import { decodeSourceText, ENCODING_LABELS } from "../lib/text-encoding.ts";
import { communesFromRows, createGazetteer } from "../lib/gazetteer.ts";
import { gazetteerDir } from "./gazetteer.ts";

/** Where content and data live, relative to the project root. */
export interface ContentPaths {
  plansDir: string;
  codebook: string;
  localities: string;
  sourcesDir: string;
}

/**
 * The content paths a script works on: `--plans DIR` / `--data DIR` when given, else the PLANS_DIR /
 * DATA_DIR environment (fixtures, synthetic corpora, benchmarks), else content/plans and data.
 */
export function contentPaths(options: { plans?: string; data?: string } = {}): ContentPaths {
  const dataDir = options.data ?? process.env.DATA_DIR ?? "data";
  return {
    plansDir: options.plans ?? process.env.PLANS_DIR ?? "content/plans",
    codebook: `${dataDir}/codebook.yaml`,
    localities: `${dataDir}/localities.yaml`,
    sourcesDir: `${dataDir}/sources`,
  };
}

/** The original files `npm run new-plan` keeps beside a source text, under the text's base name. */
const ORIGINAL_EXTENSIONS = [".pdf", ".docx"];

/**
 * The entries of a folder, sorted; each that is not a plain file of the wanted extension is an error,
 * except (in data/sources/) an original PDF or Word file beside the .txt of the same base name.
 */
function filesOf(dir: string, ext: string, what: string, issues: CheckIssue[], originals = false): string[] {
  const names: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (name.startsWith(".")) continue; // .gitkeep, editor files
    if (!statSync(path).isFile())
      issues.push(
        error(
          path,
          undefined,
          `Đây là một thư mục, không phải ${what}; mọi tệp phải nằm ngay trong ${dir}/.`,
          `Chuyển các tệp trong thư mục này ra ${dir}/ và xóa thư mục.`,
        ),
      );
    else if (
      originals &&
      ORIGINAL_EXTENSIONS.some((e) => name.toLowerCase().endsWith(e)) &&
      existsSync(join(dir, name.replace(/\.[^.]*$/, ext)))
    )
      continue;
    else if (!name.endsWith(ext))
      issues.push(
        error(
          path,
          undefined,
          `Tệp "${name}" không phải ${what} (${ext}) nên sẽ không được dùng.`,
          `Đổi tên thành ${name.replace(/\.[^.]*$/, "").toLowerCase()}${ext} hoặc chuyển tệp ra khỏi ${dir}/.`,
        ),
      );
    else names.push(name);
  }
  return names;
}

/**
 * A stored source text, or why it cannot be used: the same reading as `npm run new-plan`
 * (`decodeSourceText`), and a stored source must be UTF-8, as new-plan writes it.
 */
export function decodeSource(bytes: Uint8Array): { text: string } | { problem: string } {
  const decoded = decodeSourceText(bytes);
  if (!decoded.ok) return { problem: decoded.reason };
  if (decoded.encoding !== "utf-8")
    return { problem: `tệp được lưu bằng ${ENCODING_LABELS[decoded.encoding]}, không phải UTF-8.` };
  return { text: decoded.text };
}

/** Reads every plan file, the data files and the source texts. Reading errors go into `issues`. */
export function readCorpus(paths: ContentPaths, issues: CheckIssue[] = []): CorpusInput {
  const plans: PlanFile[] = filesOf(paths.plansDir, ".md", "tệp kế hoạch", issues).map((n) =>
    parsePlanFile(join(paths.plansDir, n), readFileSync(join(paths.plansDir, n), "utf8"), issues),
  );
  const sources = new Map<string, string>();
  const unreadableSources = new Map<string, string>();
  for (const name of filesOf(paths.sourcesDir, ".txt", "tệp văn bản nguồn", issues, true)) {
    const decoded = decodeSource(readFileSync(join(paths.sourcesDir, name)));
    if ("text" in decoded) sources.set(name, decoded.text);
    else unreadableSources.set(name, decoded.problem);
  }
  const yamlFile = (file: string) => {
    try {
      return parseYamlText(file, readFileSync(file, "utf8"), issues);
    } catch (e) {
      issues.push(error(file, undefined, `Không đọc được tệp: ${(e as Error).message}`, "Kiểm tra tệp có tồn tại."));
      return undefined;
    }
  };
  const indicatorsFile = join(paths.codebook, "..", "indicators.csv");
  const indicators = existsSync(indicatorsFile)
    ? { file: indicatorsFile, rows: csvParse(readFileSync(indicatorsFile, "utf8").replace(/^\uFEFF/, "")) }
    : undefined;
  const communes = join(gazetteerDir(join(paths.codebook, "..")), "communes.csv");
  const gazetteer = existsSync(communes)
    ? createGazetteer(communesFromRows(csvParse(readFileSync(communes, "utf8"))))
    : undefined;
  return {
    plans,
    indicators,
    gazetteer,
    codebook: { file: paths.codebook, data: yamlFile(paths.codebook) },
    localities: { file: paths.localities, data: yamlFile(paths.localities) },
    sources,
    unreadableSources,
    sourceDir: paths.sourcesDir,
  };
}

/** A checked corpus: what was read, every issue (reading ones first) and what passed. */
export interface LoadedCorpus extends CheckResult {
  input: CorpusInput;
  /** The issues of severity "error". */
  errors: CheckIssue[];
}

/** Reads and checks everything, once. */
export function loadCorpus(paths: ContentPaths = contentPaths()): LoadedCorpus {
  const readIssues: CheckIssue[] = [];
  const input = readCorpus(paths, readIssues);
  const result = checkCorpus(input);
  const issues = [...readIssues, ...result.issues];
  return { ...result, issues, input, errors: issues.filter((i) => i.severity === "error") };
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
