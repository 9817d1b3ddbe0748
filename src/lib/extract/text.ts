/**
 * Text preparation for extraction: the stored form of a source text, a folded copy that keeps every
 * offset (so a match in the folded text is a span of the source), page-number residue, and the
 * modern tone placement used in the project's own text.
 */
import { foldVietnamese } from "../vietnamese.ts";

/**
 * The form a source text is stored in: no byte-order mark, "\n" line breaks, Unicode NFC. Words,
 * spacing and page residue are kept as they are, so quotes stay verbatim.
 */
export function normalizeSource(raw: string): string {
  return raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC");
}

const foldCache = new Map<string, string>();
const keepCaseCache = new Map<string, string>();
/** `foldChar` by UTF-16 code unit, filled as characters are met (0: not yet; NUL folds to itself anyway). */
const FOLDED = new Uint16Array(65536);

const UTF16 = new TextDecoder("utf-16le");

/**
 * A string from UTF-16 code units, as many as given: a lone surrogate becomes U+FFFD, one unit for one,
 * so offsets still carry over (a TextDecoder copies the units some 40 times faster than
 * String.fromCharCode over chunks of them).
 */
function fromCodes(codes: Uint16Array): string {
  return UTF16.decode(codes);
}

/** One character folded to one character: whitespace → " ", letters without diacritics, lower case. */
function foldChar(ch: string): string {
  let f = foldCache.get(ch);
  if (f === undefined) {
    f = /\s/u.test(ch) ? " " : (foldVietnamese(ch)[0] ?? " ");
    foldCache.set(ch, f);
  }
  return f;
}

/** One character without diacritics, case kept ("Đ" → "D", "ở" → "o"). */
function stripChar(ch: string): string {
  let f = keepCaseCache.get(ch);
  if (f === undefined) {
    f = /\s/u.test(ch)
      ? " "
      : (ch
          .normalize("NFD")
          .replace(/[\u0300-\u036f]/g, "")
          .replace("đ", "d")
          .replace("Đ", "D")[0] ?? " ");
    keepCaseCache.set(ch, f);
  }
  return f;
}

/**
 * `text` folded for rules: no diacritics, "đ" → "d", lower case, each whitespace character → " ".
 * The result has the same length as `text` (NFC input), so offsets carry over unchanged.
 */
export function foldSameLength(text: string): string {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let f = FOLDED[code];
    if (f === 0) f = FOLDED[code] = foldChar(text[i]).charCodeAt(0);
    out[i] = f;
  }
  return fromCodes(out);
}

/** Like `foldSameLength` but keeps upper case, for proper names ("Sở Y tế" → "So Y te", not "số"). */
export function stripSameLength(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += stripChar(text[i]);
  return out;
}

/**
 * A rule pattern written in Vietnamese with diacritics, folded like `foldSameLength` and with each
 * space turned into `\s+`: `rx("mất cân bằng giới tính")` matches "mat  can bang\ngioi tinh".
 * Backslash escapes are copied as they are. Matches only whole words.
 */
export function rx(pattern: string, flags = "g"): RegExp {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\") {
      out += ch + (pattern[i + 1] ?? "");
      i++;
    } else if (ch === " ") out += "\\s+";
    else out += foldChar(ch);
  }
  return new RegExp(`(?<![a-z0-9])(?:${out})(?![a-z0-9])`, flags);
}

/** Lines that are page furniture, not text: "PAGE 3", "Trang 2/5", "- 4 -", a lone page number. */
const PAGE_RESIDUE =
  /^[ \t\f]*(?:PAGE[ \t]*\d*|Trang[ \t]+\d+(?:[ \t]*\/[ \t]*\d+)?|-[ \t]*\d{1,3}[ \t]*-|\d{1,3})[ \t\f]*$/gim;

/** Spans of page-number residue in `text`, in order. */
export function pageResidue(text: string): { start: number; end: number }[] {
  return [...text.matchAll(PAGE_RESIDUE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** `text` with page residue replaced by spaces of the same length (so offsets stay). */
export function blankResidue(text: string, residue: readonly { start: number; end: number }[]): string {
  let out = text;
  for (const r of residue) out = out.slice(0, r.start) + " ".repeat(r.end - r.start) + out.slice(r.end);
  return out;
}

/** Runs of whitespace, line breaks included, as one space; trimmed. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

const TONES = "\u0300\u0301\u0303\u0309\u0323";
/** "oa", "oe", "uy" ending a syllable, with the tone on the second vowel (old placement). */
const OLD_TONE = new RegExp(`(?<![qQ])([oOuU])([aAeEyY])([${TONES}])(?![\\p{L}\\p{M}])`, "gu");

/**
 * Moves tone marks to the modern position the project writes in: "hoá" → "hóa", "uỷ" → "ủy",
 * "khoẻ" → "khỏe". Syllables with a final consonant ("hoàng") and "qu" ("quý") are left alone.
 */
export function modernTonePlacement(text: string): string {
  return text
    .normalize("NFD")
    .replace(OLD_TONE, (_m, v1: string, v2: string, tone: string) => `${v1}${tone}${v2}`)
    .normalize("NFC");
}
