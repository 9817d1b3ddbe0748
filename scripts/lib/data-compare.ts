/**
 * /so-sanh/'s data (lib/compare/parts.ts), written by the data build as static files in
 * `<public>/so-sanh/`, read by src/client/compare.ts: `du-lieu.json` (the measures and the number of
 * parts, the first file /so-sanh/ reads) and `phan/<parts>-<k>.json` (the plans whose slug hashes to
 * part k, whole).
 *
 * Written here rather than by Astro routes: the files are data built from the checked content and the
 * shared passages, like the database, and a route costs Astro about 1.3 ms a file (1,025 at 10,000 plans).
 */
import type { PlanEntry } from "../../src/lib/model.ts";
import type { Measure } from "../../src/schemas/codebook.ts";
import type { Province } from "../../src/schemas/locality.ts";
import type { QuoteSpans } from "../../src/lib/quote-match.ts";
import type { ReuseIndex } from "../../src/lib/reuse/view.ts";
import { compareData } from "../../src/lib/compare/data.ts";
import { partName, splitCompare } from "../../src/lib/compare/parts.ts";
import { createPlanResolver } from "../../src/lib/lineage/resolve.ts";
import { sharedMarks } from "../../src/lib/reuse/view.ts";
import { quoteReuses, REUSE_LETTER } from "../../src/lib/reuse/quotes.ts";
import { quoteKey, type QuoteRef } from "../../src/lib/highlight.ts";
import { COMPARE_DIR, writePublicFolder } from "./public-folder.ts";

/** What the comparison is built from, besides the plans. */
export interface CompareInput {
  measures: readonly Measure[];
  provinces: readonly Province[];
  /** The shared passages, indexed as the plan pages read them (src/data/reuse.ts). */
  reuse: ReuseIndex;
  /** Where the check found each plan's quotes. */
  quoteSpans: ReadonlyMap<string, QuoteSpans>;
  /** A stored source text by file name. */
  source: (file: string) => string;
}

/**
 * Writes the comparison's files for `plans` (the published ones, in slug order as the pages list them)
 * into `<publicDir>/so-sanh/`, replacing the folder whole. Returns the number of files.
 */
export function writeCompareFiles(publicDir: string, plans: readonly PlanEntry[], input: CompareInput): number {
  const { measures } = input;
  const bySlug = new Map(plans.map((p) => [p.slug, p.plan]));
  // Whether each quote lies in shared wording, as on the plan's own page: one letter a quote.
  const reuse = (slug: string) => {
    const plan = bySlug.get(slug);
    if (!plan?.source) return undefined;
    const quotes: QuoteRef[] = measures.flatMap((m) =>
      (plan.measures[m.id]?.quotes ?? []).map((q, i) => ({ measureId: m.id, index: i, text: q.text })),
    );
    const file = plan.source;
    // The check's spans make reading the text needless, unless a quote lacks one.
    const kinds = quoteReuses(
      () => input.source(file),
      quotes,
      sharedMarks(input.reuse, slug, (s) => s),
      input.quoteSpans.get(slug),
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
  const { index, parts } = splitCompare(
    compareData(plans, {
      measures,
      reuse,
      provinceNames: new Map(input.provinces.map((p) => [p.slug, p.name])),
      resolve: createPlanResolver(plans),
    }),
  );
  const files = new Map<string, string>([["du-lieu.json", JSON.stringify(index)]]);
  parts.forEach((part, k) => files.set(`phan/${partName(k, parts.length)}.json`, JSON.stringify(part)));
  writePublicFolder(publicDir, COMPARE_DIR, files);
  return files.size;
}
