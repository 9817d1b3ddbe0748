/**
 * Reading the bytes of a would-be source text: which encoding they are in, or why they are not a
 * plain text at all (a PDF, a Word file, an image, binary data…), in words an editor can act on.
 * Shared by `npm run new-plan`, the content check and the browser, so it uses only `TextDecoder`.
 */
import { refusal, type Refusal } from "./text-encoding-messages.ts";

export type { Refusal, RefusalKind } from "./text-encoding-messages.ts";

/**
 * The largest source accepted: 5 MB. The longest plan in the project is about 14 KB of text, so a
 * file this big is not one plan (several documents pasted together, a log, a database dump…).
 */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/** The encodings a source may come in; it is always stored as UTF-8. */
export type SourceEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1258";

/** Names of the encodings as an editor sees them in a text editor's "Save as" dialog. */
export const ENCODING_LABELS: Record<SourceEncoding, string> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16 LE",
  "utf-16be": "UTF-16 BE",
  "windows-1258": "Windows-1258",
};

/** A text that could be read. */
export interface DecodedText {
  ok: true;
  /** The text, without its byte-order mark; not yet normalised (see `normalizeSource`). */
  text: string;
  encoding: SourceEncoding;
  /** Whether the bytes started with a byte-order mark. */
  bom: boolean;
  /** True when the encoding was inferred from the bytes alone (UTF-16 without BOM, Windows-1258). */
  guessed: boolean;
}

/** The result of `decodeSourceText`. */
export type DecodedSource = DecodedText | Refusal;

/** The refusal for a file of `size` bytes, or null when the size is acceptable. */
export function sourceSizeRefusal(size: number): Refusal | null {
  return size > MAX_SOURCE_BYTES ? refusal("too-large", { size, limit: MAX_SOURCE_BYTES }) : null;
}

/**
 * Decodes the bytes of a source text. Accepts UTF-8 (with or without BOM), UTF-16 LE/BE with a BOM,
 * UTF-16 without BOM when its zero bytes say so, and Windows-1258 when the bytes are not UTF-8 and read
 * as Vietnamese in it. Refuses, naming what the file is: documents and images by their signature,
 * binary data (zero bytes, control characters), broken UTF-8/UTF-16, other legacy encodings, empty text.
 */
export function decodeSourceText(bytes: Uint8Array): DecodedSource {
  const tooLarge = sourceSizeRefusal(bytes.length);
  if (tooLarge) return tooLarge;
  const kind = documentKind(bytes);
  if (kind) return refusal(kind);

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return strict(bytes.subarray(3), "utf-8", true);
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff]))
    return refusal("utf-32");
  if (startsWith(bytes, [0xff, 0xfe])) return strict(bytes.subarray(2), "utf-16le", true);
  if (startsWith(bytes, [0xfe, 0xff])) return strict(bytes.subarray(2), "utf-16be", true);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return strict(bytes, utf16, false, true);

  const utf8 = tryDecode(bytes, "utf-8");
  if (utf8 !== null) return accept(utf8, "utf-8", false, false);
  const scan = scanUtf8(bytes);
  // Many well-formed multi-byte sequences and a few bad ones: a damaged UTF-8 file, not another encoding.
  if (scan.valid > scan.invalid) return refusal("broken-utf-8", { line: lineAt(bytes, scan.firstInvalid) });
  const legacy = new TextDecoder("windows-1258").decode(bytes);
  if (!looksLikeText(legacy)) return refusal("binary");
  if (!readsAsVietnamese(legacy)) return refusal("legacy-vietnamese");
  return accept(legacy, "windows-1258", false, true);
}

/** A file format recognised by its first bytes, or null for anything that may be text. */
function documentKind(bytes: Uint8Array): Refusal["kind"] | null {
  if (indexOfAscii(bytes, "%PDF-", 1024) >= 0) return "pdf";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // An Office Open XML or OpenDocument file is a ZIP archive; its part names say which.
    if (indexOfAscii(bytes, "application/vnd.oasis.opendocument", 200) >= 0) return "opendocument";
    if (indexOfAscii(bytes, "word/") >= 0) return "word";
    if (indexOfAscii(bytes, "xl/") >= 0 || indexOfAscii(bytes, "ppt/") >= 0) return "office";
    return "zip";
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "word-old";
  if (indexOfAscii(bytes, "{\\rtf", 8) >= 0) return "rtf";
  const images = [
    [0x89, 0x50, 0x4e, 0x47],
    [0xff, 0xd8, 0xff],
    [0x47, 0x49, 0x46, 0x38],
    [0x49, 0x49, 0x2a, 0x00],
  ];
  if (images.some((sig) => startsWith(bytes, sig))) return "image";
  return null;
}

/** UTF-16 without BOM: in Vietnamese text most characters are ASCII, so every other byte is zero. */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const pairs = Math.min(bytes.length, 65536) >> 1;
  if (pairs < 2 || bytes.length % 2 !== 0) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd >= pairs / 4 && zeroEven * 20 <= zeroOdd) return "utf-16le";
  if (zeroEven >= pairs / 4 && zeroOdd * 20 <= zeroEven) return "utf-16be";
  return null;
}

/** Decodes bytes that must be in `encoding` (a BOM or the zero-byte pattern said so). */
function strict(bytes: Uint8Array, encoding: SourceEncoding, bom: boolean, guessed = false): DecodedSource {
  const text = tryDecode(bytes, encoding);
  if (text !== null) return accept(text, encoding, bom, guessed);
  if (encoding === "utf-8") return refusal("broken-utf-8", { line: lineAt(bytes, scanUtf8(bytes).firstInvalid) });
  return guessed ? refusal("binary") : refusal("broken-utf-16");
}

function accept(text: string, encoding: SourceEncoding, bom: boolean, guessed: boolean): DecodedSource {
  if (!looksLikeText(text)) return refusal("binary");
  if (/^[\s\u200b-\u200d\u2060]*$/u.test(text)) return refusal("empty");
  return { ok: true, text, encoding, bom, guessed };
}

function tryDecode(bytes: Uint8Array, encoding: SourceEncoding): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** No zero character, and control characters other than tab, line and page breaks under 1 %. */
function looksLikeText(text: string): boolean {
  if (text.includes("\0")) return false;
  const controls = text.match(/[\x01-\x08\x0e-\x1f\x7f-\x9f]/g)?.length ?? 0;
  return controls * 100 <= text.length;
}

// What Vietnamese looks like in Windows-1258: the letters it has precomposed, the five tone marks as
// combining characters after a vowel, and typographic punctuation.
const CP1258_VIETNAMESE = new Set("ÀÁÂĂÈÉÊÍÓÔƠÙÚƯĐàáâăèéêíóôơùúưđ₫\u0300\u0301\u0303\u0309\u0323\u00a0…‘’“”•–—°§±×÷·");
const VIETNAMESE_ONLY = /[ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323]/;
const TONE_AFTER_NON_VOWEL = /(?:^|[^aăâeêioôơuưyAĂÂEÊIOÔƠUƯY])[\u0300\u0301\u0303\u0309\u0323]/;

function readsAsVietnamese(text: string): boolean {
  const nonAscii = [...text].filter((ch) => ch > "\x7f");
  const vietnamese = nonAscii.filter((ch) => CP1258_VIETNAMESE.has(ch)).length;
  return vietnamese >= nonAscii.length * 0.95 && VIETNAMESE_ONLY.test(text) && !TONE_AFTER_NON_VOWEL.test(text);
}

/** Counts well-formed and malformed UTF-8 multi-byte sequences, and where the first bad one starts. */
function scanUtf8(bytes: Uint8Array): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    let ok = length > 0 && i + length <= bytes.length && bytes[i + 1] >= low && bytes[i + 1] <= high;
    for (let k = 2; ok && k < length; k++) ok = bytes[i + k] >= 0x80 && bytes[i + k] <= 0xbf;
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid++;
      if (firstInvalid < 0) firstInvalid = i;
      i++;
    }
  }
  return { valid, invalid, firstInvalid };
}

/** The 1-based line of byte `offset`. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Where the ASCII string `needle` first occurs within the first `limit` bytes, or -1. */
function indexOfAscii(bytes: Uint8Array, needle: string, limit = bytes.length): number {
  const end = Math.min(limit, bytes.length) - needle.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}
