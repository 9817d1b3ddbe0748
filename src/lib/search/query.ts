/**
 * Query building for site search: the words of what the reader typed, folded by `foldSearch` (the
 * same folding as the index), and the key of a document number when the query looks like one.
 */
import { searchWords } from "../vietnamese.ts";

/** Characters of a query read at most: a pasted page is cut, not an error. */
export const MAX_QUERY_CHARS = 200;
/** Words of a query used at most. */
export const MAX_QUERY_WORDS = 8;

/** A query ready for the index. */
export interface SearchQuery {
  /** Folded words, each once, in the order typed. */
  words: string[];
  /** The number key ("341khtu") when the query has digits and letters, else null. */
  number: string | null;
}

const HAS_DIGIT = /[0-9]/;
const HAS_LETTER = /[a-z]/;

/** "07" → "7": numbers are printed with and without leading zeros. */
export const stripZeros = (word: string): string => word.replace(/^0+(?=[0-9])/, "");

/** Words without a "Số" that only introduces a number ("Số 07 - KH/ĐU" → "07 kh du"). */
function dropNumberWord(words: string[]): string[] {
  return words.filter((w, i) => !(w === "so" && HAS_DIGIT.test(words[i + 1]?.[0] ?? "")));
}

/**
 * The key a document number is found by, whatever its spacing and punctuation: "Số 07 - KH/ĐU-CDSL",
 * "07-KH/ĐU-CDSL" and "7KH/DU-CDSL" all give "7khducdsl". "" when `text` has no word.
 */
export function numberToken(text: string): string {
  return stripZeros(dropNumberWord(searchWords(text)).join(""));
}

/** The terms the index stores for the text of one field: its words, numbers also without zeros. */
export function indexTerms(text: string, numberField = false): string[] {
  const words = searchWords(text);
  const out = [...words];
  for (const w of words) if (w.length > 1 && w.startsWith("0")) out.push(stripZeros(w));
  if (numberField && text) out.push(numberToken(text));
  return out;
}

/** The words of what was typed, in order and repeated as typed, without a "Số" before a number. */
export function phraseWords(raw: string): string[] {
  return dropNumberWord(searchWords(raw.slice(0, MAX_QUERY_CHARS)));
}

/**
 * Builds the query of what was typed, or null when nothing searchable is left (empty, only
 * punctuation or spaces). Input longer than MAX_QUERY_CHARS is cut there, words beyond
 * MAX_QUERY_WORDS dropped: an absurd query finds little, it never fails.
 */
export function buildQuery(raw: string): SearchQuery | null {
  const words = [...new Set(dropNumberWord(searchWords(raw.slice(0, MAX_QUERY_CHARS))))].slice(0, MAX_QUERY_WORDS);
  if (words.length === 0) return null;
  const joined = stripZeros(words.join(""));
  const number = HAS_DIGIT.test(joined) && HAS_LETTER.test(joined) ? joined : null;
  return { words, number };
}
