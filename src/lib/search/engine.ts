/**
 * Site search: a names index (MiniSearch over the short fields of plans, measures and provinces, in
 * shards by term: src/lib/search/names.ts) and the full-text shards (src/lib/search/shards.ts), both
 * loaded per word; what a result shows comes from chunks loaded for the results shown only. Index
 * and query terms come from `indexTerms` and `buildQuery` (src/lib/search/query.ts), so both fold text
 * with the one function `foldSearch` of src/lib/vietnamese.ts. Built at build time; searched in the
 * browser (src/client/site-search.ts) and by the tests and the bench in Node. Pure: no node:*, no DOM.
 */
import MiniSearch from "minisearch";
import { buildQuery, indexTerms } from "./query.ts";
import { findInText } from "./in-text.ts";
import { loadNameShard, splitNames, type NamesStats } from "./names.ts";
import { OncePerKey } from "../once.ts";
import {
  buildShards,
  indexTexts,
  loadShard,
  searchShards,
  shardKey,
  stopTerms,
  DOC_CHUNK,
  type Shard,
} from "./shards.ts";
import { SEARCH_GROUPS, groupEnds, groupOf, type SearchDoc, type SearchGroup } from "./documents.ts";

/** Of each group, this many times the results shown are ranked again with the phrase bonus. */
const CANDIDATES = 2;
/** How much more a result counts when the words typed occur together in it. */
const PHRASE_BONUS = 3;

/** Searched fields of the names index and how much a match in each counts. */
const BOOST = { n: 6, t: 3, p: 2, b: 1 } as const;

/** The options the names index is built and loaded with (they must be the same both times). */
export const NAMES_OPTIONS = {
  idField: "id",
  fields: Object.keys(BOOST),
  tokenize: (text: string, field?: string) => indexTerms(text, field === "n"),
  // Terms come out of indexTerms already folded; query words are folded by buildQuery.
  processTerm: (term: string) => term,
};

/** What a result shows; `x` (the full text) only when the hit came from it. */
export type ShownDoc = Pick<SearchDoc, "g" | "u" | "t" | "s" | "n" | "p"> & { x?: string };

/**
 * The names file, read first: the names index's statistics, the keys of the names shards and of the
 * full-text shards that exist, the group ranges.
 */
export interface NamesFile {
  names: NamesStats;
  nameShards: string[];
  shards: string[];
  /** Terms left out of the shards as too common (src/lib/search/shards.ts, STOP_SHARE). */
  stop: string[];
  ends: number[];
  chunk: number;
  /** Documents per chunk of what results show (SHOWN_CHUNK). */
  shownChunk: number;
}

/**
 * Every file of the search index, as JSON text: the names file, names shards and full-text shards by
 * key, chunks of full documents (those with a full text) and of what a plan, measure or province shows
 * in the results (its fields but the full text) by number.
 */
export interface SearchFiles {
  names: string;
  nameShards: Map<string, string>;
  shards: Map<string, string>;
  chunks: Map<number, string>;
  shown: Map<number, string>;
}

/**
 * Documents per chunk of what a plan, measure or province shows (about 200 bytes each): the hits
 * shown are spread over the corpus, each in its own chunk, so a small chunk keeps a query's reads small.
 */
export const SHOWN_CHUNK = 16;

/** Groups `docs` by chunk number (id / size), each as JSON of `{ id: what `pick` keeps }`. */
function chunked(docs: readonly SearchDoc[], size: number, pick: (d: SearchDoc) => ShownDoc): Map<number, string> {
  const chunks = new Map<number, Record<number, ShownDoc>>();
  for (const d of docs) {
    const n = Math.floor(d.id / size);
    const chunk = chunks.get(n) ?? {};
    chunk[d.id] = pick(d);
    chunks.set(n, chunk);
  }
  return new Map([...chunks].map(([k, v]) => [k, JSON.stringify(v)]));
}

/** Builds every file of the index of `docs`. */
export function buildSearchFiles(docs: readonly SearchDoc[]): SearchFiles {
  const named = docs.filter((d) => d.g !== "trich-dan");
  const names = new MiniSearch<SearchDoc>(NAMES_OPTIONS);
  names.addAll(named);
  const nameShards = splitNames(names.toJSON());
  const indexed = indexTexts(docs);
  const stop = stopTerms(docs, indexed);
  const shards = buildShards(docs, new Set(stop), indexed);
  const file: NamesFile = {
    names: nameShards.stats,
    nameShards: [...nameShards.shards.keys()],
    shards: [...shards.keys()],
    stop,
    ends: groupEnds(docs),
    chunk: DOC_CHUNK,
    shownChunk: SHOWN_CHUNK,
  };
  return {
    names: JSON.stringify(file),
    nameShards: nameShards.shards,
    shards,
    chunks: chunked(
      docs.filter((d) => d.x),
      DOC_CHUNK,
      ({ g, u, t, s, n, p, x }) => ({ g, u, t, s, n, p, x }),
    ),
    shown: chunked(named, SHOWN_CHUNK, ({ g, u, t, s, n, p }) => ({ g, u, t, s, n, p })),
  };
}

/** One result: its document, the index terms it matched (to mark them) and its score. */
export interface SearchHit {
  id: number;
  doc: ShownDoc;
  terms: string[];
  score: number;
}

/** Results of a query: the best few of each group, and how many each group has. */
export interface GroupedResults {
  groups: { group: SearchGroup; total: number; hits: SearchHit[] }[];
  total: number;
}

/** How the engine gets the other files: a names or full-text shard's JSON by key, a chunk's by number. */
export interface SearchLoader {
  names(key: string): Promise<string>;
  shard(key: string): Promise<string>;
  chunk(n: number): Promise<string>;
  shown(n: number): Promise<string>;
}

/** The distinct index terms of a folded query word ("07" is "07" and "7"), by names shard key. */
function termsByShard(word: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const term of new Set(indexTerms(word))) out.set(shardKey(term), [...(out.get(shardKey(term)) ?? []), term]);
  return out;
}

type Found = Map<number, { score: number; terms: string[] }>;

function addTo(found: Found, id: number, score: number, terms: readonly string[]) {
  const before = found.get(id);
  found.set(id, { score: (before?.score ?? 0) + score, terms: [...(before?.terms ?? []), ...terms] });
}

/** The site-search engine over the names file and lazily loaded shards and chunks. */
export class SearchEngine {
  private readonly file: NamesFile;
  private readonly nameKeys: Set<string>;
  private readonly shardKeys: Set<string>;
  // Each file read once; one whose read failed is read again by the next query.
  private readonly names: OncePerKey<string, MiniSearch<SearchDoc>>;
  private readonly shards: OncePerKey<string, Shard>;
  private readonly chunks: OncePerKey<number, Record<number, ShownDoc>>;
  private readonly shown: OncePerKey<number, Record<number, ShownDoc>>;

  constructor(namesJson: string, loader: SearchLoader) {
    this.file = JSON.parse(namesJson) as NamesFile;
    this.nameKeys = new Set(this.file.nameShards);
    this.shardKeys = new Set(this.file.shards);
    const parse = (json: string) => JSON.parse(json) as Record<number, ShownDoc>;
    this.names = new OncePerKey(async (key) =>
      MiniSearch.loadJS<SearchDoc>(loadNameShard(this.file.names, await loader.names(key)), NAMES_OPTIONS),
    );
    this.shards = new OncePerKey(async (key) => loadShard(await loader.shard(key)));
    this.chunks = new OncePerKey(async (n) => parse(await loader.chunk(n)));
    this.shown = new OncePerKey(async (n) => parse(await loader.shown(n)));
  }

  /** The loaded names shards of `keys` that exist, by key. */
  private async nameShards(keys: Iterable<string>): Promise<Map<string, MiniSearch<SearchDoc>>> {
    const have = [...new Set(keys)].filter((k) => this.nameKeys.has(k));
    return new Map(await Promise.all(have.map(async (k) => [k, await this.names.get(k)] as const)));
  }

  /**
   * The names index's results for a folded word: each of its index terms searched in its shard (a
   * term of one character matched whole, as its longer terms are in other shards), scores summed as
   * MiniSearch sums those of the terms of one query.
   */
  private searchNames(word: string, prefix: boolean, names: Map<string, MiniSearch<SearchDoc>>) {
    return [...termsByShard(word)].flatMap(
      ([key, terms]) =>
        names.get(key)?.search(word, {
          tokenize: () => terms,
          prefix: (term: string) => prefix && term.length >= 2,
          boost: BOOST,
        }) ?? [],
    );
  }

  /**
   * Searches for what was typed: documents that have every word (the last also as a word beginning)
   * in their names or their full text, plus, for a query that looks like a document number, the plans
   * whose number key begins with it. An empty or unsearchable query gives no results, never an error.
   */
  async search(raw: string, perGroup = 5): Promise<GroupedResults> {
    const groups = SEARCH_GROUPS.map((group) => ({ group, total: 0, hits: [] as SearchHit[] }));
    const q = buildQuery(raw);
    if (!q) return { groups, total: 0 };
    // A term too common for the shards narrows nothing: it is skipped, unless every word is one.
    const stop = new Set(this.file.stop);
    const narrowing = q.words.filter((w) => !stop.has(w));
    const words = narrowing.length > 0 ? narrowing : q.words;
    const textKeys = [...new Set(narrowing.map(shardKey))].filter((k) => this.shardKeys.has(k));
    const [names, loaded] = await Promise.all([
      this.nameShards([
        ...words.flatMap((w) => [...termsByShard(w).keys()]),
        ...(q.number ? [shardKey(q.number)] : []),
      ]),
      Promise.all(textKeys.map(async (k) => [k, await this.shards.get(k)] as const)).then((l) => new Map(l)),
    ]);
    let found: Found | undefined;
    for (const word of words) {
      const prefix = word === q.words[q.words.length - 1] && word.length >= 2;
      const next: Found = new Map();
      for (const r of this.searchNames(word, prefix, names)) {
        const id = r.id as number;
        if (found && !found.has(id)) continue;
        addTo(next, id, r.score, r.terms);
      }
      for (const [id, hit] of searchShards(word, (k) => loaded.get(k), prefix)) {
        if (found && !found.has(id)) continue;
        addTo(next, id, hit.score, hit.terms);
      }
      const before = found;
      if (before)
        for (const id of next.keys()) addTo(next, id, before.get(id)?.score ?? 0, before.get(id)?.terms ?? []);
      found = next;
      if (found.size === 0) break;
    }
    const all: Found = found ?? new Map();
    const number = q.number;
    if (number) {
      const shard = names.get(shardKey(number));
      for (const r of shard?.search(number, { tokenize: () => [number], prefix: true, fields: ["n"] }) ?? []) {
        const id = r.id as number;
        if (!all.has(id)) addTo(all, id, r.score * BOOST.n, r.terms);
      }
    }
    const byGroup = new Map(groups.map((g) => [g.group, g]));
    const ranked = [...all].sort((a, b) => b[1].score - a[1].score || a[0] - b[0]);
    const wanted: SearchHit[] = [];
    for (const [id, hit] of ranked) {
      const g = byGroup.get(groupOf(id, this.file.ends));
      if (!g) continue;
      g.total++;
      if (g.hits.length >= perGroup * CANDIDATES) continue;
      const h: SearchHit = { id, doc: {} as ShownDoc, terms: [...new Set(hit.terms)], score: hit.score };
      g.hits.push(h);
      wanted.push(h);
    }
    const chunkOf = (h: SearchHit, size = this.file.chunk) => Math.floor(h.id / size);
    await Promise.all(
      wanted.map(async (h) => {
        // A plan, measure or province shows its names; quotes are not in the names index.
        const doc =
          groupOf(h.id, this.file.ends) === "trich-dan"
            ? undefined
            : (await this.shown.get(chunkOf(h, this.file.shownChunk)))[h.id];
        if (doc) h.doc = doc;
        // The full text is needed when the document has no names or matched in its text.
        if (doc && h.terms.every((t) => termIn(doc, t))) return;
        const full = (await this.chunks.get(chunkOf(h)))[h.id];
        if (full) h.doc = { ...h.doc, ...full };
      }),
    );
    // Words typed together and found together (a phrase) rank first: "lao khoa" above a plan with
    // "lao động" in one place and "khóa XII" in another.
    for (const g of groups) {
      for (const h of g.hits) if (hasPhrase(h.doc, raw)) h.score *= PHRASE_BONUS;
      g.hits = g.hits
        .filter((h) => h.doc.u)
        .sort((a, b) => b.score - a.score || a.id - b.id)
        .slice(0, perGroup);
    }
    return { groups, total: ranked.length };
  }
}

/** True when the words of `raw` occur together, in order, in a field of `doc`. */
function hasPhrase(doc: ShownDoc, raw: string): boolean {
  return [doc.t, doc.s, doc.p, doc.n, doc.x].some((f) => f && findInText(f, raw).length > 0);
}

/** True when folded term `t` is one of the index terms of the shown fields of `doc`. */
function termIn(doc: ShownDoc, t: string): boolean {
  return (
    [doc.t, doc.s, doc.p].some((f) => indexTerms(f ?? "").includes(t)) || indexTerms(doc.n ?? "", true).includes(t)
  );
}
