/**
 * The one place pages read content from. Drafts (`draft: true`) are shown only when SHOW_DRAFTS=1
 * (set by `npm start` and in `astro dev`), never in the production build (`npm run build`).
 */
import { getCollection } from "astro:content";
import type { Measure, NationalDocument } from "../schemas/codebook.ts";
import type { Province } from "../schemas/locality.ts";
import type { PlanEntry } from "../lib/model.ts";
import type { IndicatorRow } from "../schemas/indicator.ts";
import type { QuoteSpans } from "../lib/quote-match.ts";
import { checkedCorpus } from "./loader.ts";

/** True when drafts are to be shown. */
export const SHOW_DRAFTS = import.meta.env.DEV || process.env.SHOW_DRAFTS === "1";

/**
 * A value computed once per build: every one of 10,000 plan pages asks for the codebook, the national
 * documents and the provinces, each sorted and copied out of Astro's store on every call. (In a profile,
 * nearly all of getCollection's time is its first call, which loads the store, so the saving is small.)
 * In `astro dev` every call reads the store, so an edited file shows on the next request.
 */
export function oncePerBuild<T>(compute: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? compute() : (value ??= compute()));
}

const plans = oncePerBuild(async (): Promise<PlanEntry[]> => {
  const entries = await getCollection("plans", (e) => SHOW_DRAFTS || !e.data.draft);
  return entries
    .map((e) => ({ slug: e.id, file: e.filePath ?? "", plan: e.data, body: e.body ?? "" }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
});

const measures = oncePerBuild(async (): Promise<Measure[]> => {
  const entries = await getCollection("measures");
  return entries.sort((a, b) => a.data.order - b.data.order).map(({ data: { order: _order, ...m } }) => m);
});

const documents = oncePerBuild(async (): Promise<NationalDocument[]> => {
  const entries = await getCollection("documents");
  return entries.sort((a, b) => a.data.order - b.data.order).map(({ data: { order: _order, ...d } }) => d);
});

const provinces = oncePerBuild(async (): Promise<Province[]> => {
  const entries = await getCollection("provinces");
  return entries.sort((a, b) => a.data.order - b.data.order).map(({ data: { order: _order, ...p } }) => p);
});

// Each caller gets its own array (a page may sort or filter it); the entries are shared, read-only.

/** All published plans (and drafts when shown), sorted by slug. */
export async function getPlans(): Promise<PlanEntry[]> {
  return [...(await plans())];
}

/** The codebook's measures, in codebook order. */
export async function getMeasures(): Promise<Measure[]> {
  return [...(await measures())];
}

/** The national documents of the codebook, in file order. */
export async function getNationalDocuments(): Promise<NationalDocument[]> {
  return [...(await documents())];
}

/** The 34 provinces, in file order, and a map by slug. */
export async function getProvinces(): Promise<{ list: Province[]; bySlug: Map<string, Province> }> {
  const list = [...(await provinces())];
  return { list, bySlug: new Map(list.map((p) => [p.slug, p])) };
}

/**
 * Where the content check found each quote of `slug` in its source text (by `quoteKey`): pages hand it
 * to `highlightQuotes` and `quoteReuses` instead of looking every quote up again.
 */
export function getQuoteSpans(slug: string): QuoteSpans | undefined {
  return checkedCorpus().quoteSpans.get(slug);
}

/** The rows of data/indicators.csv that passed the check, in file order (read with the corpus, once). */
export async function getIndicators(): Promise<IndicatorRow[]> {
  return checkedCorpus().indicators;
}
