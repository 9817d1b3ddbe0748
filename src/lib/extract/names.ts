/**
 * Names of bodies and people as plans print them: capitals turned into normal case, abbreviations
 * expanded or applied, the project's short forms.
 */
import { modernTonePlacement } from "./text.ts";

/** Words that keep a capital inside a body's name. */
const CAPITALISED = new Set(
  [
    "đảng",
    "khối",
    "tỉnh ủy",
    "thành ủy",
    "huyện ủy",
    "thị ủy",
    "ban",
    "thường",
    "bí",
    "chủ",
    "phó",
    "sở",
    "bộ",
    "hội",
    "mặt",
    "tổ",
    "quốc",
    "việt",
    "nam",
    "chấp",
    "trung",
    "ương",
    "chính",
    "phủ",
    "quân",
  ].map((w) => w.normalize("NFC")),
);
const PLACE_WORDS = /^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|trường|đặc khu)$/u;

const upperFirst = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
/** A whole-word pattern for Vietnamese (`\b` only knows ASCII letters). */
const word = (p: string, flags = "gu") => new RegExp(`(?<![\\p{L}\\p{M}])(?:${p})(?![\\p{L}\\p{M}])`, flags);

/**
 * A body's name printed in capitals, in normal case: "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH" → "Đảng ủy Khối
 * các cơ quan tỉnh", "ỦY BAN NHÂN DÂN PHƯỜNG NAM ĐỒ SƠN" → "Ủy ban nhân dân phường Nam Đồ Sơn".
 * Words after a place word (tỉnh, phường, trường…) are taken as a proper name.
 */
export function orgCase(caps: string): string {
  const words = modernTonePlacement(caps.replace(/\*/g, "").trim()).toLowerCase().split(/\s+/);
  const out: string[] = [];
  let proper = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const two = `${w} ${words[i + 1] ?? ""}`;
    if (PLACE_WORDS.test(w) || PLACE_WORDS.test(two)) {
      const isTwo = !PLACE_WORDS.test(w);
      out.push(i === 0 || w === "trường" ? upperFirst(w) : w);
      if (isTwo) out.push(words[++i]);
      proper = true;
      continue;
    }
    if (w === "ủy" && out.length > 0 && /^(tỉnh|thành|huyện|thị)$/i.test(out[out.length - 1])) {
      out[out.length - 1] = upperFirst(out[out.length - 1]);
      out.push(w);
      continue;
    }
    if (i === 0 || proper || CAPITALISED.has(w)) out.push(upperFirst(w));
    else out.push(w);
    if (w === "ủy" && words[i + 1] === "ban") proper = false;
  }
  return out
    .join(" ")
    .replace(word("[Ủủ]y [Bb]an( [Nn]hân [Dd]ân)?"), (m) => `Ủy ban${m.length > 6 ? " nhân dân" : ""}`)
    .replace(word("Đảng Bộ"), "Đảng bộ")
    .replace(word("Ban Thường Vụ"), "Ban Thường vụ")
    .replace(word("Cao Đẳng"), "Cao đẳng")
    .replace(word("Đại Học"), "Đại học")
    .replace(word("Đảng Ủy"), "Đảng ủy");
}

const EXPAND: [RegExp, string][] = [
  [word("UBND"), "Ủy ban nhân dân"],
  [word("HĐND"), "Hội đồng nhân dân"],
  [word("BTV"), "Ban Thường vụ"],
  [word("UBMTTQ"), "Ủy ban Mặt trận Tổ quốc"],
  [word("ĐU"), "Đảng ủy"],
];

/** A body's name as the project writes it: abbreviations spelled out, modern tone placement. */
export function fullBodyName(raw: string): string {
  let s = modernTonePlacement(raw.replace(/\s+/g, " ").trim());
  for (const [re, full] of EXPAND) s = s.replace(re, full);
  return s.replace(word("trường(?= \\p{Lu})"), "Trường");
}

const SHORTEN: [RegExp, string][] = [
  [/^Ban Thường vụ (?!(Tỉnh|Thành|Huyện|Thị) ủy)/u, ""],
  [/Ban Thường vụ/g, "BTV"],
  [/Ủy ban nhân dân/g, "UBND"],
  [/Hội đồng nhân dân/g, "HĐND"],
  [/Đảng ủy Khối/g, "ĐUK"],
  [/Đảng ủy/g, "ĐU"],
  [/Trường Cao đẳng/g, "Trường CĐ"],
  [/Trường Đại học/g, "Trường ĐH"],
  [/Thừa Thiên Huế/g, "TT Huế"],
  [/,\s*(thành phố|tỉnh) .*$/u, ""],
  [/thành phố/g, "TP"],
];

/** A short name for tree nodes and lists (at most 40 characters): "UBND tỉnh Đắk Lắk". */
export function shortBodyName(full: string): string {
  let s = full;
  for (const [re, short] of SHORTEN) s = s.replace(re, short);
  s = s.trim();
  if (s.length <= 40) return s;
  const words = s.split(" ");
  while (words.join(" ").length > 40) words.pop();
  return words.join(" ");
}

const FAMILY = new Set(
  "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đào đoàn cao lương mai trịnh hà lâm tạ tô châu quách vương chu thái triệu lưu kiều khổng la lò lò cầm hứa giàng sùng vi điêu quàng tòng mùa"
    .split(" ")
    .map((w) => w.normalize("NFC")),
);
const NOT_A_NAME =
  /^(Ban|Sở|Phòng|Hội|Đảng|Ủy|Uỷ|Lưu|Các|Như|Trường|Nơi|Kính|Bộ|Tỉnh|Thành|Huyện|Xã|Phường|Đoàn|Chi)$/u;

/** True when `line` reads like a person's name: 2–5 capitalised words, letters only. */
export function looksLikeName(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (!words.every((w) => /^\p{Lu}[\p{Ll}\p{M}]*$/u.test(w) || /^\p{Lu}+$/u.test(w))) return false;
  // "Đoàn", "Hà", "Lưu" are family names too: first word of a name in normal case ("Đoàn Văn Khải").
  const familyFirst = FAMILY.has(words[0].toLowerCase()) && words.every((w) => /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(w));
  if (words.some((w, i) => NOT_A_NAME.test(w) && !(i === 0 && familyFirst))) return false;
  return FAMILY.has(words[0].toLowerCase()) || words.every((w) => /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(w));
}

/** A name in capitals in normal case: "NGUYỄN ĐỨC LONG" → "Nguyễn Đức Long". */
export function personCase(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((w) => upperFirst(w.toLowerCase()))
    .join(" ");
}

/** A signer's title printed in capitals, in normal case: "PHÓ BÍ THƯ THƯỜNG TRỰC" → "Phó Bí thư Thường trực". */
export function titleCase(caps: string): string {
  const s = modernTonePlacement(caps.replace(/\*/g, "").trim()).toLowerCase();
  return upperFirst(s)
    .replace(word("bí thư"), "Bí thư")
    .replace(word("chủ tịch"), "Chủ tịch")
    .replace(word("thường trực"), "Thường trực")
    .replace(word("ban thường vụ"), "Ban Thường vụ")
    .replace(word("ủy ban nhân dân"), "Ủy ban nhân dân")
    .replace(word("giám đốc"), "Giám đốc")
    .replace(word("hiệu trưởng"), "Hiệu trưởng")
    .replace(/^(t\/m|tm\.|kt\.|tuq\.)/i, (m) => m.toUpperCase())
    .replace(/^(T\/M|TM\.|KT\.|TUQ\.) (\p{Ll})/u, (_m, a: string, b: string) => `${a} ${b.toUpperCase()}`);
}
