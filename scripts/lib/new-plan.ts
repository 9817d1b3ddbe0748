/**
 * The work of `npm run new-plan`, as a function tests can call: read a PDF, Word or text file, store
 * its text in data/sources/ (with the original beside it), draft content/plans/<slug>.md. Never
 * overwrites a file.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parse as parseYaml } from "yaml";
import { CodebookSchema } from "../../src/schemas/codebook.ts";
import { LocalitiesSchema } from "../../src/schemas/locality.ts";
import { PlanSchema } from "../../src/schemas/plan.ts";
import { identityKey } from "../../src/lib/identity.ts";
import { CHECK, FILL, type DraftPlan } from "../../src/lib/extract/draft.ts";
import type { KnownDocument } from "../../src/lib/extract/references.ts";
import { normalizeSource } from "../../src/lib/extract/text.ts";
import { sourceSizeRefusal, type DecodedText } from "../../src/lib/text-encoding.ts";
import {
  draftDocument,
  originalFileName,
  sourceFileName as storedName,
} from "../../src/lib/documents/draft-document.ts";
import {
  documentSizeRefusal,
  DocumentReadError,
  MAX_DOCUMENT_BYTES,
  readDocument,
  SCAN_ADVICE_TERMINAL,
  type ReadResult,
} from "../../src/lib/documents/read.ts";
import { ocrPdf, ocrUnavailable } from "./ocr.ts";
import { parsePlanFile } from "../../src/lib/corpus/parse.ts";
import { gazetteerDir, loadGazetteer } from "../../src/data/gazetteer.ts";

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
  /** False when a file with the same text (once normalised) was already there, whatever its name. */
  sourceWritten: boolean;
  /** Where the original PDF or Word file was copied; null for a text, or when it was already there. */
  originalPath: string | null;
  /** What reading the file gave: format, conversion, OCR, warnings. */
  read: ReadResult;
  /** How the input file was read. */
  encoding: Omit<DecodedText, "ok" | "text">;
  /** Plan files in plansDir that already cite the reused source (empty when the source is new). */
  sourceUsedBy: string[];
  draft: DraftPlan;
  /** Existing files that look like the same document. */
  possibleDuplicates: string[];
}

/** An error an editor can act on (printed without a stack trace). */
export class NewPlanError extends Error {}

/** What reading the input file gave: the text to store, and how it was read. */
export interface SourceReading {
  text: string;
  encoding: NewPlanResult["encoding"];
  read: ReadResult;
  /** The input file's bytes, kept beside the text when it is a PDF or Word file. */
  bytes: Uint8Array;
}

/**
 * Reads the would-be source at `path` (.txt, .pdf or .docx) with `readDocument`, or throws
 * `NewPlanError` saying why it cannot be one: missing, a folder, too large (checked before reading),
 * empty, binary, a protected or broken PDF, an old .doc, a scan when OCR cannot run here.
 */
export async function readSourceFile(path: string): Promise<SourceReading> {
  let stat;
  try {
    stat = statSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT")
      throw new NewPlanError(
        `Không tìm thấy tệp "${path}". Kiểm tra lại đường dẫn và tên tệp (cả phần đuôi .txt, .pdf, .docx).`,
      );
    throw new NewPlanError(`Không mở được "${path}" (${(e as NodeJS.ErrnoException).code}). Kiểm tra lại đường dẫn.`);
  }
  if (stat.isDirectory())
    throw new NewPlanError(
      `"${path}" là một thư mục, không phải tệp. Chỉ đường dẫn đến tệp của kế hoạch trong thư mục đó (ví dụ ${join(path, "ke-hoach.pdf")}).`,
    );
  if (!stat.isFile())
    throw new NewPlanError(
      `"${path}" không phải tệp thông thường. Chỉ đường dẫn đến tệp của kế hoạch (.pdf, .docx hoặc .txt).`,
    );
  // A document may be larger than a text, but nothing above the document limit is read at all.
  const isDocument = /\.(pdf|docx)$/i.test(path);
  const tooLarge = sourceSizeRefusal(stat.size);
  if (tooLarge && (!isDocument || stat.size > MAX_DOCUMENT_BYTES)) {
    const reason = isDocument ? documentSizeRefusal(stat.size)! : tooLarge.reason;
    throw new NewPlanError(`Không đọc được "${path}": ${reason}`);
  }
  let bytes;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (e) {
    throw new NewPlanError(`Không đọc được "${path}" (${(e as NodeJS.ErrnoException).code}). Kiểm tra quyền đọc tệp.`);
  }
  const missing = ocrUnavailable();
  let read;
  try {
    read = await readDocument(bytes, basename(path), {
      ocr: missing ? undefined : ocrPdf,
      scanAdvice: missing ? `Máy này ${missing}. ${SCAN_ADVICE_TERMINAL}` : undefined,
    });
  } catch (e) {
    if (e instanceof DocumentReadError) throw new NewPlanError(`Không đọc được "${path}": ${e.reason}`);
    throw e;
  }
  const encoding = read.encoding ?? { encoding: "utf-8" as const, bom: false, guessed: false };
  return { text: read.text, encoding, read, bytes };
}

/** The name the source is stored under: its own name if safe, else a slug; always ".txt". */
export function sourceFileName(path: string): string {
  return storedName(basename(path));
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
export async function newPlan(sourcePath: string, options: NewPlanOptions): Promise<NewPlanResult> {
  const { text, encoding, read, bytes } = await readSourceFile(sourcePath);

  const codebook = CodebookSchema.parse(parseYaml(readFileSync(join(options.dataDir, "codebook.yaml"), "utf8")));
  const localities = LocalitiesSchema.parse(parseYaml(readFileSync(join(options.dataDir, "localities.yaml"), "utf8")));
  const { known, identities } = knownDocuments(options.plansDir, options.knownDirs ?? ["content/plans"]);

  // The source: reuse a file with the same text whatever its name, never replace a different one.
  const same = findSameSource(options.sourcesDir, text, sourceFileName(sourcePath));
  let name = same ?? sourceFileName(sourcePath);
  const originalOf = (txt: string) => originalFileName(txt, read.format);
  const taken = (txt: string) =>
    existsSync(join(options.sourcesDir, txt)) ||
    (originalOf(txt) !== null && existsSync(join(options.sourcesDir, originalOf(txt)!)));
  for (let i = 2; !same && taken(name); i++) name = sourceFileName(sourcePath).replace(/(-\d+)?\.txt$/, `-${i}.txt`);
  const sourceWritten = same === undefined;
  const original = originalOf(name);
  // The original beside its text: written once, never replaced by a different file.
  const originalOut = original ? join(options.sourcesDir, original) : null;
  const writeOriginal = originalOut !== null && !existsSync(originalOut);

  const drafted = draftDocument(
    read,
    name,
    {
      provinces: localities.provinces,
      measureIds: codebook.measures.map((m) => m.id),
      known,
      gazetteer: loadGazetteer(gazetteerDir(options.dataDir)),
    },
    options.slug,
  );
  const { draft } = drafted;
  const slug = draft.slug;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
    throw new NewPlanError(`"${slug}" không phải slug hợp lệ (chữ thường không dấu, số, dấu gạch ngang).`);
  const planPath = join(options.plansDir, `${slug}.md`);
  if (existsSync(planPath))
    throw new NewPlanError(
      `Đã có tệp ${planPath}; không ghi đè. Chọn tên khác bằng --slug ten-khac, hoặc xóa tệp cũ nếu muốn soạn lại.`,
    );

  const sourceOut = join(options.sourcesDir, name);
  mkdirSync(options.sourcesDir, { recursive: true });
  if (sourceWritten) writeFileSync(sourceOut, text, { flag: "wx" });
  if (writeOriginal) writeFileSync(originalOut, bytes, { flag: "wx" });
  mkdirSync(options.plansDir, { recursive: true });
  writeFileSync(planPath, drafted.markdown, { flag: "wx" });

  const key = identityKey({ number: draft.number, issuer: draft.issuer, date: draft.issued.date });
  const duplicate = draft.number ? identities.get(key) : undefined;
  return {
    planPath,
    sourcePath: sourceOut,
    sourceWritten,
    originalPath: writeOriginal ? originalOut : null,
    read,
    encoding,
    sourceUsedBy: sourceWritten ? [] : plansCiting(options.plansDir, name, planPath),
    draft,
    possibleDuplicates: duplicate ? [duplicate] : [],
  };
}

/**
 * The file in `dir` whose text, once normalised (NFC, Unix line breaks, no BOM), is `text`: `preferred`
 * first, then in name order. Files with fewer bytes than `text` are skipped unread: normalising only
 * removes bytes (BOM, "\r", NFD → NFC), bar a few composition-excluded letters of Indic and Hebrew
 * scripts.
 */
function findSameSource(dir: string, text: string, preferred: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  const size = new TextEncoder().encode(text).length;
  const names = readdirSync(dir)
    .filter((n) => n.endsWith(".txt"))
    .sort((a, b) => Number(b === preferred) - Number(a === preferred) || (a < b ? -1 : a > b ? 1 : 0));
  return names.find((n) => {
    const path = join(dir, n);
    return statSync(path).size >= size && normalizeSource(readFileSync(path, "utf8")) === text;
  });
}

/** Plan files in `plansDir`, other than `except`, whose `source` is `name`. */
function plansCiting(plansDir: string, name: string, except: string): string[] {
  if (!existsSync(plansDir)) return [];
  return readdirSync(plansDir)
    .filter((n) => n.endsWith(".md"))
    .map((n) => join(plansDir, n))
    .filter((file) => file !== except)
    .filter((file) => {
      const data = parsePlanFile(file, readFileSync(file, "utf8"), []).data as { source?: unknown } | undefined;
      return data?.source === name;
    })
    .sort();
}

/** How many gaps and guesses a draft leaves, for the summary line. */
export function countMarkers(markdown: string): { fill: number; check: number } {
  return {
    fill: markdown.split(`${FILL}:`).length - 1,
    check: markdown.split(`${CHECK}:`).length - 1,
  };
}
