/**
 * From a read document to a draft plan file, and the check of that file: the one implementation
 * behind `npm run new-plan` (which then writes the files) and the page /soan-thao/ (which offers them
 * as downloads). Pure: the caller gives the codebook, the localities and the known documents.
 */
import type { Gazetteer } from "../gazetteer.ts";
import type { Province } from "../../schemas/locality.ts";
import type { Plan } from "../../schemas/plan.ts";
import { checkCorpus } from "../check/index.ts";
import { formatIssue, type CheckIssue } from "../check/issue.ts";
import { parsePlanFile } from "../corpus/parse.ts";
import { draftPlan, type DraftPlan } from "../extract/draft.ts";
import type { KnownDocument } from "../extract/references.ts";
import { slugify } from "../vietnamese.ts";
import { renderDocumentDraft } from "./draft-notes.ts";
import type { ReadResult } from "./read.ts";

/** The stored name of a source: the file's own name if it is plain ASCII, else a slug; always ".txt". */
export function sourceFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "");
  const stem = base.includes(".") ? base.slice(0, base.lastIndexOf(".")) : base;
  return /^[A-Za-z0-9._-]+$/.test(stem) ? `${stem}.txt` : `${slugify(stem) || "van-ban"}.txt`;
}

/** The name the original file is kept under beside `sourceName`, or null for a plain text. */
export function originalFileName(sourceName: string, format: ReadResult["format"]): string | null {
  return format === "txt" ? null : sourceName.replace(/\.txt$/, `.${format}`);
}

/** What drafting needs besides the text. */
export interface DraftInputs {
  provinces: readonly Province[];
  measureIds: readonly string[];
  known: readonly KnownDocument[];
  /** The communes and wards of the gazetteer: a commune named in the text gives its province. */
  gazetteer?: Gazetteer;
}

/** A drafted document: the draft, its markdown file and the names it is stored under. */
export interface DocumentDraft {
  draft: DraftPlan;
  markdown: string;
  sourceName: string;
  original: string | null;
}

/** Drafts the plan file of a document stored as `sourceName` (its original beside it). */
export function draftDocument(
  read: Pick<ReadResult, "text" | "format" | "conversion" | "ocr">,
  sourceName: string,
  inputs: DraftInputs,
  slug?: string,
): DocumentDraft {
  const drafted = draftPlan(read.text, {
    sourceName,
    provinces: inputs.provinces,
    measureIds: inputs.measureIds,
    known: inputs.known,
    gazetteer: inputs.gazetteer,
  });
  const draft = { ...drafted, slug: slug ?? drafted.slug };
  const original = originalFileName(sourceName, read.format);
  return { draft, markdown: renderDocumentDraft(draft, read, original ?? undefined), sourceName, original };
}

/** The documents of summarised plans, to complete a new plan's citations. */
export function knownDocuments(plans: readonly Plan[]): KnownDocument[] {
  return plans
    .filter((p) => p.number !== null)
    .map((p) => ({
      number: p.number!,
      issuer: p.issuer,
      date: p.issued.date,
      docType: p.docType,
      issuerLevel: p.issuerLevel,
    }));
}

/** The raw data files the check reads, as parsed from YAML. */
export interface CheckData {
  codebook: unknown;
  localities: unknown;
}

/**
 * The issues `npm run check` reports for a draft file `content/plans/<slug>.md` and its source, with
 * the project's codebook and localities (other plans aside), in the order the command prints them.
 */
export function checkDraftFile(
  markdown: string,
  slug: string,
  source: { name: string; text: string },
  data: CheckData,
): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const file = parsePlanFile(`content/plans/${slug}.md`, markdown, issues);
  const result = checkCorpus({
    plans: [file],
    codebook: { file: "data/codebook.yaml", data: data.codebook },
    localities: { file: "data/localities.yaml", data: data.localities },
    sources: new Map([[source.name, source.text]]),
    sourceDir: "data/sources",
  });
  const all = [...issues, ...result.issues];
  return [...all.filter((i) => i.severity === "error"), ...all.filter((i) => i.severity === "warning")];
}

/** The issues as `npm run check` prints them, with its summary line. */
export function formatCheck(issues: readonly CheckIssue[]): string {
  const errors = issues.filter((i) => i.severity === "error").length;
  return [
    ...issues.map((i) => formatIssue(i) + "\n"),
    `Đã kiểm tra 1 tệp kế hoạch: ${errors} lỗi, ${issues.length - errors} cảnh báo.`,
  ].join("\n");
}
