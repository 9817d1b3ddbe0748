/**
 * The full-text part of site search, split so that a query loads only what it needs: the full text
 * of documents (`x`: quotes, plan summaries, what national documents ask of a measure) is indexed in one MiniSearch per shard, a shard holding the terms that begin with the same
 * two letters ("sang" and "san" are in shard "sa"). A query loads the shard of each of its words and
 * keeps the documents that have every word. The text shown for a hit comes from a chunk of documents
 * (`DOC_CHUNK` per file), loaded for the hits shown only. Pure: no node:*, no DOM.
 */
import MiniSearch from "minisearch";
import type { SearchDoc } from "./documents.ts";
import { indexTerms } from "./query.ts";

/** Documents per chunk file of stored text. */
export const DOC_CHUNK = 64;

/** The shard of a folded term: its first two characters. */
export const shardKey = (term: string): string => term.slice(0, 2);

/** The options every shard is built and loaded with: its one field holds already folded terms. */
export const SHARD_OPTIONS = {
  idField: "id",
  fields: ["x"],
  storeFields: [],
  tokenize: (text: string) => (text ? text.split(" ") : []),
  processTerm: (term: string) => term,
};

/**
 * A term in more than this share of the full texts, and in more than `STOP_MIN_DOCS` of them, is left
 * out of the shards: it narrows nothing and alone would make its shard weigh most of the index (in the
 * synthetic corpus, "so" of "mẫu số" is in every quote). Real content is far from the minimum.
 */
export const STOP_SHARE = 0.2;
export const STOP_MIN_DOCS = 5000;

/** The terms too common to index (see STOP_SHARE), sorted. */
export function stopTerms(docs: readonly SearchDoc[]): string[] {
  const df = new Map<string, number>();
  let n = 0;
  for (const doc of docs) {
    if (!doc.x) continue;
    n++;
    for (const term of new Set(indexTerms(doc.x))) df.set(term, (df.get(term) ?? 0) + 1);
  }
  return [...df]
    .filter(([, count]) => count > STOP_MIN_DOCS && count > n * STOP_SHARE)
    .map(([term]) => term)
    .sort();
}

/** Builds the shards of `docs`: key → MiniSearch of the terms with that key, `stop` terms left out. */
export function buildShards(
  docs: readonly SearchDoc[],
  stop: ReadonlySet<string> = new Set(),
): Map<string, MiniSearch> {
  const perShard = new Map<string, { id: number; x: string }[]>();
  for (const doc of docs) {
    const byKey = new Map<string, string[]>();
    for (const term of indexTerms(doc.x)) {
      if (stop.has(term)) continue;
      const key = shardKey(term);
      const list = byKey.get(key);
      if (list) list.push(term);
      else byKey.set(key, [term]);
    }
    for (const [key, terms] of byKey) {
      const list = perShard.get(key);
      const entry = { id: doc.id, x: terms.join(" ") };
      if (list) list.push(entry);
      else perShard.set(key, [entry]);
    }
  }
  const out = new Map<string, MiniSearch>();
  for (const key of [...perShard.keys()].sort()) {
    const index = new MiniSearch(SHARD_OPTIONS);
    index.addAll(perShard.get(key) ?? []);
    out.set(key, index);
  }
  return out;
}

/** Loads a shard serialised with `JSON.stringify`. */
export function loadShard(json: string): MiniSearch {
  return MiniSearch.loadJSON(json, SHARD_OPTIONS);
}

/**
 * The documents whose full text has `word` (or, with `prefix`, a word beginning with it), with their
 * scores and the terms matched; `shard(key)` gives the loaded shard of a key, or undefined when the
 * site has none (then nothing matches).
 */
export function searchShards(
  word: string,
  shard: (key: string) => MiniSearch | undefined,
  prefix: boolean,
): Map<number, { score: number; terms: string[] }> {
  const out = new Map<number, { score: number; terms: string[] }>();
  const index = shard(shardKey(word));
  if (!index) return out;
  for (const r of index.search(word, { prefix })) out.set(r.id as number, { score: r.score, terms: r.terms });
  return out;
}
