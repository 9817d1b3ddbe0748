/**
 * The work of `npm run new-plan`, as a function tests can call: read a source text, store it in
 * data/sources/, draft content/plans/<slug>.md. Never overwrites a file.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { parse as parseYaml } from "yaml";
import { CodebookSchema } from "../../src/schemas/codebook.ts";
import { LocalitiesSchema } from "../../src/schemas/locality.ts";
import { PlanSchema } from "../../src/schemas/plan.ts";
import { identityKey } from "../../src/lib/identity.ts";
import { CHECK, FILL, draftPlan, type DraftPlan } from "../../src/lib/extract/draft.ts";
import type { KnownDocument } from "../../src/lib/extract/references.ts";
import { renderDraft } from "../../src/lib/extract/render.ts";
import { normalizeSource } from "../../src/lib/extract/text.ts";
import { slugify } from "../../src/lib/vietnamese.ts";
import { parsePlanFile } from "../../src/lib/corpus/parse.ts";

/** Where to read the codebook and localities, and where to write. */
export interface NewPlanOptions {
  /** Folder with codebook.yaml and localities.yaml. */
  dataDir: string;
  /** Folder the plan file is written to (also read for known documents). */
  plansDir: string;
  /** Folder the source copy is written to. */
  sourcesDir: string;
  /** File name to use instead of the drafted slug. */
  slug?: string;
  /** Other folders of summarised plans to learn known documents from (default: this project's content/plans). */
  knownDirs?: readonly string[];
}

/** What `newPlan` did. */
export interface NewPlanResult {
  planPath: string;
  sourcePath: string;
  /** False when an identical copy of the source was already there. */
  sourceWritten: boolean;
  draft: DraftPlan;
  /** Existing files that look like the same document. */
  possibleDuplicates: string[];
}

/** An error an editor can act on (printed without a stack trace). */
export class NewPlanError extends Error {}

/** Decodes a text file: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1258. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1258").decode(bytes);
  }
}

/** The name the source is stored under: its own name if safe, else a slug; always ".txt". */
export function sourceFileName(path: string): string {
  const stem = basename(path, extname(path));
  return /^[A-Za-z0-9._-]+$/.test(stem) ? `${stem}.txt` : `${slugify(stem) || "van-ban"}.txt`;
}

/**
 * Documents already summarised, to complete the citations of the new plan: those next to the draft
 * and those of this project (so a draft written elsewhere with --out still knows NQ 21, KL 149…).
 */
function knownDocuments(
  plansDir: string,
  knownDirs: readonly string[],
): { known: KnownDocument[]; identities: Map<string, string> } {
  const known: KnownDocument[] = [];
  const identities = new Map<string, string>();
  const files = [plansDir, ...knownDirs]
    .filter((dir, i, all) => existsSync(dir) && all.indexOf(dir) === i)
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((n) => n.endsWith(".md"))
        .map((n) => join(dir, n)),
    );
  for (const file of files) {
    const parsed = PlanSchema.safeParse(parsePlanFile(file, readFileSync(file, "utf8"), []).data);
    if (!parsed.success || parsed.data.number === null) continue;
    const p = parsed.data;
    known.push({
      number: p.number!,
      issuer: p.issuer,
      date: p.issued.date,
      docType: p.docType,
      issuerLevel: p.issuerLevel,
    });
    identities.set(identityKey({ number: p.number, issuer: p.issuer, date: p.issued.date }), file);
  }
  return { known, identities };
}

/** Stores the source and writes the draft. Throws `NewPlanError` instead of overwriting anything. */
export function newPlan(sourcePath: string, options: NewPlanOptions): NewPlanResult {
  if (!existsSync(sourcePath)) throw new NewPlanError(`Không tìm thấy tệp "${sourcePath}".`);
  const text = normalizeSource(decodeText(readFileSync(sourcePath)));
  if (text.trim().length === 0) throw new NewPlanError(`Tệp "${sourcePath}" không có nội dung.`);

  const codebook = CodebookSchema.parse(parseYaml(readFileSync(join(options.dataDir, "codebook.yaml"), "utf8")));
  const localities = LocalitiesSchema.parse(parseYaml(readFileSync(join(options.dataDir, "localities.yaml"), "utf8")));
  const { known, identities } = knownDocuments(options.plansDir, options.knownDirs ?? ["content/plans"]);

  // The source: reuse an identical copy, never replace a different one.
  mkdirSync(options.sourcesDir, { recursive: true });
  let name = sourceFileName(sourcePath);
  let sourceWritten = true;
  for (let i = 2; existsSync(join(options.sourcesDir, name)); i++) {
    if (normalizeSource(readFileSync(join(options.sourcesDir, name), "utf8")) === text) {
      sourceWritten = false;
      break;
    }
    name = sourceFileName(sourcePath).replace(/(-\d+)?\.txt$/, `-${i}.txt`);
  }

  const draft = draftPlan(text, {
    sourceName: name,
    provinces: localities.provinces,
    measureIds: codebook.measures.map((m) => m.id),
    known,
  });
  const slug = options.slug ?? draft.slug;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
    throw new NewPlanError(`"${slug}" không phải slug hợp lệ (chữ thường không dấu, số, dấu gạch ngang).`);
  const planPath = join(options.plansDir, `${slug}.md`);
  if (existsSync(planPath))
    throw new NewPlanError(
      `Đã có tệp ${planPath}; không ghi đè. Chọn tên khác bằng --slug ten-khac, hoặc xóa tệp cũ nếu muốn soạn lại.`,
    );

  const sourceOut = join(options.sourcesDir, name);
  if (sourceWritten) writeFileSync(sourceOut, text, { flag: "wx" });
  mkdirSync(options.plansDir, { recursive: true });
  writeFileSync(planPath, renderDraft({ ...draft, slug }), { flag: "wx" });

  const key = identityKey({ number: draft.number, issuer: draft.issuer, date: draft.issued.date });
  const duplicate = draft.number ? identities.get(key) : undefined;
  return {
    planPath,
    sourcePath: sourceOut,
    sourceWritten,
    draft: { ...draft, slug },
    possibleDuplicates: duplicate ? [duplicate] : [],
  };
}

/** How many gaps and guesses a draft leaves, for the summary line. */
export function countMarkers(markdown: string): { fill: number; check: number } {
  return {
    fill: markdown.split(`${FILL}:`).length - 1,
    check: markdown.split(`${CHECK}:`).length - 1,
  };
}
