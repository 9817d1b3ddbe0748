/**
 * Marking what matched: the words of a text whose folded form (`foldSearch`) is one of the query's
 * words, cut to a snippet around the first match. Used by the site-search results and by the plan
 * page's "tìm trong toàn văn". Pure: no node:*, no DOM; the browser renders the segments as text.
 */
import { foldSearchWithOffsets } from "../vietnamese.ts";
import { stripZeros } from "./query.ts";

/** A piece of text, marked when it matched. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** A match in the original text: [start, end) indices. */
export interface Match {
  start: number;
  end: number;
}

/** Words of folded text with where each starts and ends in the folded string. */
function foldedWords(folded: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  const re = /[a-z0-9]+/g;
  for (let m = re.exec(folded); m; m = re.exec(folded)) out.push({ word: m[0], start: m.index, end: re.lastIndex });
  return out;
}

/** Index in the original text just after the character folded character `i` came from. */
function originEnd(text: string, origin: number[], i: number): number {
  const at = origin[i];
  const cp = text.codePointAt(at) ?? 0;
  return at + (cp > 0xffff ? 2 : 1);
}

/**
 * Where `terms` occur in `text`: a word matches a term that it equals or, with `prefix`, starts with
 * ("07" equals "7": leading zeros do not count). Several words in a row match a term written without
 * spaces, as a document number typed "341KH/TU" matches "341-KH/TU". Matches are in order and disjoint.
 */
export function findMatches(text: string, terms: readonly string[], prefix = false): Match[] {
  const wanted = [...new Set(terms.filter(Boolean).map(stripZeros))];
  if (wanted.length === 0) return [];
  const { text: folded, origin } = foldSearchWithOffsets(text);
  const words = foldedWords(folded);
  const hits = (w: string, t: string) => w === t || (prefix && w.startsWith(t));
  const out: Match[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = stripZeros(words[i].word);
    let last = -1;
    if (wanted.some((t) => hits(w, t))) last = i;
    else {
      // A term that spans several words: the words joined must spell it out.
      let joined = w;
      for (let j = i + 1; j < words.length && j < i + 8; j++) {
        const rest = wanted.filter((t) => t.startsWith(joined));
        if (rest.length === 0) break;
        joined += words[j].word;
        if (rest.some((t) => hits(joined, t))) {
          last = j;
          break;
        }
      }
    }
    if (last < 0) continue;
    out.push({ start: origin[words[i].start], end: originEnd(text, origin, words[last].end - 1) });
    i = last;
  }
  return out;
}

/** `text` cut into segments, the `matches` marked. */
export function segmentsOf(text: string, matches: readonly Match[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of matches) {
    if (m.start > at) out.push({ text: text.slice(at, m.start), mark: false });
    out.push({ text: text.slice(m.start, m.end), mark: true });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/**
 * A snippet of `text` of about `size` characters around its first match, with every match marked and
 * "…" where it was cut; the start of the text when nothing matches. Line breaks become spaces.
 */
export function snippet(text: string, terms: readonly string[], size = 160, prefix = false): Segment[] {
  const flat = text.replace(/\s+/g, " ").trim();
  const matches = findMatches(flat, terms, prefix);
  const first = matches[0]?.start ?? 0;
  let start = first > size / 3 ? flat.lastIndexOf(" ", first - Math.floor(size / 3)) + 1 : 0;
  if (start < 0) start = 0;
  let end = Math.min(flat.length, start + size);
  if (end < flat.length) {
    const space = flat.lastIndexOf(" ", end);
    if (space > first) end = space;
  }
  const inside = matches
    .filter((m) => m.start >= start && m.end <= end)
    .map((m) => ({ start: m.start - start, end: m.end - start }));
  const out = segmentsOf(flat.slice(start, end), inside);
  if (start > 0) out.unshift({ text: "…", mark: false });
  if (end < flat.length) out.push({ text: "…", mark: false });
  return out;
}
