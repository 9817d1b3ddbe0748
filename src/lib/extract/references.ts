/**
 * The documents a plan names ("Thực hiện Kế hoạch số 26-KH/ĐU ngày 11/6/2025 của …", "Căn cứ Quyết
 * định số 1745/QĐ-TTg …"), with number, issuer and date, and which one is its direct parent.
 */
import type { Plan, Reference } from "../../schemas/plan.ts";
import { numberKey, issuerKey } from "../identity.ts";
import { DATE_SOURCE, parseViDate } from "./dates.ts";
import { fullBodyName } from "./names.ts";
import type { Segmented } from "./segment.ts";
import { collapseSpaces, foldSameLength } from "./text.ts";

/** A document that is already known (summarised in content/), used to complete a citation. */
export interface KnownDocument {
  number: string;
  issuer: string;
  date?: string;
  docType: Plan["docType"];
  issuerLevel: Plan["issuerLevel"];
}

/** A reference as drafted, with what the draft still needs. */
export interface DraftReference extends Reference {
  /** How the parent was chosen, or what is missing, for a comment in the draft. */
  check?: string;
  /** True when the issuer could not be read: the draft marks it as a gap. */
  issuerMissing?: boolean;
}

const TYPES: Record<string, Plan["docType"]> = {
  "nghị quyết": "nghi-quyet",
  "kết luận": "ket-luan",
  "kế hoạch": "ke-hoach",
  "quyết định": "quyet-dinh",
  "chương trình hành động": "chuong-trinh",
  "chương trình": "chuong-trinh",
  "công văn": "cong-van",
  "chỉ thị": "chi-thi",
};
const TYPE_SOURCE = "Chương trình hành động|Nghị quyết|Kết luận|Kế hoạch|Quyết định|Chương trình|Công văn|Chỉ thị";
const NUMBER_SOURCE = "\\d+(?:\\s*[-/]\\s*[\\p{Lu}\\d][\\p{L}\\d]*)+";
/** Words that end an issuer's name; "và" only when it does not belong to it ("Sở Giáo dục và Đào tạo"). */
const ISSUER_STOP =
  "về|thực hiện|ban hành|triển khai|nhằm|tại|và(?!\\s+(?:Đào tạo|Tôn giáo|Du lịch|Môi trường|Xã hội|Truyền thông|Công nghệ|Đầu tư|Phát triển nông thôn))|đối với|đã|trên|để|phê duyệt|gửi|kèm";
/** A numbered citation: type, number, date and issuer (the text reuse step finds citations with it too). */
export const CITATION = new RegExp(
  `(?<type>${TYPE_SOURCE})\\s+(?:số\\s*:?\\s*)?(?<num>${NUMBER_SOURCE})` +
    `(?:\\s*,?\\s*ngày\\s+(?<date>${DATE_SOURCE}))?` +
    `(?:\\s*,?\\s+(?:của|do)\\s+(?<issuer>[^,;:().]+?)(?=\\s+(?:${ISSUER_STOP})(?![\\p{L}])|\\s*[,;:().]|\\s*$))?`,
  "giu",
);

/**
 * A number as printed, tidied: no "Số", no spaces, plain hyphens; letter case kept ("955-CTr/TU").
 * Compare numbers with `numberKey`, which ignores case and diacritics.
 */
export function cleanNumber(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/^\s*số\s*:?\s*/iu, "")
    .replace(/\s+/g, "")
    .replace(/[\u2013\u2014]/g, "-");
}

/** Number tracks: party documents are numbered "26-KH/ĐU", state documents "1745/QĐ-TTg". */
export function track(number: string): "party" | "government" {
  return /^\d+\/[\p{L}]+-/u.test(number) ? "government" : "party";
}

interface Citation extends DraftReference {
  at: number;
  /** "thuc-hien" or "can-cu" when it opens a "Thực hiện …"/"Căn cứ …" paragraph of the opening. */
  lead?: "thuc-hien" | "can-cu";
}

/** Every numbered citation in the text, in reading order (duplicates included). */
function citations(seg: Segmented, title: string): Citation[] {
  const out: Citation[] = [];
  const titleKey = foldSameLength(collapseSpaces(title));
  for (const block of seg.blocks) {
    if (block.part === "recipients") continue;
    const raw = seg.text.slice(block.start, block.end);
    const text = collapseSpaces(raw).replace(/(\d)-\s+(?=\p{Lu})/gu, "$1-");
    const inTitle = block.part === "opening" && titleKey.length > 0 && titleKey.includes(foldSameLength(text));
    let sentenceOpen = -1;
    for (const m of text.matchAll(CITATION)) {
      const g = m.groups ?? {};
      const prefix = text.slice(Math.max(0, m.index - 20), m.index);
      if (/Kèm theo\s*$/iu.test(prefix)) continue;
      // The first document of an opening sentence "Thực hiện …" / "Căn cứ …" is a candidate parent.
      const start = Math.max(0, ...[".", ";", ":"].map((c) => text.lastIndexOf(c, m.index) + 1));
      const lead = /^\s*(Thực hiện|Căn cứ)\s/u.exec(text.slice(start, m.index));
      const isLead = block.part === "opening" && !inTitle && !!lead && sentenceOpen !== start;
      if (isLead) sentenceOpen = start;
      const dateText = g.date?.trim();
      out.push({
        relation: "can-cu",
        docType: TYPES[g.type.toLowerCase()] ?? "ke-hoach",
        number: cleanNumber(g.num),
        issuer: g.issuer ? fullBodyName(g.issuer).replace(/^Hội nghị lần thứ \p{L}+ /u, "") : "",
        date: dateText ? (parseViDate(dateText) ?? undefined) : undefined,
        stated: true,
        at: block.start,
        lead: isLead && lead ? (lead[1] === "Căn cứ" ? "can-cu" : "thuc-hien") : undefined,
      });
    }
  }
  return out;
}

/** Fills issuer and date from a known document with the same number (and date, when given). */
function complete(ref: Citation, known: readonly KnownDocument[]): void {
  const same = known.filter((k) => numberKey(k.number) === numberKey(ref.number));
  const match =
    same.find((k) => ref.date && k.date === ref.date) ??
    (same.length === 1 && (!ref.date || !same[0].date) && (same[0].issuerLevel === "trung-uong" || !ref.issuer)
      ? same[0]
      : undefined);
  if (!match) return;
  if (!ref.issuer || match.issuerLevel === "trung-uong") ref.issuer = match.issuer;
  ref.date ??= match.date;
  ref.docType = match.docType;
}

/** Adds the province to a local issuer that names none: "Ban Thường vụ Tỉnh ủy" → "… Tỉnh ủy Sơn La". */
function withProvince(issuer: string, provinceName: string | undefined): string {
  if (!provinceName) return issuer;
  if (/(?:tỉnh|Tỉnh ủy|Thành ủy|thành phố|Khối(?: các cơ quan tỉnh)?)$/u.test(issuer))
    return `${issuer} ${provinceName}`;
  return issuer;
}

/**
 * The references of a plan: each numbered document it names once, the direct parent marked
 * "thuc-hien". The parent is the document its opening "Thực hiện …" names (else "Căn cứ …"); when
 * several, the latest on the issuer's own track (party numbers "26-KH/ĐU", state numbers "1745/QĐ-TTg").
 */
export function extractReferences(
  seg: Segmented,
  own: { number: string | null; issuerKind: Plan["issuerKind"]; provinceName?: string; title?: string },
  known: readonly KnownDocument[] = [],
): DraftReference[] {
  const all = citations(seg, own.title ?? "").filter(
    (c) => !own.number || numberKey(c.number) !== numberKey(own.number),
  );
  const byKey = new Map<string, Citation>();
  for (const c of all) {
    const key = numberKey(c.number);
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, c);
    else {
      if (!seen.issuer && c.issuer) seen.issuer = c.issuer;
      seen.date ??= c.date;
      seen.lead ??= c.lead;
    }
  }
  const refs = [...byKey.values()];
  for (const r of refs) {
    complete(r, known);
    if (!known.some((k) => k.issuerLevel === "trung-uong" && issuerKey(k.issuer) === issuerKey(r.issuer)))
      r.issuer = withProvince(r.issuer, own.provinceName);
    if (!r.issuer) r.issuerMissing = true;
  }
  const leads = refs.filter((r) => r.lead === "thuc-hien");
  const pool = leads.length > 0 ? leads : refs.filter((r) => r.lead === "can-cu");
  if (pool.length > 0) {
    const sameTrack = pool.filter((r) => own.issuerKind === "unit" || track(r.number) === own.issuerKind);
    const from = sameTrack.length > 0 ? sameTrack : pool;
    const parent = [...from].sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.at - b.at)[0];
    parent.relation = "thuc-hien";
    parent.check =
      pool.length === 1
        ? `văn bản mở đầu bằng "${parent.lead === "thuc-hien" ? "Thực hiện" : "Căn cứ"} ${parent.number}"`
        : `chọn trong ${pool.map((p) => p.number).join(", ")}: văn bản mới nhất cùng tuyến ${own.issuerKind === "government" ? "chính quyền" : "Đảng"}`;
  }
  return refs
    .sort((a, b) => Number(b.relation === "thuc-hien") - Number(a.relation === "thuc-hien") || a.at - b.at)
    .map(({ at: _at, lead: _lead, ...r }) => r);
}
