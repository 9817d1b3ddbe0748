/**
 * What the name of an issuer tells about a document known only from references: a short form for
 * the tree's labels, its level, and the province it names.
 */
import { foldVietnamese } from "../vietnamese.ts";
import type { IssuerLevel, LineageProvince } from "./types.ts";

/** Longest first, so "Ban Chấp hành Trung ương" wins over "Trung ương". */
const ABBREVIATIONS: [RegExp, string][] = [
  [/Ban Chấp hành Trung ương/giu, "BCH Trung ương"],
  [/Ban Thường vụ/giu, "BTV"],
  [/Ủy ban nhân dân/giu, "UBND"],
  [/Hội đồng nhân dân/giu, "HĐND"],
  [/Mặt trận Tổ quốc Việt Nam/giu, "MTTQ"],
  [/Văn phòng/gu, "VP"],
  [/Đảng ủy Khối/gu, "ĐUK"],
  [/Đảng ủy/gu, "ĐU"],
  [/Cao đẳng/giu, "CĐ"],
  [/Đại học/giu, "ĐH"],
  [/thành phố/gu, "TP"],
  [/Thừa Thiên Huế/gu, "TT Huế"],
];

/** Longest label an issuer gets on a tree node, in characters. */
export const ISSUER_LABEL_MAX = 40;

/**
 * A short issuer for a node's label: "Ban Thường vụ Tỉnh ủy Sơn La" → "BTV Tỉnh ủy Sơn La",
 * "Văn phòng Ủy ban nhân dân thành phố Hải Phòng" → "VP UBND TP Hải Phòng". Cut with "…" past 40
 * characters (the full name stays in the node's title).
 */
export function abbreviateIssuer(issuer: string): string {
  let short = issuer.normalize("NFC").replace(/\s+/g, " ").trim();
  for (const [pattern, abbr] of ABBREVIATIONS) short = short.replace(pattern, abbr);
  return short.length > ISSUER_LABEL_MAX ? short.slice(0, ISSUER_LABEL_MAX - 1).trimEnd() + "…" : short;
}

/** Words of a folded issuer, tested in order: units first ("Trường" beats "tỉnh"), the centre last. */
const LEVEL_RULES: [RegExp, IssuerLevel][] = [
  [/(?<!\b(bo|moi|thi|pho) )\btruong\b|\b(chi bo|benh vien|hoc vien|cong ty|doanh nghiep)\b/, "don-vi"],
  [/\b(huyen|thi xa|huyen uy|quan uy|thi uy)\b|(?<!\bco )\bquan\b/, "huyen"],
  [/\b(xa|thi tran|dac khu)\b(?! hoi)|(?<!\bdia )\bphuong\b/, "xa"],
  [/\b(tinh|tinh uy|thanh uy|thanh pho)\b|^so /, "tinh"],
  [/\b(trung uong|bo chinh tri|ban bi thu|chinh phu|thu tuong|quoc hoi)\b|^bo /, "trung-uong"],
];

/**
 * The level an issuer's name implies, or null when it says nothing: "Đảng ủy Ủy ban nhân dân tỉnh
 * Sơn La" → "tinh", "Ủy ban nhân dân phường Nam Đồ Sơn" → "xa", "Bộ Chính trị" → "trung-uong".
 * "Thành phố" counts as a province: the cities the references name are the centrally run ones.
 */
export function guessIssuerLevel(issuer: string): IssuerLevel | null {
  const folded = foldVietnamese(issuer).replace(/^ban thuong vu\s+/, "");
  for (const [pattern, level] of LEVEL_RULES) if (pattern.test(folded)) return level;
  return null;
}

/**
 * A finder of the province an issuer names ("Ban Thường vụ Tỉnh ủy Thừa Thiên Huế" → "hue"),
 * by today's name, old names and the names of the provinces merged into it. The longest name wins.
 */
export function createProvinceFinder(
  provinces: Readonly<Record<string, LineageProvince & { mergedFrom?: string[] }>>,
): (issuer: string) => string | undefined {
  const names: [string, string][] = [];
  for (const [slug, p] of Object.entries(provinces))
    for (const name of [p.name, ...p.oldNames, ...(p.mergedFrom ?? [])]) names.push([foldVietnamese(name), slug]);
  names.sort((a, b) => b[0].length - a[0].length || a[0].localeCompare(b[0]));
  return (issuer) => {
    const folded = ` ${foldVietnamese(issuer).replace(/[^a-z0-9]+/g, " ")} `;
    return names.find(([name]) => folded.includes(` ${name} `))?.[1];
  };
}
