/**
 * "Tìm trong toàn văn": where a phrase occurs in a plan's source text, folded like site search
 * (`foldSearch`): without diacritics, d for đ, either tone placement, a number with or without spaces,
 * "Số" or a line-break hyphen. Pure: no node:*, no DOM.
 */
import { foldSearchWithOffsets } from "../vietnamese.ts";
import { buildQuery, phraseWords } from "./query.ts";
import { findMatches, type Match } from "./snippet.ts";

/** Matches listed at most: a one-letter query in a long text stops there. */
export const MAX_TEXT_MATCHES = 500;

/**
 * Where the words of `raw` occur in `text` in the order typed, each a whole word but the last, which
 * may begin a word ("sang loc so si" finds "sàng lọc sơ sinh"); and, when `raw` looks like a document
 * number, where that number occurs however it is spaced. In order, disjoint, at most MAX_TEXT_MATCHES.
 */
export function findInText(text: string, raw: string): Match[] {
  const words = phraseWords(raw);
  if (words.length === 0) return [];
  const { text: folded, origin } = foldSearchWithOffsets(text);
  const phrase = words.join(" ");
  const found: Match[] = [];
  for (
    let at = folded.indexOf(phrase);
    at >= 0 && found.length < MAX_TEXT_MATCHES;
    at = folded.indexOf(phrase, at + 1)
  ) {
    if (at > 0 && folded[at - 1] !== " ") continue;
    let end = at + phrase.length;
    while (end < folded.length && folded[end] !== " ") end++;
    const last = origin[end - 1];
    const cp = text.codePointAt(last) ?? 0;
    found.push({ start: origin[at], end: last + (cp > 0xffff ? 2 : 1) });
  }
  const number = buildQuery(raw)?.number;
  if (number) found.push(...findMatches(text, [number]));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Match[] = [];
  for (const m of found) if (out.length === 0 || m.start >= out[out.length - 1].end) out.push(m);
  return out.slice(0, MAX_TEXT_MATCHES);
}
