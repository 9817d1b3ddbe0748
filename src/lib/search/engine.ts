/**
 * The site-search index: MiniSearch over the documents of src/lib/search/documents.ts, its terms made
 * by `indexTerms` (src/lib/search/query.ts), so index and query fold text with the one function
 * `foldSearch` of src/lib/vietnamese.ts. Built at build time, serialised to JSON, loaded in the
 * browser when the search box is first focused. Pure: no node:*, no DOM.
 */
import MiniSearch, { type Query, type SearchResult } from "minisearch";
import { buildQuery, indexTerms } from "./query.ts";
import { SEARCH_GROUPS, type SearchDoc, type SearchGroup } from "./documents.ts";

/** Searched fields and how much a match in each counts. */
const BOOST = { n: 6, t: 3, p: 2, b: 1 } as const;
/** Fields kept in the index for showing a result. */
const STORED = ["g", "u", "t", "s", "n", "p", "b"] as const;

/** The options the index is built and loaded with (they must be the same both times). */
export const INDEX_OPTIONS = {
  idField: "id",
  fields: Object.keys(BOOST),
  storeFields: [...STORED],
  tokenize: (text: string, field?: string) => indexTerms(text, field === "n"),
  // Terms come out of indexTerms already folded; queries go through the same tokenizer.
  processTerm: (term: string) => term,
};

/** Builds the index of `docs`. */
export function createSearchIndex(docs: readonly SearchDoc[]): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
  index.addAll(docs);
  return index;
}

/** Loads an index serialised with `JSON.stringify(createSearchIndex(…))`. */
export function loadSearchIndex(json: string): MiniSearch<SearchDoc> {
  return MiniSearch.loadJSON<SearchDoc>(json, INDEX_OPTIONS);
}

/** One result as shown: the stored document, the index terms it matched and its score. */
export interface SearchHit {
  doc: Omit<SearchDoc, "id">;
  id: number;
  terms: string[];
  score: number;
}

/** Results of a query: the best few of each group, and how many each group has. */
export interface GroupedResults {
  groups: { group: SearchGroup; total: number; hits: SearchHit[] }[];
  total: number;
}

/** The query MiniSearch runs: every word (the last also as a prefix), or the number key as a prefix. */
export function miniSearchQuery(raw: string): Query | null {
  const q = buildQuery(raw);
  if (!q) return null;
  const words: Query = {
    queries: [q.words.join(" ")],
    combineWith: "AND",
    prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 2,
  };
  return q.number ? { queries: [words, { queries: [q.number], prefix: true }], combineWith: "OR" } : words;
}

const toHit = (r: SearchResult): SearchHit => ({
  id: r.id as number,
  doc: { g: r.g, u: r.u, t: r.t, s: r.s, n: r.n, p: r.p, b: r.b },
  terms: r.terms,
  score: r.score,
});

/** Searches `index` for what was typed; an empty or unsearchable query gives no results, never an error. */
export function searchSite(index: MiniSearch<SearchDoc>, raw: string, perGroup = 5): GroupedResults {
  const query = miniSearchQuery(raw);
  const found = query ? index.search(query, { boost: BOOST }) : [];
  const groups = SEARCH_GROUPS.map((group) => ({ group, total: 0, hits: [] as SearchHit[] }));
  const byGroup = new Map(groups.map((g) => [g.group, g]));
  for (const r of found) {
    const g = byGroup.get(r.g as SearchGroup);
    if (!g) continue;
    g.total++;
    if (g.hits.length < perGroup) g.hits.push(toHit(r));
  }
  return { groups, total: found.length };
}
