/**
 * Site search: a names index (MiniSearch over the short fields of plans, measures and provinces,
 * loaded first, small) and the full-text shards (src/lib/search/shards.ts), loaded per word. Index
 * and query terms come from `indexTerms` and `buildQuery` (src/lib/search/query.ts), so both fold text
 * with the one function `foldSearch` of src/lib/vietnamese.ts. Built at build time; searched in the
 * browser (src/client/site-search.ts) and by the tests and the bench in Node. Pure: no node:*, no DOM.
 */
import MiniSearch from "minisearch";
import { buildQuery, indexTerms } from "./query.ts";
import { findInText } from "./in-text.ts";
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
const NAMES_OPTIONS = {
  idField: "id",
  fields: Object.keys(BOOST),
  storeFields: ["g", "u", "t", "s", "n", "p"],
  tokenize: (text: string, field?: string) => indexTerms(text, field === "n"),
  // Terms come out of indexTerms already folded; query words are folded by buildQuery.
  processTerm: (term: string) => term,
};

/** What a result shows; `x` (the full text) only when the hit came from it. */
export type ShownDoc = Pick<SearchDoc, "g" | "u" | "t" | "s" | "n" | "p"> & { x?: string };

/** The names file: the names index, the keys of the shards that exist, the group ranges. */
export interface NamesFile {
  index: unknown;
  shards: string[];
  /** Terms left out of the shards as too common (src/lib/search/shards.ts, STOP_SHARE). */
  stop: string[];
  ends: number[];
  chunk: number;
}

/** Every file of the search index, as JSON text: names, shards by key, document chunks by number. */
export interface SearchFiles {
  names: string;
  shards: Map<string, string>;
  chunks: Map<number, string>;
}

/** Builds every file of the index of `docs`. */
export function buildSearchFiles(docs: readonly SearchDoc[]): SearchFiles {
  const names = new MiniSearch<SearchDoc>(NAMES_OPTIONS);
  names.addAll(docs.filter((d) => d.g !== "trich-dan"));
  const indexed = indexTexts(docs);
  const stop = stopTerms(docs, indexed);
  const shards = buildShards(docs, new Set(stop), indexed);
  const chunks = new Map<number, Record<number, ShownDoc>>();
  for (const d of docs) {
    if (!d.x) continue;
    const n = Math.floor(d.id / DOC_CHUNK);
    const chunk = chunks.get(n) ?? {};
    chunk[d.id] = { g: d.g, u: d.u, t: d.t, s: d.s, n: d.n, p: d.p, x: d.x };
    chunks.set(n, chunk);
  }
  const file: NamesFile = {
    index: names.toJSON(),
    shards: [...shards.keys()],
    stop,
    ends: groupEnds(docs),
    chunk: DOC_CHUNK,
  };
  return {
    names: JSON.stringify(file),
    shards,
    chunks: new Map([...chunks].map(([k, v]) => [k, JSON.stringify(v)])),
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

/** How the engine gets the other files: a shard's JSON by key, a chunk's JSON by number. */
export interface SearchLoader {
  shard(key: string): Promise<string>;
  chunk(n: number): Promise<string>;
}

type Found = Map<number, { score: number; terms: string[] }>;

function addTo(found: Found, id: number, score: number, terms: readonly string[]) {
  const before = found.get(id);
  found.set(id, { score: (before?.score ?? 0) + score, terms: [...(before?.terms ?? []), ...terms] });
}

/** The site-search engine over loaded names and lazily loaded shards and chunks. */
export class SearchEngine {
  private readonly names: MiniSearch<SearchDoc>;
  private readonly file: NamesFile;
  private readonly shardKeys: Set<string>;
  private readonly shards = new Map<string, Promise<Shard>>();
  private readonly chunks = new Map<number, Promise<Record<number, ShownDoc>>>();

  private readonly loader: SearchLoader;

  constructor(namesJson: string, loader: SearchLoader) {
    this.loader = loader;
    this.file = JSON.parse(namesJson) as NamesFile;
    this.names = MiniSearch.loadJS<SearchDoc>(this.file.index as never, NAMES_OPTIONS);
    this.shardKeys = new Set(this.file.shards);
  }

  private shard(key: string): Promise<Shard> | undefined {
    if (!this.shardKeys.has(key)) return undefined;
    let s = this.shards.get(key);
    if (!s) {
      s = this.loader.shard(key).then(loadShard);
      this.shards.set(key, s);
    }
    return s;
  }

  private chunk(n: number): Promise<Record<number, ShownDoc>> {
    let c = this.chunks.get(n);
    if (!c) {
      c = this.loader.chunk(n).then((json) => JSON.parse(json) as Record<number, ShownDoc>);
      this.chunks.set(n, c);
    }
    return c;
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
    const loaded = new Map<string, Shard>();
    for (const key of new Set(narrowing.map(shardKey))) {
      const s = this.shard(key);
      if (s) loaded.set(key, await s);
    }
    const stored = new Map<number, ShownDoc>();
    let found: Found | undefined;
    for (const word of words) {
      const prefix = word === q.words[q.words.length - 1] && word.length >= 2;
      const next: Found = new Map();
      for (const r of this.names.search(word, { prefix, boost: BOOST })) {
        const id = r.id as number;
        if (found && !found.has(id)) continue;
        stored.set(id, r as unknown as ShownDoc);
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
    if (q.number) {
      for (const r of this.names.search(q.number, { prefix: true, fields: ["n"] })) {
        const id = r.id as number;
        stored.set(id, r as unknown as ShownDoc);
        if (!all.has(id)) addTo(all, id, r.score * BOOST.n, r.terms);
      }
    }
    const byGroup = new Map(groups.map((g) => [g.group, g]));
    const ranked = [...all].sort((a, b) => b[1].score - a[1].score || a[0] - b[0]);
    const wanted: [SearchHit, boolean][] = [];
    for (const [id, hit] of ranked) {
      const g = byGroup.get(groupOf(id, this.file.ends));
      if (!g) continue;
      g.total++;
      if (g.hits.length >= perGroup * CANDIDATES) continue;
      const doc = stored.get(id);
      const h: SearchHit = { id, doc: doc ?? ({} as ShownDoc), terms: [...new Set(hit.terms)], score: hit.score };
      g.hits.push(h);
      // The full text is needed when the document is not in the names index or matched in its text.
      const inText = !doc || h.terms.some((t) => !termIn(doc, t));
      wanted.push([h, inText]);
    }
    await Promise.all(
      wanted
        .filter(([, inText]) => inText)
        .map(async ([h]) => {
          const full = (await this.chunk(Math.floor(h.id / this.file.chunk)))[h.id];
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
