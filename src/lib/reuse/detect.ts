/**
 * Text reuse, step 2: the passages of at least MIN_WORDS words that two or more documents share.
 *
 * No pair of texts is compared. Every run of MIN_WORDS folded words (a shingle) is hashed; sorting the
 * hashes of all documents gives each shingle's document frequency, and only shingles found in two or
 * more documents are looked at again. In a document, consecutive shared shingles belong to one passage
 * while exactly the same documents carry both (the shingle of MIN_WORDS + 1 words spanning them has the
 * same frequency as each): so a passage ends where some document stops copying, and the same passage
 * gets the same boundaries in every document that carries it. A passage that only bridges two others
 * (the join of two copied paragraphs) is dropped. Passages that follow each other with at most MAX_GAP
 * words between them in every document that has them (or in all but MAX_GAP of them, when they occur
 * in ten times as many) are one passage with a word or two changed, and are joined. Linear in the total number of words, apart from the sort.
 * Pure: the data build runs it over every source text; the tests over small made-up texts.
 */
import { citationSpans } from "./citations.ts";
import { joinHyphenated, tokenize, wordsInside } from "./tokens.ts";
import { ownSections, type OwnSection } from "./sections.ts";
import { blankResidue, pageResidue } from "../extract/text.ts";

/** The shortest passage that counts as shared wording. */
export const MIN_WORDS = 8;
/** Words that may differ inside a shared passage, and documents that may lack a piece of it. */
export const MAX_GAP = 2;

/** Where a passage occurs: document index, words `[wordStart, wordEnd)`, characters `[start, end)`. */
export interface Occurrence {
  doc: number;
  wordStart: number;
  wordEnd: number;
  start: number;
  end: number;
}

/** A passage shared by two or more documents. */
export interface SharedPassage {
  /** Stable id from the passage's folded words: the same wording keeps its id as plans are added. */
  id: string;
  /** The passage as the earliest document writes it, on one line. */
  text: string;
  /** Words of the passage in the earliest document. */
  words: number;
  /** Indices of the documents that carry it, ascending (the first is the earliest). */
  docs: number[];
  occurrences: Occurrence[];
  /** True when the passage is mostly the full name of a cited document: a citation, not substance. */
  citation: boolean;
}

/** How much of one document is shared wording. */
export interface DocumentReuse {
  words: number;
  /** Words inside passages of substance it shares, citation names excluded. */
  sharedWords: number;
  /** Words inside the full names of cited documents. */
  citationWords: number;
  /** sharedWords / words (0 when the text has no words). */
  share: number;
  /** Passages of substance it carries (each counted once). */
  passages: number;
  /** Its sections, most own words first (a plan page's "where its own wording is"). */
  sections: OwnSection[];
}

export interface ReuseResult {
  passages: SharedPassage[];
  documents: DocumentReuse[];
}

const HI = 2 ** 21;

/** Hash of the MIN_WORDS word ids from `p`: 53 bits from two 32-bit hashes, exact in a double. */
function shingleKey(ids: Int32Array, p: number): number {
  let a = 0x811c9dc5 | 0;
  let b = 0x9747b28c | 0;
  for (let j = 0; j < MIN_WORDS; j++) {
    const x = ids[p + j];
    a = Math.imul(a ^ x, 0x01000193);
    b = Math.imul(b ^ (x + Math.imul(j + 1, 0x9e3779b9)), 0x85ebca6b);
    b ^= b >>> 15;
  }
  return (a >>> 0) * HI + ((b >>> 0) & (HI - 1));
}

/** Hash of two consecutive shingles, i.e. of MIN_WORDS + 1 words. */
function pairKey(k1: number, k2: number): number {
  const parts = [Math.floor(k1 / HI), k1 % HI, Math.floor(k2 / HI), k2 % HI];
  let a = 0x2545f491 | 0;
  let b = 0x68e31da4 | 0;
  for (let i = 0; i < 4; i++) {
    a = Math.imul(a ^ parts[i], 0x01000193);
    b = Math.imul(b ^ parts[i], 0x85ebca6b);
    b ^= b >>> 13;
  }
  return (a >>> 0) * HI + ((b >>> 0) & (HI - 1));
}

/** For every key found in two or more of the lists: in how many. Sort-based, one pass. */
function documentFrequencies(lists: readonly Float64Array[]): Map<number, number> {
  const unique: Float64Array[] = [];
  let total = 0;
  for (const keys of lists) {
    const sorted = keys.slice().sort();
    let n = 0;
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i];
    unique.push(sorted.subarray(0, n));
    total += n;
  }
  const all = new Float64Array(total);
  let at = 0;
  for (const u of unique) {
    all.set(u, at);
    at += u.length;
  }
  all.sort();
  const df = new Map<number, number>();
  for (let i = 0; i < total;) {
    let j = i + 1;
    while (j < total && all[j] === all[i]) j++;
    if (j - i >= 2) df.set(all[i], j - i);
    i = j;
  }
  return df;
}

/** A run of consecutive shared shingles in one document (an "atom"), in word positions. */
interface AtomHit {
  atom: number;
  ws: number;
  we: number;
}

class UnionFind {
  private parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** A short stable id of a word sequence: 10 hex digits. */
function passageId(words: readonly string[]): string {
  let a = 0x811c9dc5 | 0;
  let b = 0x1b873593 | 0;
  const s = words.join(" ");
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(16).padStart(8, "0") + ((b >>> 0) & 0xff).toString(16).padStart(2, "0");
}

/**
 * The shared passages of `texts` (documents, earliest first: a passage's text is taken from the
 * earliest document that carries it) and each document's shared share.
 */
export function findSharedPassages(texts: readonly string[]): ReuseResult {
  const tokens = texts.map(tokenize);
  const vocabulary = new Map<string, number>();
  const ids = tokens.map((t) => {
    const out = new Int32Array(t.words.length);
    t.words.forEach((w, i) => {
      let id = vocabulary.get(w);
      if (id === undefined) vocabulary.set(w, (id = vocabulary.size + 1));
      out[i] = id;
    });
    return out;
  });
  const keys = ids.map((w) => {
    const n = Math.max(0, w.length - MIN_WORDS + 1);
    const out = new Float64Array(n);
    for (let p = 0; p < n; p++) out[p] = shingleKey(w, p);
    return out;
  });
  const df8 = documentFrequencies(keys);
  // Per position: the shingle's document frequency (0 when only this document has it) and, where it
  // and the next are both shared, the key of the MIN_WORDS + 1 words they span (NaN elsewhere).
  const freq = keys.map((k) => Int32Array.from(k, (key) => df8.get(key) ?? 0));
  const pairs = keys.map((k, d) => {
    const out = new Float64Array(Math.max(0, k.length - 1)).fill(NaN);
    for (let p = 0; p + 1 < k.length; p++) if (freq[d][p] && freq[d][p + 1]) out[p] = pairKey(k[p], k[p + 1]);
    return out;
  });
  const df9 = documentFrequencies(pairs.map((ps) => ps.filter((x) => !Number.isNaN(x))));

  // Atoms: maximal runs of shingles that exactly the same documents carry.
  const atomIndex = new Map<string, number>();
  const atomDf: number[] = [];
  const hits: AtomHit[][] = keys.map((k, doc) => {
    const f = freq[doc];
    const pk = pairs[doc];
    const out: AtomHit[] = [];
    for (let p = 0; p < k.length;) {
      const d = f[p];
      if (d === 0) {
        p++;
        continue;
      }
      let q = p;
      while (q + 1 < k.length && f[q + 1] === d && df9.get(pk[q]) === d) q++;
      const name = `${k[p]}/${q - p}`;
      let atom = atomIndex.get(name);
      if (atom === undefined) {
        atom = atomDf.length;
        atomIndex.set(name, atom);
        atomDf.push(d);
      }
      out.push({ atom, ws: p, we: q + MIN_WORDS });
      p = q + 1;
    }
    return out;
  });

  // An atom that, wherever it occurs, only bridges atoms carried by more documents is dropped: for
  // each word, the two largest frequencies of the atoms covering it tell whether another, stronger
  // atom covers it too.
  const needed = new Uint8Array(atomDf.length);
  hits.forEach((doc, d) => {
    const n = ids[d].length;
    const top = new Float64Array(n);
    const topAtom = new Int32Array(n).fill(-1);
    const second = new Float64Array(n);
    for (const x of doc)
      for (let w = x.ws; w < x.we; w++) {
        const f = atomDf[x.atom];
        if (f > top[w]) {
          if (topAtom[w] !== x.atom) second[w] = top[w];
          top[w] = f;
          topAtom[w] = x.atom;
        } else if (f > second[w] && topAtom[w] !== x.atom) second[w] = f;
      }
    for (const x of doc) {
      if (needed[x.atom]) continue;
      const f = atomDf[x.atom];
      for (let w = x.ws; w < x.we; w++)
        if ((topAtom[w] === x.atom ? second[w] : top[w]) <= f) {
          needed[x.atom] = 1;
          break;
        }
    }
  });
  const kept = hits.map((doc) => doc.filter((x) => needed[x.atom]));

  // Atoms that follow each other closely in (nearly) every document carrying them are one passage.
  const groups = new UnionFind();
  for (let i = 0; i < atomDf.length; i++) groups.add();
  const adjacent = new Map<string, number>();
  for (const doc of kept) {
    const seen = new Set<string>();
    for (let i = 0; i + 1 < doc.length; i++) {
      const [x, y] = [doc[i], doc[i + 1]];
      if (y.ws - x.we > MAX_GAP || x.atom === y.atom) continue;
      const pair = `${x.atom},${y.atom}`;
      if (!seen.has(pair)) adjacent.set(pair, (adjacent.get(pair) ?? 0) + 1);
      seen.add(pair);
    }
  }
  for (const [pair, together] of adjacent) {
    const [x, y] = pair.split(",").map(Number);
    // Documents that have one of the two without the other right after it.
    const apart = atomDf[x] + atomDf[y] - 2 * together;
    if (apart === 0 || (apart <= MAX_GAP && apart * 10 <= Math.min(atomDf[x], atomDf[y]))) groups.union(x, y);
  }

  // Occurrences of each passage: a document's hits of one group, joined across small gaps.
  const byGroup = new Map<number, Occurrence[]>();
  kept.forEach((doc, d) => {
    const mine = new Map<number, AtomHit[]>();
    for (const x of doc) {
      const g = groups.find(x.atom);
      const list = mine.get(g) ?? [];
      list.push(x);
      mine.set(g, list);
    }
    for (const [g, list] of mine) {
      list.sort((a, b) => a.ws - b.ws);
      const occ = byGroup.get(g) ?? [];
      let cur: { ws: number; we: number } | undefined;
      const flush = () => {
        if (cur)
          occ.push({
            doc: d,
            wordStart: cur.ws,
            wordEnd: cur.we,
            start: tokens[d].start[cur.ws],
            end: tokens[d].end[cur.we - 1],
          });
      };
      for (const x of list) {
        if (cur && x.ws - cur.we <= MAX_GAP) cur.we = Math.max(cur.we, x.we);
        else {
          flush();
          cur = { ws: x.ws, we: x.we };
        }
      }
      flush();
      byGroup.set(g, occ);
    }
  });

  const citationWords = texts.map((text, d) => wordsInside(tokens[d], citationSpans(text)));
  // A passage's text without page furniture ("PAGE 3" between its lines), same offsets.
  const cleaned = new Map<number, string>();
  const cleanText = (d: number) => {
    let t = cleaned.get(d);
    if (t === undefined) cleaned.set(d, (t = blankResidue(texts[d], pageResidue(texts[d]))));
    return t;
  };
  const usedIds = new Set<string>();
  const passages: SharedPassage[] = [];
  for (const occurrences of byGroup.values()) {
    const docs = [...new Set(occurrences.map((o) => o.doc))].sort((a, b) => a - b);
    if (docs.length < 2) continue;
    occurrences.sort((a, b) => a.doc - b.doc || a.start - b.start);
    const first = occurrences[0];
    const words = tokens[first.doc].words.slice(first.wordStart, first.wordEnd);
    const base = passageId(words);
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    // A citation when, in at least half of its occurrences, at least half of it is a cited name.
    let citedOccurrences = 0;
    for (const o of occurrences) {
      let cited = 0;
      for (let i = o.wordStart; i < o.wordEnd; i++) cited += citationWords[o.doc][i];
      if (cited * 2 >= o.wordEnd - o.wordStart) citedOccurrences++;
    }
    passages.push({
      id,
      text: joinHyphenated(cleanText(first.doc).slice(first.start, first.end)).replace(/\s+/g, " ").trim(),
      words: words.length,
      docs,
      occurrences,
      citation: citedOccurrences * 2 >= occurrences.length,
    });
  }
  passages.sort((a, b) => a.docs[0] - b.docs[0] || a.occurrences[0].start - b.occurrences[0].start);

  const shared = tokens.map((t) => new Uint8Array(t.words.length));
  const carried = new Uint32Array(texts.length);
  for (const p of passages)
    if (!p.citation) {
      for (const o of p.occurrences) shared[o.doc].fill(1, o.wordStart, o.wordEnd);
      for (const d of p.docs) carried[d]++;
    }
  const documents = tokens.map((t, d): DocumentReuse => {
    let sharedWords = 0;
    let cited = 0;
    for (let i = 0; i < t.words.length; i++) {
      cited += citationWords[d][i];
      if (shared[d][i] && !citationWords[d][i]) sharedWords++;
    }
    const words = t.words.length;
    return {
      words,
      sharedWords,
      citationWords: cited,
      share: words > 0 ? sharedWords / words : 0,
      passages: carried[d],
      sections: ownSections(texts[d], t, (i) => !citationWords[d][i] && !shared[d][i]),
    };
  });
  return { passages, documents };
}
