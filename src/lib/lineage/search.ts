/**
 * Finding a document of the tree by number, issuer, locality or date, typed with or without
 * diacritics, in files that stay small at any size of the tree: the words of each document (folded,
 * split at anything but a letter or a digit) and the key of its number are indexed in shards by their
 * first two characters, as posting lists of document numbers (src/lib/search/shards.ts); the documents
 * are numbered in the order results are listed (summarised plans, then ghosts, each by id) and stored in
 * chunks of TREE_SEARCH_CHUNK. A query reads the shards of its words and the chunks of the results it
 * lists, never a list of every document (17.7 MB at 100,000 plans). A small tree is searched the same
 * way, from files made in the browser. Pure: no node:*, no DOM.
 */
import { numberKey } from "../identity.ts";
import { foldVietnamese } from "../vietnamese.ts";
import { decodePostings, encodePostings } from "../search/shards.ts";
import { OncePerKey } from "../once.ts";
import { nodeOfFound, type WireFound } from "./chunks.ts";
import type { LineageGraph, LineageNode } from "./types.ts";

/** Documents per chunk file. */
export const TREE_SEARCH_CHUNK = 64;

/** The name of the file that lists the shards. */
export const TREE_SEARCH_HEAD = "muc-luc";

/** Where a file of the search is, under /pha-he/: "tim/w-so.json". */
export const treeSearchFile = (name: string): string => `tim/${name}.json`;

/** What the first file says: the shards that exist and the chunk size. */
export interface TreeSearchHead {
  shards: string[];
  chunk: number;
}

/** Every file of the tree's search: the head, shards by name (JSON of term → postings), chunks by number. */
export interface TreeSearchFiles {
  head: TreeSearchHead;
  shards: Map<string, string>;
  chunks: WireFound[][];
}

/** How the search reads its files: a shard's JSON by name, a chunk by number. */
export interface TreeSearchLoader {
  shard(name: string): Promise<string>;
  chunk(n: number): Promise<WireFound[]>;
}

/** The words `text` is found by: folded, split at anything but a letter or a digit. */
export const wordsOf = (text: string): string[] =>
  foldVietnamese(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** The shard of a word ("w-" and its first two characters) or of a number key ("n-" …). */
const wordShard = (term: string) => `w-${term.slice(0, 2)}`;
const numberShard = (key: string) => `n-${key.slice(0, 2)}`;

/** The words of a document: number, its key, title, issuer, province (today's and old names), place, date. */
function documentWords(f: WireFound, provinces: LineageGraph["provinces"]): Set<string> {
  const node = nodeOfFound(f);
  const province = node.province ? provinces[node.province] : undefined;
  const texts = [
    node.number ?? "",
    node.number ? numberKey(node.number) : "",
    node.title,
    node.issuer,
    node.issuerShort,
    province?.name ?? "",
    ...(province?.oldNames ?? []),
    node.place ?? "",
    node.dateLabel,
  ];
  return new Set(texts.flatMap(wordsOf));
}

/** The order results are listed in: summarised plans, then ghosts, each by id. */
const listed = (a: WireFound, b: WireFound) => a[9] - b[9] || a[0].localeCompare(b[0]);

/** Builds the search files of the documents `found` (of splitTree, or of a whole graph). */
export function buildTreeSearch(found: readonly WireFound[], provinces: LineageGraph["provinces"]): TreeSearchFiles {
  const order = [...found].sort(listed);
  const postings = new Map<string, Map<string, number[]>>();
  const add = (shard: string, term: string, n: number) => {
    let terms = postings.get(shard);
    if (!terms) postings.set(shard, (terms = new Map()));
    const list = terms.get(term);
    if (list) list.push(n);
    else terms.set(term, [n]);
  };
  order.forEach((f, n) => {
    for (const w of documentWords(f, provinces)) add(wordShard(w), w, n);
    const key = f[2] ? numberKey(f[2]) : "";
    if (key) add(numberShard(key), key, n);
  });
  const shards = new Map<string, string>();
  for (const name of [...postings.keys()].sort()) {
    const terms = postings.get(name) ?? new Map<string, number[]>();
    const json: Record<string, string> = {};
    for (const term of [...terms.keys()].sort()) json[term] = encodePostings(terms.get(term) ?? []);
    shards.set(name, JSON.stringify(json));
  }
  const chunks: WireFound[][] = [];
  for (let i = 0; i < order.length; i += TREE_SEARCH_CHUNK) chunks.push(order.slice(i, i + TREE_SEARCH_CHUNK));
  return { head: { shards: [...shards.keys()], chunk: TREE_SEARCH_CHUNK }, shards, chunks };
}

/** A loader over files held in memory (a small tree's, made in the browser; tests). */
export function memoryLoader(files: TreeSearchFiles): TreeSearchLoader {
  return {
    shard: async (name) => files.shards.get(name) ?? "{}",
    chunk: async (n) => files.chunks[n] ?? [],
  };
}

/** The search over the files of a head: each shard and chunk read once (again after a failed read). */
export class TreeSearch {
  private readonly head: TreeSearchHead;
  private readonly names: Set<string>;
  private readonly shards: OncePerKey<string, Record<string, string>>;
  private readonly chunks: OncePerKey<number, WireFound[]>;

  constructor(head: TreeSearchHead, load: TreeSearchLoader) {
    this.head = head;
    this.names = new Set(head.shards);
    this.shards = new OncePerKey(async (name) => JSON.parse(await load.shard(name)) as Record<string, string>);
    this.chunks = new OncePerKey((n) => load.chunk(n));
  }

  private async shard(name: string): Promise<Record<string, string>> {
    return this.names.has(name) ? this.shards.get(name) : {};
  }

  /** The documents with a term that is `word` or, for a word of two or more characters, begins with it. */
  private async withWord(word: string): Promise<Set<number>> {
    const shard = await this.shard(wordShard(word));
    const out = new Set<number>();
    for (const [term, list] of Object.entries(shard))
      if (term === word || (word.length >= 2 && term.startsWith(word)))
        for (const n of decodePostings(list)) out.add(n);
    return out;
  }

  /**
   * Documents matching `query`, best first, at most `limit`: an exact number, then a number that begins
   * with the query, then the documents with every word of the query at the beginning of one of theirs;
   * summarised plans before ghosts, then by id. "son la", "Sơn La" and "SƠN LA" find the same
   * documents; "7-KH/DU" finds "07-KH/ĐU-CDSL"; "son la 2025" narrows to the year.
   */
  async search(query: string, limit = 8): Promise<LineageNode[]> {
    const words = [...new Set(wordsOf(query))];
    const key = numberKey(query);
    const score = new Map<number, number>();
    if (key.length >= 2) {
      for (const [term, list] of Object.entries(await this.shard(numberShard(key)))) {
        if (!term.startsWith(key)) continue;
        for (const n of decodePostings(list)) score.set(n, Math.min(score.get(n) ?? 2, term === key ? 0 : 1));
      }
    }
    if (words.length > 0) {
      const sets = await Promise.all(words.map((w) => this.withWord(w)));
      sets.sort((a, b) => a.size - b.size);
      for (const n of sets[0]) if (sets.every((s) => s.has(n)) && !score.has(n)) score.set(n, 2);
    }
    const best = [...score].sort((a, b) => a[1] - b[1] || a[0] - b[0]).slice(0, limit);
    const size = this.head.chunk;
    return Promise.all(
      best.map(async ([n]) => nodeOfFound((await this.chunks.get(Math.floor(n / size)))[n % size] as WireFound)),
    );
  }
}
