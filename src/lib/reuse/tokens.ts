/**
 * Text reuse, step 1: a source text as a sequence of folded words, each with its character span in the
 * text. Folding drops case, diacritics and tone marks wherever they sit ("hoà" = "hòa", NFC = NFD),
 * turns "đ" into "d", and ignores punctuation and line breaks; page furniture ("PAGE 3", "- 2 -", a
 * lone page number) is not text; a syllable cut by a hyphen at a line end ("ngà-\nnh") is one word.
 * Pure: shared by the data build and the tests.
 */
import { foldVietnamese } from "../vietnamese.ts";
import { blankResidue, pageResidue } from "../extract/text.ts";

/** The words of a text: folded forms and, for word `i`, the span `[start[i], end[i])` in the text. */
export interface Tokens {
  words: string[];
  start: number[];
  end: number[];
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** What lies between the two halves of a syllable hyphenated at a line end. */
const LINE_END_HYPHEN = /^[-\u00ad][ \t]*\r?\n[ \t]*$/;
/** One Vietnamese syllable, folded: consonants, one run of vowels, consonants. */
const ONE_SYLLABLE = /^[^aeiouy\d]*[aeiouy]+[^aeiouy\d]*$/;

const folded = new Map<string, string>();

/**
 * True when `tail`, after a hyphen at a line end, is the rest of the syllable `head` began: it starts
 * in lower case (or both are in capitals), and together they make one syllable ("ngà" + "nh").
 */
function continuesSyllable(head: string, tail: string): boolean {
  const caseFits = /^\p{Ll}/u.test(tail) || (head === head.toUpperCase() && tail === tail.toUpperCase());
  return caseFits && !/\d/.test(head + tail) && ONE_SYLLABLE.test(foldWord(head) + foldWord(tail));
}

const HYPHENATED = /([\p{L}\p{M}]+)[-\u00ad][ \t]*\r?\n[ \t]*([\p{L}\p{M}]+)/gu;

/** `text` with every syllable hyphenated at a line end joined again, as `tokenize` reads it. */
export function joinHyphenated(text: string): string {
  return text.replace(HYPHENATED, (all, head: string, tail: string) =>
    continuesSyllable(head, tail) ? head + tail : all,
  );
}

/** One word folded: "Đắk" → "dak", "HOÀ" → "hoa". */
export function foldWord(word: string): string {
  let f = folded.get(word);
  if (f === undefined) {
    f = foldVietnamese(word);
    if (folded.size > 200_000) folded.clear();
    folded.set(word, f);
  }
  return f;
}

/** The words of `text` (see the module comment). Offsets index `text` itself. */
export function tokenize(text: string): Tokens {
  const clean = blankResidue(text, pageResidue(text));
  const words: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  for (const m of clean.matchAll(WORD)) {
    const s = m.index;
    const e = s + m[0].length;
    const word = foldWord(m[0]);
    const last = words.length - 1;
    const after = last >= 0 ? clean.charCodeAt(end[last]) : 0;
    if (
      (after === 0x2d || after === 0xad) &&
      LINE_END_HYPHEN.test(clean.slice(end[last], s)) &&
      continuesSyllable(clean.slice(start[last], end[last]), m[0])
    ) {
      words[last] += word;
      end[last] = e;
      continue;
    }
    words.push(word);
    start.push(s);
    end.push(e);
  }
  return { words, start, end };
}

/** 1 for each word of `tokens` that lies wholly inside one of `spans` (character spans, any order). */
export function wordsInside(tokens: Tokens, spans: readonly { start: number; end: number }[]): Uint8Array {
  const inside = new Uint8Array(tokens.words.length);
  for (const s of spans) {
    let lo = 0;
    let hi = tokens.start.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens.start[mid] < s.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tokens.start.length && tokens.end[i] <= s.end; i++) inside[i] = 1;
  }
  return inside;
}
