/**
 * `npm run evaluate`: how good are the drafts of `npm run new-plan`? For every plan in content/ that
 * has a source text, drafts it as if it were new and compares the draft with the hand coding:
 * per measure precision and recall (level > 0 is positive) and exact level agreement, then the
 * metadata fields it got right. Rule phrases first seen in a plan are left out when that plan is
 * scored (leave-one-out); the in-sample figures are printed next to them for comparison.
 * Options: --plans DIR, --data DIR, --verbose (list every miss).
 */
import { parseArgs } from "node:util";
import { draftPlan, type DraftPlan } from "../src/lib/extract/draft.ts";
import type { KnownDocument } from "../src/lib/extract/references.ts";
import { contentPaths, loadCorpus } from "../src/data/corpus.ts";
import {
  precision,
  recall,
  scoreMeasures,
  scoreMetadata,
  total,
  type FieldScore,
  type MeasureScore,
} from "./lib/evaluate.ts";

const { values } = parseArgs({
  options: { plans: { type: "string" }, data: { type: "string" }, verbose: { type: "boolean" } },
});
const corpus = loadCorpus(contentPaths(values));
const { plans, provinces } = corpus;
const codebook = corpus.measures;
const measureIds = codebook.map((m) => m.id);

const evaluated = plans.filter((p) => p.plan.source && corpus.input.sources.has(p.plan.source));
const looScores = new Map<string, MeasureScore>();
const inScores = new Map<string, MeasureScore>();
const fields = new Map<string, FieldScore>();
const perPlan: string[] = [];

for (const vp of evaluated) {
  const source = vp.plan.source!;
  // What the project knew before this plan was added: every other summarised document.
  const known: KnownDocument[] = plans
    .filter((p) => p !== vp && p.plan.number !== null)
    .map((p) => ({
      number: p.plan.number!,
      issuer: p.plan.issuer,
      date: p.plan.issued.date,
      docType: p.plan.docType,
      issuerLevel: p.plan.issuerLevel,
    }));
  const ctx = { sourceName: source, provinces, measureIds, known };
  const text = corpus.input.sources.get(source)!;
  const loo: DraftPlan = draftPlan(text, { ...ctx, exclude: source });
  const inSample: DraftPlan = draftPlan(text, ctx);
  const before = total(looScores.values());
  scoreMeasures(looScores, vp.plan, loo);
  scoreMeasures(inScores, vp.plan, inSample);
  scoreMetadata(fields, vp.slug, vp.plan, loo);
  const after = total(looScores.values());
  const mine = { ...after, tp: after.tp - before.tp, fp: after.fp - before.fp, fn: after.fn - before.fn };
  perPlan.push(
    `| ${vp.slug} | ${after.exact - before.exact}/${after.n - before.n} | ${pct(precision(mine))} | ${pct(recall(mine))} |`,
  );
}

function pct(x: number | null): string {
  return x === null ? "–" : `${Math.round(x * 100)}%`;
}

const short = new Map(codebook.map((m) => [m.id, m.shortName]));
console.log(`# Đánh giá bản nháp của npm run new-plan (${evaluated.length} kế hoạch có toàn văn)\n`);
console.log("Dương tính = mức > 0. Bỏ-một-ra: các cụm từ quy tắc rút ra từ chính kế hoạch được chấm bị tắt.\n");
console.log(
  "| biện pháp | có (người) | có (máy) | TP | FP | FN | precision | recall | đúng mức | precision / recall / đúng mức (trong mẫu) |",
);
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const id of measureIds) {
  const s = looScores.get(id);
  const t = inScores.get(id);
  if (!s || !t) continue;
  console.log(
    `| ${short.get(id)} (${id}) | ${s.tp + s.fn} | ${s.tp + s.fp} | ${s.tp} | ${s.fp} | ${s.fn} | ${pct(precision(s))} | ${pct(recall(s))} | ${s.exact}/${s.n} | ${pct(precision(t))} / ${pct(recall(t))} / ${t.exact}/${t.n} |`,
  );
}
const lo = total(looScores.values());
const ins = total(inScores.values());
console.log(
  `| **tổng** | ${lo.tp + lo.fn} | ${lo.tp + lo.fp} | ${lo.tp} | ${lo.fp} | ${lo.fn} | **${pct(precision(lo))}** | **${pct(recall(lo))}** | **${lo.exact}/${lo.n} (${pct(lo.exact / lo.n)})** | ${pct(precision(ins))} / ${pct(recall(ins))} / ${ins.exact}/${ins.n} |`,
);

console.log("\n| kế hoạch (bỏ-một-ra) | đúng mức | precision | recall |\n| --- | --- | --- | --- |");
for (const row of perPlan) console.log(row);

console.log("\n| trường thông tin | đúng |\n| --- | --- |");
for (const f of fields.values()) console.log(`| ${f.field} | ${f.right}/${f.n} |`);
if (values.verbose) {
  console.log("\nSai khác:");
  for (const f of fields.values()) for (const m of f.misses) console.log(`- ${f.field} — ${m}`);
}
console.log(
  "\nLưu ý: các quy tắc được viết khi đã đọc cả năm kế hoạch; bỏ-một-ra chỉ tắt các cụm từ được ghi là lấy từ kế hoạch đang chấm, nên con số vẫn lạc quan so với một kế hoạch mới hoàn toàn.",
);
