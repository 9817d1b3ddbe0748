/**
 * The comparison section of `npm run bench`: with the synthetic corpus the lineage section generated
 * (BENCH_LINEAGE_COUNT plans, 10,000 by default; synthetic plans carry out each other, so chains of
 * coded parents and children exist), how long comparing every plan with its parent takes, what it
 * finds, and what /so-sanh/ weighs in the built site. Prints figures, asserts nothing.
 */
import { existsSync } from "node:fs";
import { contentPaths, loadCorpus } from "../../src/data/corpus.ts";
import { compareWithParent } from "../../src/lib/compare/change.ts";
import { createPlanResolver } from "../../src/lib/lineage/resolve.ts";
import { weighPage } from "./page-weight.ts";

const kb = (n: number) => (n / 1024).toFixed(1);

/** Prints the section; `dir` is a generated synthetic corpus, `dist` the built real site. */
export function benchCompare(dir: string, dist = "dist"): void {
  console.log("\n## Comparison with the parent document\n");
  if (existsSync(`${dist}/so-sanh/index.html`)) {
    const page = weighPage(dist, `${dist}/so-sanh/index.html`);
    console.log(`/so-sanh/ (real content): JavaScript ${kb(page.js.raw)} KB raw, ${kb(page.js.brotli)} KB brotli`);
  }
  if (!existsSync(`${dir}/plans`)) {
    console.log("skipped: no synthetic corpus (BENCH_LINEAGE_COUNT=0)");
    return;
  }
  const { plans, measures } = loadCorpus(contentPaths({ plans: `${dir}/plans`, data: `${dir}/data` }));
  const start = performance.now();
  const resolve = createPlanResolver(plans);
  const comparisons = plans.map((p) => compareWithParent(p, measures, resolve)).filter((c) => c !== undefined);
  const ms = performance.now() - start;
  const changes = new Map<string, number>();
  for (const c of comparisons) for (const r of c.rows) changes.set(r.change, (changes.get(r.change) ?? 0) + 1);
  console.log(
    `${plans.length} plans: ${comparisons.length} compared with a coded parent, ` +
      `${comparisons.length * measures.length} plan_vs_parent rows, in ${ms.toFixed(0)} ms (resolver + rule)`,
  );
  console.log(`changes: ${[...changes].map(([k, n]) => `${k} ${n}`).join(", ")}`);
}
