/**
 * /so-sanh/'s files (lib/compare/parts.ts), computed once per build from the content: the routes that
 * write them (index, parts) share one computation.
 */
import { getMeasures, getPlans, getProvinces, getQuoteSpans, oncePerBuild } from "./load.ts";
import { compareData } from "../lib/compare/data.ts";
import { splitCompare } from "../lib/compare/parts.ts";
import { createPlanResolver } from "../lib/lineage/resolve.ts";
import { getReuse } from "./reuse.ts";
import { readSource } from "./sources.ts";
import { sharedMarks } from "../lib/reuse/view.ts";
import { quoteReuses, REUSE_LETTER } from "../lib/reuse/quotes.ts";
import { quoteKey, type QuoteRef } from "../lib/highlight.ts";

async function compute(): Promise<ReturnType<typeof splitCompare>> {
  const plans = await getPlans();
  const { list } = await getProvinces();
  const measures = await getMeasures();
  const index = getReuse(plans);
  const bySlug = new Map(plans.map((p) => [p.slug, p.plan]));
  // Whether each quote lies in shared wording, as on the plan's own page.
  const reuse = (slug: string) => {
    const plan = bySlug.get(slug);
    if (!plan?.source) return undefined;
    const quotes: QuoteRef[] = measures.flatMap((m) =>
      (plan.measures[m.id]?.quotes ?? []).map((q, i) => ({ measureId: m.id, index: i, text: q.text })),
    );
    const file = plan.source;
    // The check's spans make reading the text needless, unless a quote lacks one.
    const kinds = quoteReuses(
      () => readSource(file),
      quotes,
      sharedMarks(index, slug, (s) => s),
      getQuoteSpans(slug),
    );
    const out: Record<string, string> = {};
    for (const m of measures) {
      const n = plan.measures[m.id]?.quotes.length ?? 0;
      if (n > 0)
        out[m.id] = Array.from({ length: n }, (_, i) => {
          const k = kinds.get(quoteKey(m.id, i));
          return k ? REUSE_LETTER[k.kind] : "-";
        }).join("");
    }
    return out;
  };
  return splitCompare(
    compareData(plans, {
      measures,
      reuse,
      provinceNames: new Map(list.map((p) => [p.slug, p.name])),
      resolve: createPlanResolver(plans),
    }),
  );
}

/** The comparison's files. */
export const getCompareFiles = oncePerBuild(compute);
