/**
 * The full-text part of site search, split so that a query loads only what it needs: the full text
 * of documents (`x`: quotes, plan summaries, what national documents ask of a measure) is indexed as
 * posting lists in shards, a shard holding the terms that begin with the same
 * two letters ("sang" and "san" are in shard "sa"). A query loads the shard of each of its words and
 * keeps the documents that have every word. The text shown for a hit comes from a chunk of documents
 * (`DOC_CHUNK` per file), loaded for the hits shown only. Pure: no node:*, no DOM.
 */
import type { SearchDoc } from "./documents.ts";
import { indexTerms } from "./query.ts";

/** Documents per chunk file of stored text. */
export const DOC_CHUNK = 64;

/** The shard of a folded term: its first two characters. */
export const shardKey = (term: string): string => term.slice(0, 2);

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

/** A loaded shard: how many documents have a full text, and each term's posting list. */
export interface Shard {
  docs: number;
  /** Term → ids of the documents that have it, as written by `encodePostings`. */
  postings: Map<string, string>;
}

/** Sorted ids as their differences in base 36, comma-separated: [3, 5, 40] → "3,2,z". */
export function encodePostings(ids: readonly number[]): string {
  let last = 0;
  return ids
    .map((id) => {
      const d = (id - last).toString(36);
      last = id;
      return d;
    })
    .join(",");
}

/** The ids `encodePostings` wrote. */
export function decodePostings(text: string): number[] {
  let last = 0;
  return text.split(",").map((d) => (last += parseInt(d, 36)));
}

/**
 * Builds the shards of `docs`: key → JSON of `{ d: documents with a full text, p: { term: postings } }`,
 * the `stop` terms left out. A posting list is a few bytes a document, so a shard stays small even when
 * its terms are in most of 100,000 quotes.
 */
export function buildShards(docs: readonly SearchDoc[], stop: ReadonlySet<string> = new Set()): Map<string, string> {
  const byTerm = new Map<string, number[]>();
  let count = 0;
  for (const doc of docs) {
    if (!doc.x) continue;
    count++;
    for (const term of new Set(indexTerms(doc.x))) {
      if (stop.has(term)) continue;
      const ids = byTerm.get(term);
      if (ids) ids.push(doc.id);
      else byTerm.set(term, [doc.id]);
    }
  }
  const perShard = new Map<string, Record<string, string>>();
  for (const term of [...byTerm.keys()].sort()) {
    const key = shardKey(term);
    const shard = perShard.get(key) ?? {};
    shard[term] = encodePostings(byTerm.get(term) ?? []);
    perShard.set(key, shard);
  }
  return new Map([...perShard].map(([key, p]) => [key, JSON.stringify({ d: count, p })]));
}

/** Loads a shard written by `buildShards`. */
export function loadShard(json: string): Shard {
  const { d, p } = JSON.parse(json) as { d: number; p: Record<string, string> };
  return { docs: d, postings: new Map(Object.entries(p)) };
}

/** A word found only as the beginning of a longer word counts this much of a whole-word match. */
const PREFIX_WEIGHT = 0.5;

/**
 * The documents whose full text has `word` (or, with `prefix`, a word beginning with it), each scored
 * by the rarity of the terms it matched (idf), with the terms; `shard(key)` gives the loaded shard of
 * a key, or undefined when the site has none (then nothing matches).
 */
export function searchShards(
  word: string,
  shard: (key: string) => Shard | undefined,
  prefix: boolean,
): Map<number, { score: number; terms: string[] }> {
  const out = new Map<number, { score: number; terms: string[] }>();
  const index = shard(shardKey(word));
  if (!index) return out;
  for (const [term, list] of index.postings) {
    if (term !== word && !(prefix && term.startsWith(word))) continue;
    const ids = decodePostings(list);
    const idf = Math.log(1 + index.docs / ids.length) * (term === word ? 1 : PREFIX_WEIGHT);
    for (const id of ids) {
      const hit = out.get(id);
      if (hit) {
        hit.score += idf;
        hit.terms.push(term);
      } else out.set(id, { score: idf, terms: [term] });
    }
  }
  return out;
}
