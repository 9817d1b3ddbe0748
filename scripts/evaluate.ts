/**
 * `npm run evaluate`: how good are the drafts of `npm run new-plan`? For every plan in content/ that
 * has a source text, drafts it as if it were new and compares the draft with the hand coding:
 * per measure precision and recall (level > 0 is positive) and exact level agreement, then the
 * metadata fields it got right. Rule phrases first seen in a plan are left out when that plan is
 * scored (leave-one-out); the in-sample figures are printed next to them for comparison.
 * `--held-out` scores the held-out set instead (tests/fixtures/held-out/: texts written for the
 * evaluation, no rule was written from them), with the same tables.
 * Options: --plans DIR, --data DIR, --held-out, --held-out-dir DIR (another held-out folder),
 * --verbose (list every miss).
 */
import { parseArgs } from "node:util";
import { draftPlan, type DraftPlan } from "../src/lib/extract/draft.ts";
import type { KnownDocument } from "../src/lib/extract/references.ts";
import type { Plan } from "../src/schemas/plan.ts";
import { contentPaths, loadCorpus } from "../src/data/corpus.ts";
import {
  loadHeldOut,
  precision,
  readHeldOutText,
  recall,
  scoreMeasures,
  scoreMetadata,
  total,
  type FieldScore,
  type MeasureScore,
} from "./lib/evaluate.ts";

const { values } = parseArgs({
  options: {
    plans: { type: "string" },
    data: { type: "string" },
    verbose: { type: "boolean" },
    "held-out": { type: "boolean" },
    "held-out-dir": { type: "string" },
  },
});
const HELD_OUT_DIR = values["held-out-dir"] ?? "tests/fixtures/held-out";
const corpus = loadCorpus(contentPaths(values));
const { plans, provinces } = corpus;
const codebook = corpus.measures;
const measureIds = codebook.map((m) => m.id);
const short = new Map(codebook.map((m) => [m.id, m.shortName]));

/** What the project knew before a plan was added: every summarised document but `skip`. */
const knownBut = (skip?: Plan): KnownDocument[] =>
  plans
    .filter((p) => p.plan !== skip && p.plan.number !== null)
    .map((p) => ({
      number: p.plan.number!,
      issuer: p.plan.issuer,
      date: p.plan.issued.date,
      docType: p.plan.docType,
      issuerLevel: p.plan.issuerLevel,
    }));

function pct(x: number | null): string {
  return x === null ? "–" : `${Math.round(x * 100)}%`;
}

/** Scores one draft into the running totals; returns its row of the per-plan table. */
function scoreOne(
  scores: Map<string, MeasureScore>,
  fields: Map<string, FieldScore>,
  slug: string,
  gold: Plan,
  draft: DraftPlan,
): string {
  const before = total(scores.values());
  scoreMeasures(scores, gold, draft);
  scoreMetadata(fields, slug, gold, draft);
  const after = total(scores.values());
  const mine = { ...after, tp: after.tp - before.tp, fp: after.fp - before.fp, fn: after.fn - before.fn };
  return `| ${slug} | ${after.exact - before.exact}/${after.n - before.n} | ${pct(precision(mine))} | ${pct(recall(mine))} |`;
}

/** Levels of a draft that differ from the hand coding: "id: máy 2, người 3". */
function levelMisses(gold: Plan, draft: DraftPlan): string[] {
  return draft.measures
    .filter((m) => gold.measures[m.id]?.level != null && gold.measures[m.id].level !== m.level)
    .map((m) => `${m.id}: máy ${m.level}, người ${gold.measures[m.id].level}`);
}

/** The measure table, the per-plan table and the metadata table. */
function printTables(
  scores: Map<string, MeasureScore>,
  fields: Map<string, FieldScore>,
  perPlan: string[],
  label: string,
  inSample?: Map<string, MeasureScore>,
) {
  const extra = inSample ? " precision / recall / đúng mức (trong mẫu) |" : "";
  console.log(`| biện pháp | có (người) | có (máy) | TP | FP | FN | precision | recall | đúng mức |${extra}`);
  console.log(`| --- | --- | --- | --- | --- | --- | --- | --- | --- |${inSample ? " --- |" : ""}`);
  const row = (name: string, s: MeasureScore, t: MeasureScore | undefined, bold: boolean) => {
    const b = (x: string) => (bold ? `**${x}**` : x);
    const exact = bold ? `${s.exact}/${s.n} (${pct(s.n ? s.exact / s.n : null)})` : `${s.exact}/${s.n}`;
    const inCell = t ? ` ${pct(precision(t))} / ${pct(recall(t))} / ${t.exact}/${t.n} |` : "";
    console.log(
      `| ${name} | ${s.tp + s.fn} | ${s.tp + s.fp} | ${s.tp} | ${s.fp} | ${s.fn} | ${b(pct(precision(s)))} | ${b(pct(recall(s)))} | ${b(exact)} |${inCell}`,
    );
  };
  for (const id of measureIds) {
    const s = scores.get(id);
    if (s) row(`${short.get(id)} (${id})`, s, inSample?.get(id), false);
  }
  row("**tổng**", total(scores.values()), inSample ? total(inSample.values()) : undefined, true);
  console.log(`\n| ${label} | đúng mức | precision | recall |\n| --- | --- | --- | --- |`);
  for (const r of perPlan) console.log(r);
  console.log("\n| trường thông tin | đúng |\n| --- | --- |");
  for (const f of fields.values()) console.log(`| ${f.field} | ${f.right}/${f.n} |`);
  const all = [...fields.values()].reduce((a, f) => ({ right: a.right + f.right, n: a.n + f.n }), { right: 0, n: 0 });
  console.log(`| **tổng** | **${all.right}/${all.n} (${pct(all.n ? all.right / all.n : null)})** |`);
}

function printMisses(fields: Map<string, FieldScore>, levels: string[]) {
  if (!values.verbose) return;
  console.log("\nSai khác:");
  for (const f of fields.values()) for (const m of f.misses) console.log(`- ${f.field} — ${m}`);
  for (const l of levels) console.log(`- mức — ${l}`);
}

async function heldOut() {
  const cases = await loadHeldOut(HELD_OUT_DIR);
  const scores = new Map<string, MeasureScore>();
  const fields = new Map<string, FieldScore>();
  const perPlan: string[] = [];
  const levels: string[] = [];
  for (const c of cases) {
    const text = await readHeldOutText(c.documentPath);
    const sourceName = c.documentPath.replace(/^.*\//, "").replace(/\.(pdf|docx)$/i, ".txt");
    const draft = draftPlan(text, { sourceName, provinces, measureIds, known: knownBut() });
    perPlan.push(scoreOne(scores, fields, c.name, c.gold, draft));
    levels.push(...levelMisses(c.gold, draft).map((m) => `${c.name}: ${m}`));
  }
  console.log(`# Đánh giá bản nháp trên bộ văn bản để riêng (${cases.length} văn bản, ${HELD_OUT_DIR}/)\n`);
  console.log(
    "Dương tính = mức > 0. Các văn bản này được viết riêng cho việc chấm, không quy tắc nào được viết từ chúng.\n",
  );
  printTables(scores, fields, perPlan, "văn bản");
  printMisses(fields, levels);
}

function seeds() {
  const evaluated = plans.filter((p) => p.plan.source && corpus.input.sources.has(p.plan.source));
  const looScores = new Map<string, MeasureScore>();
  const inScores = new Map<string, MeasureScore>();
  const fields = new Map<string, FieldScore>();
  const perPlan: string[] = [];
  const levels: string[] = [];
  for (const vp of evaluated) {
    const source = vp.plan.source!;
    const ctx = { sourceName: source, provinces, measureIds, known: knownBut(vp.plan) };
    const text = corpus.input.sources.get(source)!;
    const loo: DraftPlan = draftPlan(text, { ...ctx, exclude: source });
    scoreMeasures(inScores, vp.plan, draftPlan(text, ctx));
    perPlan.push(scoreOne(looScores, fields, vp.slug, vp.plan, loo));
    levels.push(...levelMisses(vp.plan, loo).map((m) => `${vp.slug}: ${m}`));
  }
  console.log(`# Đánh giá bản nháp của npm run new-plan (${evaluated.length} kế hoạch có toàn văn)\n`);
  console.log("Dương tính = mức > 0. Bỏ-một-ra: các cụm từ quy tắc rút ra từ chính kế hoạch được chấm bị tắt.\n");
  printTables(looScores, fields, perPlan, "kế hoạch (bỏ-một-ra)", inScores);
  printMisses(fields, levels);
  console.log(
    "\nLưu ý: các quy tắc được viết khi đã đọc cả năm kế hoạch; bỏ-một-ra chỉ tắt các cụm từ được ghi là lấy từ kế hoạch đang chấm, nên con số vẫn lạc quan so với một kế hoạch mới hoàn toàn. Chạy `npm run evaluate -- --held-out` để chấm trên các văn bản để riêng.",
  );
}

if (values["held-out"] || values["held-out-dir"]) await heldOut();
else seeds();
