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

/**
 * A key for comparing Vietnamese text regardless of tone placement ("hoá" = "hóa", "uỷ" = "ủy"),
 * Unicode form, typography and whitespace. Each character of the key records the index of the
 * character of `text` it came from, so a match in keys can be mapped back to the original.
 */
export function toneInsensitiveKey(text: string): { key: string; origin: number[] } {
  let key = "";
  const origin: number[] = [];
  let tone: { mark: string; at: number } | undefined;
  let pendingSpace = -1;
  const flushTone = () => {
    if (tone) {
      key += tone.mark;
      origin.push(tone.at);
      tone = undefined;
    }
  };
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    const width = ch.length;
    if (/\s/u.test(ch)) {
      flushTone();
      if (pendingSpace < 0 && key.length > 0) pendingSpace = i;
      i += width;
      continue;
    }
    const parts = (TYPOGRAPHY[ch] ?? ch).normalize("NFD");
    if (pendingSpace >= 0) {
      key += " ";
      origin.push(pendingSpace);
      pendingSpace = -1;
    }
    if (!LETTER_OR_MARK.test(parts)) flushTone();
    for (const part of parts) {
      if (TONE_MARKS.has(part)) tone = { mark: part, at: i };
      else {
        key += part;
        origin.push(i);
      }
    }
    i += width;
  }
  flushTone();
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
