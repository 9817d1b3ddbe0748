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
  const out: string[] = [];
  const origin: number[] = [];
  let tone = "";
  let toneAt = -1;
  let pendingSpace = -1;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) ?? 0;
    const ch = cp > 0xffff ? String.fromCodePoint(cp) : text[i];
    const k = charKey(ch);
    if (k.space || !k.letter) {
      // A word ends: its tone goes after its last letter.
      if (tone) {
        out.push(tone);
        origin.push(toneAt);
        tone = "";
      }
    }
    if (k.space) {
      if (pendingSpace < 0 && out.length > 0) pendingSpace = i;
      i += ch.length;
      continue;
    }
    if (pendingSpace >= 0) {
      out.push(" ");
      origin.push(pendingSpace);
      pendingSpace = -1;
    }
    for (let j = 0; j < k.base.length; j++) {
      out.push(k.base[j]);
      origin.push(i);
    }
    if (k.tone) {
      tone = k.tone;
      toneAt = i;
    }
    i += ch.length;
  }
  if (tone) {
    out.push(tone);
    origin.push(toneAt);
  }
  return { key: out.join(""), origin };
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
