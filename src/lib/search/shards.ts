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

/**
 * The distinct terms of every document's full text, as numbers into `vocabulary`: the texts are folded
 * once for both stopTerms and buildShards (folding is most of the index's build time), and a number
 * takes less memory than a term string per document.
 */
export interface IndexedTexts {
  vocabulary: string[];
  /** The documents with a full text, in order. */
  docs: { id: number; terms: Int32Array }[];
}

/** The terms of the full texts of `docs` (see IndexedTexts). */
export function indexTexts(docs: readonly SearchDoc[]): IndexedTexts {
  const number = new Map<string, number>();
  const vocabulary: string[] = [];
  const out: IndexedTexts["docs"] = [];
  for (const doc of docs) {
    if (!doc.x) continue;
    const terms = new Set<number>();
    for (const term of indexTerms(doc.x)) {
      let n = number.get(term);
      if (n === undefined) {
        n = vocabulary.length;
        number.set(term, n);
        vocabulary.push(term);
      }
      terms.add(n);
    }
    out.push({ id: doc.id, terms: Int32Array.from(terms) });
  }
  return { vocabulary, docs: out };
}

/** The terms too common to index (see STOP_SHARE), sorted. */
export function stopTerms(docs: readonly SearchDoc[], indexed: IndexedTexts = indexTexts(docs)): string[] {
  const df = new Int32Array(indexed.vocabulary.length);
  for (const doc of indexed.docs) for (const n of doc.terms) df[n]++;
  const n = indexed.docs.length;
  return indexed.vocabulary.filter((_, i) => df[i] > STOP_MIN_DOCS && df[i] > n * STOP_SHARE).sort();
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
export function buildShards(
  docs: readonly SearchDoc[],
  stop: ReadonlySet<string> = new Set(),
  indexed: IndexedTexts = indexTexts(docs),
): Map<string, string> {
  const { vocabulary } = indexed;
  const postings: number[][] = vocabulary.map(() => []);
  for (const doc of indexed.docs) for (const n of doc.terms) postings[n].push(doc.id);
  const perShard = new Map<string, Record<string, string>>();
  const order = vocabulary.map((_, n) => n).sort((a, b) => (vocabulary[a] < vocabulary[b] ? -1 : 1));
  for (const n of order) {
    const term = vocabulary[n];
    if (stop.has(term)) continue;
    const key = shardKey(term);
    const shard = perShard.get(key) ?? {};
    shard[term] = encodePostings(postings[n]);
    perShard.set(key, shard);
  }
  return new Map([...perShard].map(([key, p]) => [key, JSON.stringify({ d: indexed.docs.length, p })]));
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
