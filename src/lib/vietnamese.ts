/**
 * Vietnamese text: normal form, tone-placement-insensitive keys, and diacritic-free folding for search.
 * Pure functions, shared by build and browser.
 */

/** Combining marks that carry the tone (dấu thanh): grave, acute, tilde, hook above, dot below. */
const TONE_MARKS = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);
const COMBINING = /[\u0300-\u036f]/g;
const LETTER_OR_MARK = /[\p{L}\p{M}\p{N}]/u;

/** Typographic variants that word processors substitute, mapped to their plain forms. */
const TYPOGRAPHY: Record<string, string> = {
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u2018": "'",
  "\u2019": "'",
  "\u2013": "-",
  "\u2014": "-",
  "\u2026": "...",
  "\u00a0": " ",
};

/** True when `text` is already in Unicode NFC. */
export function isNfc(text: string): boolean {
  return text === text.normalize("NFC");
}

/** How one character contributes to a key: its letters and marks without the tone, and the tone. */
interface CharKey {
  space: boolean;
  letter: boolean;
  base: string;
  tone: string;
}

const charKeys = new Map<string, CharKey>();
/** `charKey` by UTF-16 code unit for characters of one unit, filled as they are met. */
const unitKeys = new Array<CharKey | undefined>(0x10000).fill(undefined);

function charKey(ch: string): CharKey {
  let k = charKeys.get(ch);
  if (!k) {
    const parts = (TYPOGRAPHY[ch] ?? ch).normalize("NFD");
    let base = "";
    let tone = "";
    for (const part of parts) {
      if (TONE_MARKS.has(part)) tone = part;
      else base += part;
    }
    k = { space: /\s/u.test(ch), letter: LETTER_OR_MARK.test(parts), base, tone };
    charKeys.set(ch, k);
  }
  return k;
}

/**
 * A key for comparing Vietnamese text regardless of tone placement ("hoá" = "hóa", "uỷ" = "ủy"),
 * Unicode form, typography and whitespace: each word's tone mark moves to the end of the word and
 * runs of whitespace become one space. `origin[i]` is the index in `text` of the character that key
 * character `i` came from, so a match in keys can be mapped back to the original.
 */
export function toneInsensitiveKey(text: string): { key: string; origin: number[] } {
  let key = "";
  const origin: number[] = [];
  let tone = "";
  let toneAt = -1;
  let pendingSpace = -1;
  for (let i = 0; i < text.length;) {
    const unit = text.charCodeAt(i);
    const cp = unit >= 0xd800 && unit < 0xdc00 ? (text.codePointAt(i) ?? unit) : unit;
    const size = cp > 0xffff ? 2 : 1;
    const k = size === 1 ? (unitKeys[unit] ??= charKey(text[i])) : charKey(String.fromCodePoint(cp));
    if (k.space || !k.letter) {
      // A word ends: its tone goes after its last letter.
      if (tone) {
        key += tone;
        origin.push(toneAt);
        tone = "";
      }
    }
    if (k.space) {
      if (pendingSpace < 0 && key.length > 0) pendingSpace = i;
      i += size;
      continue;
    }
    if (pendingSpace >= 0) {
      key += " ";
      origin.push(pendingSpace);
      pendingSpace = -1;
    }
    key += k.base;
    for (let j = 0; j < k.base.length; j++) origin.push(i);
    if (k.tone) {
      tone = k.tone;
      toneAt = i;
    }
    i += size;
  }
  if (tone) {
    key += tone;
    origin.push(toneAt);
  }
  return { key, origin };
}

/**
 * Folds text for search: no diacritics, "đ" → "d", lower case, single spaces.
 * "Đắk Lắk" → "dak lak", "Thừa Thiên Huế" → "thua thien hue".
 */
export function foldVietnamese(text: string): string {
  return text.normalize("NFD").replace(COMBINING, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/\s+/g, " ").trim();
}

/** A URL slug from Vietnamese text: "Hải Phòng" → "hai-phong". */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A letter or digit once folded; everything else separates search words. */
const SEARCH_WORD_CHAR = /[a-z0-9]/;

const searchChars = new Map<string, string>();

/** What one character becomes in search text: its folded letters and digits, or " " for a separator. */
function searchChar(ch: string): string {
  let out = searchChars.get(ch);
  if (out === undefined) {
    out = "";
    for (const c of ch.normalize("NFD").replace(COMBINING, "").replace(/[đĐ]/g, "d").toLowerCase())
      out += SEARCH_WORD_CHAR.test(c) ? c : " ";
    // A combining mark (text in NFD) belongs to the letter before it; anything else left empty separates.
    if (out.trim() === "") out = /^\p{M}+$/u.test(ch) ? "" : " ";
    searchChars.set(ch, out);
  }
  return out;
}

/**
 * THE folding of site search, at indexing and at query time alike: no diacritics (so both tone
 * placements, "hoà"/"hòa", "uỷ"/"ủy", are the same), "đ" → "d", lower case, and every run of
 * characters that are not letters or digits (spaces, line breaks, "-", "/", ".", quotes) becomes one
 * space. So "Số 07 - KH/ĐU-CDSL", "07-KH/ĐU-CDSL" and "07-\nKH/ĐU-CDSL" (a number broken after its
 * hyphen at the end of a line) all hold the words "07 kh du cdsl". `origin[i]` is the index in `text`
 * of the character that folded character `i` came from, so a match can be marked in the original.
 */
export function foldSearchWithOffsets(text: string): { text: string; origin: number[] } {
  const out: string[] = [];
  const origin: number[] = [];
  let space = false;
  for (let i = 0; i < text.length;) {
    const ch = charAt(text, i);
    for (const c of foldedChar(ch)) {
      if (c === " ") space = out.length > 0;
      else {
        if (space) {
          out.push(" ");
          origin.push(i);
          space = false;
        }
        out.push(c);
        origin.push(i);
      }
    }
    i += ch.length;
  }
  return { text: out.join(""), origin };
}

/** The character (one code point) at `i`. */
function charAt(text: string, i: number): string {
  const cp = text.codePointAt(i) ?? 0;
  return cp > 0xffff ? String.fromCodePoint(cp) : text[i];
}

/** searchChar, with ASCII (most of any Vietnamese text) worked out without a lookup. */
function foldedChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch.length > 1 || code >= 128) return searchChar(ch);
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return ch;
  return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : " ";
}

/**
 * `foldSearchWithOffsets(text).text`: "Đảng uỷ tỉnh Đắk Lắk" → "dang uy tinh dak lak". The same
 * folding without the offsets (and their arrays): the site-search index folds every quote with it.
 */
export function foldSearch(text: string): string {
  let out = "";
  let space = false;
  for (let i = 0; i < text.length;) {
    const ch = charAt(text, i);
    const folded = foldedChar(ch);
    // One character (nearly always) without an iterator: the loop alone is 1.2× slower on the sources.
    if (folded.length === 1) {
      if (folded === " ") space = out.length > 0;
      else {
        if (space) out += " ";
        space = false;
        out += folded;
      }
    } else
      for (const c of folded) {
        if (c === " ") space = out.length > 0;
        else {
          if (space) out += " ";
          space = false;
          out += c;
        }
      }
    i += ch.length;
  }
  return out;
}

/** The words of `text` for search: `foldSearch(text)` split at its spaces ("" gives none). */
export function searchWords(text: string): string[] {
  const folded = foldSearch(text);
  return folded ? folded.split(" ") : [];
}
