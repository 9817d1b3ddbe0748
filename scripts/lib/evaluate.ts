/**
 * Scores the drafts `npm run new-plan` would write against the hand coding: measures (level > 0 as
 * positive: precision, recall; exact level agreement) and metadata fields (right or wrong). Also reads
 * the held-out set (tests/fixtures/held-out/): texts written for the evaluation, never used to write rules.
 */
import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { readDocument } from "../../src/lib/documents/read.ts";
import { parse as parseYaml } from "yaml";
import { PlanSchema, type Plan } from "../../src/schemas/plan.ts";
import type { DraftPlan } from "../../src/lib/extract/draft.ts";
import { issuerKey, numberKey } from "../../src/lib/identity.ts";
import { normalizeSource } from "../../src/lib/extract/text.ts";
import { foldVietnamese } from "../../src/lib/vietnamese.ts";

/** Counts for one measure (or all). */
export interface MeasureScore {
  id: string;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** Plans where the suggested level equals the hand-coded level. */
  exact: number;
  /** Plans compared (hand-coded level not null). */
  n: number;
}

/** One metadata field: how many drafts got it right, of how many. */
export interface FieldScore {
  field: string;
  right: number;
  n: number;
  /** Plans it got wrong, with what it said and what the coder wrote. */
  misses: string[];
}

/** Precision tp / (tp + fp), or null when nothing was predicted positive. */
export const precision = (s: MeasureScore) => (s.tp + s.fp === 0 ? null : s.tp / (s.tp + s.fp));
/** Recall tp / (tp + fn), or null when nothing is positive in the hand coding. */
export const recall = (s: MeasureScore) => (s.tp + s.fn === 0 ? null : s.tp / (s.tp + s.fn));

/** Adds one plan's measures to the per-measure scores. */
export function scoreMeasures(scores: Map<string, MeasureScore>, gold: Plan, draft: DraftPlan): void {
  for (const m of draft.measures) {
    const g = gold.measures[m.id]?.level;
    if (g === null || g === undefined) continue;
    const s = scores.get(m.id) ?? { id: m.id, tp: 0, fp: 0, fn: 0, tn: 0, exact: 0, n: 0 };
    const [gp, pp] = [g > 0, m.level > 0];
    if (gp && pp) s.tp++;
    else if (!gp && pp) s.fp++;
    else if (gp && !pp) s.fn++;
    else s.tn++;
    if (g === m.level) s.exact++;
    s.n++;
    scores.set(m.id, s);
  }
}

/** The sum of several measure scores. */
export function total(scores: Iterable<MeasureScore>, id = "tổng"): MeasureScore {
  const t: MeasureScore = { id, tp: 0, fp: 0, fn: 0, tn: 0, exact: 0, n: 0 };
  for (const s of scores) for (const k of ["tp", "fp", "fn", "tn", "exact", "n"] as const) t[k] += s[k];
  return t;
}

const loose = (s: string) =>
  foldVietnamese(s)
    .replace(/[^a-z0-9 ]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** Each metadata field of one draft compared with the hand coding: [field, right, what differs]. */
export function compareMetadata(slug: string, gold: Plan, d: DraftPlan): [string, boolean, string][] {
  const goldParent = gold.references.find((r) => r.relation === "thuc-hien");
  const parent = d.references.find((r) => r.relation === "thuc-hien");
  const goldRefs = new Set(gold.references.map((r) => numberKey(r.number)));
  const refs = new Set(d.references.map((r) => numberKey(r.number)));
  const refsRight = [...goldRefs].every((k) => refs.has(k)) && [...refs].every((k) => goldRefs.has(k));
  const show = (x: unknown) => JSON.stringify(x ?? null);
  const row = (field: string, right: boolean, got: unknown, want: unknown): [string, boolean, string] => [
    field,
    right,
    `${slug}: máy ${show(got)}, người ${show(want)}`,
  ];
  return [
    row("docType", d.docType === gold.docType, d.docType, gold.docType),
    row(
      "number",
      (d.number === null) === (gold.number === null) && (!d.number || numberKey(d.number) === numberKey(gold.number!)),
      d.number,
      gold.number,
    ),
    row("issued.date", d.issued.date === gold.issued.date, d.issued.date, gold.issued.date),
    row("issued.after (không có ngày)", d.issued.after === gold.issued.after, d.issued.after, gold.issued.after),
    row("title", loose(d.title) === loose(gold.title), d.title, gold.title),
    row("issuer", issuerKey(d.issuer) === issuerKey(gold.issuer), d.issuer, gold.issuer),
    row("issuerKind", d.issuerKind === gold.issuerKind, d.issuerKind, gold.issuerKind),
    row("issuerLevel", d.issuerLevel === gold.issuerLevel, d.issuerLevel, gold.issuerLevel),
    row(
      "locality.province",
      d.locality.province === gold.locality.province,
      d.locality.province,
      gold.locality.province,
    ),
    row(
      "locality.asWritten",
      d.locality.asWritten === gold.locality.asWritten,
      d.locality.asWritten,
      gold.locality.asWritten,
    ),
    row("locality.place", d.locality.place === gold.locality.place, d.locality.place, gold.locality.place),
    row("signer.name", (d.signer?.name ?? null) === (gold.signer?.name ?? null), d.signer?.name, gold.signer?.name),
    row(
      "signer.title",
      loose(d.signer?.title ?? "") === loose(gold.signer?.title ?? ""),
      d.signer?.title,
      gold.signer?.title,
    ),
    row("references (tập số hiệu)", refsRight, [...refs], [...goldRefs]),
    row(
      "văn bản cấp trên trực tiếp",
      !!parent && !!goldParent && numberKey(parent.number) === numberKey(goldParent.number),
      parent?.number,
      goldParent?.number,
    ),
    row(
      "references: cơ quan, ngày",
      gold.references.every((g) => {
        const r = d.references.find((x) => numberKey(x.number) === numberKey(g.number));
        return !!r && issuerKey(r.issuer) === issuerKey(g.issuer) && (r.date ?? null) === (g.date ?? null);
      }),
      d.references.map((r) => `${r.number} ${r.issuer} ${r.date ?? "?"}`),
      gold.references.map((r) => `${r.number} ${r.issuer} ${r.date ?? "?"}`),
    ),
  ];
}

/** Adds one draft's metadata comparison to the field scores. */
export function scoreMetadata(scores: Map<string, FieldScore>, slug: string, gold: Plan, d: DraftPlan): void {
  for (const [field, right, miss] of compareMetadata(slug, gold, d)) {
    const s = scores.get(field) ?? { field, right: 0, n: 0, misses: [] };
    s.n++;
    if (right) s.right++;
    else s.misses.push(miss);
    scores.set(field, s);
  }
}

/** One text of the held-out set: its hand coding and the document the drafter reads. */
export interface HeldOutCase {
  /** Base name shared by the text and its coding ("ubnd-tinh-gia-lai-2025"). */
  name: string;
  /** The hand coding (`<name>.expected.yaml`), checked by the plan schema. */
  gold: Plan;
  /** The document as published (`gold.source`: .pdf, .docx or .txt), next to the coding. */
  documentPath: string;
}

/**
 * The text of one held-out document as the drafter sees it: a `.pdf` or `.docx` is read with the
 * project's own reader (`readDocument`, the same as `npm run new-plan` and /soan-thao/), a `.txt` as
 * stored. The `.txt` twin committed next to a PDF or Word file is what was printed into it, kept to
 * read the source by eye.
 */
export async function readHeldOutText(documentPath: string): Promise<string> {
  if (/\.(pdf|docx)$/i.test(documentPath)) {
    const read = await readDocument(new Uint8Array(await readFile(documentPath)), basename(documentPath));
    return read.text;
  }
  return normalizeSource(await readFile(documentPath, "utf8"));
}

/**
 * The held-out set in `dir`: every `<name>.expected.yaml`, parsed with the plan schema, in name order.
 * Throws with the file name when a coding breaks the schema.
 */
export async function loadHeldOut(dir: string): Promise<HeldOutCase[]> {
  const names = (await readdir(dir)).filter((f) => f.endsWith(".expected.yaml")).sort();
  const cases: HeldOutCase[] = [];
  for (const file of names) {
    const parsed = PlanSchema.safeParse(parseYaml(await readFile(join(dir, file), "utf8")));
    if (!parsed.success)
      throw new Error(`${file}: mã hóa không hợp lệ: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
    const gold = parsed.data;
    if (!gold.source) throw new Error(`${file}: thiếu source (tên tệp văn bản bên cạnh)`);
    cases.push({ name: file.replace(/\.expected\.yaml$/, ""), gold, documentPath: join(dir, gold.source) });
  }
  return cases;
}
