/**
 * Vietnamese typed in the old 8-bit fonts: TCVN3 (ABC, the ".VnTime" fonts) and VNI ("VNI-Times").
 * A Word or PDF file made with those fonts stores each letter as the Latin-1 character of its byte, so
 * the text reads "KÕ ho¹ch" (TCVN3) or "Keá hoaïch" (VNI) for "Kế hoạch". These tables are the two
 * published code charts; detection compares how many everyday Vietnamese words each reading gives.
 */

/** The old encodings this module converts from. */
export type LegacyEncoding = "tcvn3" | "vni";

/** How a conversion is named in the draft and in messages. */
export const LEGACY_LABELS: Record<LegacyEncoding, string> = {
  tcvn3: "TCVN3 (ABC, phông .VnTime) → Unicode",
  vni: "VNI (phông VNI-Times) → Unicode",
};

// TCVN3: one byte a letter; the upper-case letters with a tone have no code of their own (the
// ".VnTimeH" fonts draw the lower-case codes as capitals).
// prettier-ignore
const TCVN3_CHART: Record<number, string> = {
  0xa1: "Ă", 0xa2: "Â", 0xa3: "Ê", 0xa4: "Ô", 0xa5: "Ơ", 0xa6: "Ư", 0xa7: "Đ",
  0xa8: "ă", 0xa9: "â", 0xaa: "ê", 0xab: "ô", 0xac: "ơ", 0xad: "ư", 0xae: "đ",
  0xb5: "à", 0xb6: "ả", 0xb7: "ã", 0xb8: "á", 0xb9: "ạ",
  0xbb: "ằ", 0xbc: "ẳ", 0xbd: "ẵ", 0xbe: "ắ", 0xc6: "ặ",
  0xc7: "ầ", 0xc8: "ẩ", 0xc9: "ẫ", 0xca: "ấ", 0xcb: "ậ",
  0xcc: "è", 0xce: "ẻ", 0xcf: "ẽ", 0xd0: "é", 0xd1: "ẹ",
  0xd2: "ề", 0xd3: "ể", 0xd4: "ễ", 0xd5: "ế", 0xd6: "ệ",
  0xd7: "ì", 0xd8: "ỉ", 0xdc: "ĩ", 0xdd: "í", 0xde: "ị",
  0xdf: "ò", 0xe1: "ỏ", 0xe2: "õ", 0xe3: "ó", 0xe4: "ọ",
  0xe5: "ồ", 0xe6: "ổ", 0xe7: "ỗ", 0xe8: "ố", 0xe9: "ộ",
  0xea: "ờ", 0xeb: "ở", 0xec: "ỡ", 0xed: "ớ", 0xee: "ợ",
  0xef: "ù", 0xf1: "ủ", 0xf2: "ũ", 0xf3: "ú", 0xf4: "ụ",
  0xf5: "ừ", 0xf6: "ử", 0xf7: "ữ", 0xf8: "ứ", 0xf9: "ự",
  0xfa: "ỳ", 0xfb: "ỷ", 0xfc: "ỹ", 0xfd: "ý", 0xfe: "ỵ",
};
const TCVN3 = new Map(Object.entries(TCVN3_CHART).map(([code, ch]) => [String.fromCharCode(Number(code)), ch]));

const LEGACY_CHAR = /[\u00a1-\u00ff]/;
/** A word of TCVN3 text: its codes include symbols ("¹", "µ", "§"), so anything but space and punctuation. */
const WORD = /[^\s.,;:!?()"'/\-]+/g;
const plainOf = (word: string) => word.replace(/[^A-Za-z]/g, "");

/**
 * TCVN3 text (as Latin-1 characters) in Unicode. Capitals with a tone have no code: a ".VnTimeH" font
 * draws the lower-case codes as capitals. So with `capitals` (the font is known to be one), or when a
 * word of the line with a TCVN3 code has only capital plain letters ("HO¹CH"), the capitals-font words
 * of the line are upper-cased ("KÕ HO¹CH" → "KẾ HOẠCH", but "Sè: 12/KH" → "Số: 12/KH").
 */
export function fromTcvn3(text: string, capitals?: boolean): string {
  return text
    .split("\n")
    .map((line) => {
      const converted = [...line].map((ch) => TCVN3.get(ch) ?? ch).join("");
      if (capitals === true) return converted.toUpperCase();
      const words = line.match(WORD) ?? [];
      const capsFont =
        capitals === undefined &&
        words.some((w) => LEGACY_CHAR.test(w) && plainOf(w).length >= 2 && plainOf(w) === plainOf(w).toUpperCase());
      if (!capsFont) return converted;
      return converted.replace(WORD, (word, at: number) => {
        const plain = plainOf(line.slice(at, at + word.length));
        return plain.length > 0 && plain === plain.toUpperCase() ? word.toUpperCase() : word;
      });
    })
    .join("\n");
}

// VNI: a vowel followed by a mark character. With a, e, o the marks â á à å ã ä also add the
// circumflex; with a, the marks ê é è ú ü ë add the breve.
const CIRCUMFLEX: Record<string, string> = { â: "", á: "\u0301", à: "\u0300", å: "\u0309", ã: "\u0303", ä: "\u0323" };
const BREVE: Record<string, string> = { ê: "", é: "\u0301", è: "\u0300", ú: "\u0309", ü: "\u0303", ë: "\u0323" };
const TONE: Record<string, string> = { ø: "\u0300", ù: "\u0301", û: "\u0309", õ: "\u0303", ï: "\u0323" };
const SINGLE: Record<string, string> = {
  ô: "ơ",
  ö: "ư",
  ñ: "đ",
  ì: "ì",
  í: "í",
  æ: "ỉ",
  ó: "ĩ",
  ò: "ị",
};

const lower = (map: Record<string, string>) => Object.keys(map).join("");
const upperKeys = (map: Record<string, string>) => lower(map).toUpperCase();
const VNI_PAIR = new RegExp(
  `([aeiouyAEIOUYôöÔÖ])([${lower(CIRCUMFLEX)}${lower(BREVE)}${lower(TONE)}${upperKeys(CIRCUMFLEX)}${upperKeys(BREVE)}${upperKeys(TONE)}])`,
  "g",
);
const VNI_SINGLE = new RegExp(`[${lower(SINGLE)}${upperKeys(SINGLE)}]`, "g");

function singleVni(ch: string): string {
  const l = ch.toLowerCase();
  const out = SINGLE[l] ?? ch;
  return ch === l ? out : out.toUpperCase();
}

/** VNI text (as Latin-1 characters) in Unicode. */
export function fromVni(text: string): string {
  const pairs = text.replace(VNI_PAIR, (whole, vowel: string, mark: string) => {
    const m = mark.toLowerCase();
    const base = singleVni(vowel);
    const v = base.toLowerCase();
    if (m in CIRCUMFLEX && "aeo".includes(v)) return `${base}\u0302${CIRCUMFLEX[m]}`;
    if (m in BREVE && v === "a") return `${base}\u0306${BREVE[m]}`;
    if (m in TONE) return `${base}${TONE[m]}`;
    return whole;
  });
  return pairs.replace(VNI_SINGLE, singleVni).normalize("NFC");
}

// Everyday words of administrative Vietnamese: a text in Unicode is full of them, a legacy text read
// as Latin-1 has almost none.
const COMMON = new Set(
  (
    "của và các có được trong những người này với cho không đến theo thực hiện kế hoạch dân số " +
    "ngày tháng năm công tác tỉnh huyện xã phường về là một để trên từ đã sự việc tại tổ chức cơ quan " +
    "chỉ đạo nhân dân quản lý phát triển chất lượng nâng cao tuyên truyền đảng ủy ban thường vụ số"
  ).split(" "),
);

/** How many words of `text` are everyday Vietnamese words. */
function commonWords(text: string): number {
  let n = 0;
  for (const w of text
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{M}]+/u))
    if (COMMON.has(w)) n++;
  return n;
}

/** What `detectLegacy` found. */
export interface LegacyReading {
  encoding: LegacyEncoding;
  /** The text in Unicode (NFC). */
  text: string;
}

/**
 * The reading of `text` in TCVN3 or VNI when it makes clearly more everyday Vietnamese words than the
 * text as it is (at least 3, and twice as many); null when the text is already Unicode Vietnamese.
 */
export function detectLegacy(text: string): LegacyReading | null {
  if (!/[\u00a1-\u00ff]/.test(text)) return null;
  const asIs = commonWords(text);
  const readings = (["tcvn3", "vni"] as const).map((encoding) => {
    const converted = (encoding === "tcvn3" ? fromTcvn3(text) : fromVni(text)).normalize("NFC");
    return { encoding, text: converted, score: commonWords(converted) };
  });
  const best = readings.sort((a, b) => b.score - a.score)[0];
  if (best.score < 3 || best.score < asIs * 2 + 1) return null;
  return { encoding: best.encoding, text: best.text };
}

/**
 * `text` with every line or run in a legacy encoding converted: documents often mix paragraphs typed
 * in .VnTime with paragraphs in Unicode. Returns the text and the encodings that were converted.
 */
export function convertLegacyLines(text: string): { text: string; converted: LegacyEncoding[] } {
  // The document's encoding, judged on the lines that may be legacy: Unicode lines would drown them.
  const whole = detectLegacy(text.split("\n").filter(mayBeLegacy).join("\n"));
  const found = new Set<LegacyEncoding>();
  const lines = text.split("\n").map((line) => {
    const reading = detectLegacy(line) ?? (whole && mayBeLegacy(line) ? legacyLine(line, whole) : null);
    if (!reading) return line;
    found.add(reading.encoding);
    return reading.text;
  });
  return { text: lines.join("\n"), converted: [...found].sort() };
}

/**
 * A line that may be in the document's legacy encoding: it has Latin-1 letters and no character beyond
 * Latin-1 (Unicode Vietnamese nearly always has one: đ, ơ, ư, ạ, ế…).
 */
export function mayBeLegacy(line: string): boolean {
  return LEGACY_CHAR.test(line) && !/[\u0100-\uffff]/.test(line);
}

/** A short line of a legacy document (too short to detect on its own) read in the document's encoding. */
export function legacyLine(line: string, whole: Pick<LegacyReading, "encoding">): LegacyReading | null {
  const text = (whole.encoding === "tcvn3" ? fromTcvn3(line) : fromVni(line)).normalize("NFC");
  return text === line ? null : { encoding: whole.encoding, text };
}
