/**
 * A plan's own facts from its first and last lines: document type, number, date and place, title,
 * the body that issues it, and who signed. Every field may be missing: the caller marks the gaps.
 */
import type { Plan } from "../../schemas/plan.ts";
import { isoDate, lastDayOfMonth, parseViDate } from "./dates.ts";
import { cleanNumber } from "./references.ts";
import { fullBodyName, looksLikeName, orgCase, personCase, titleCase } from "./names.ts";
import { blankResidue, collapseSpaces, foldSameLength, modernTonePlacement, pageResidue } from "./text.ts";

/** What the first and last lines say about the document. */
export interface Metadata {
  docType?: Plan["docType"];
  /** Name of the type as the heading prints it, in normal case ("Kế hoạch", "Chương trình hành động"). */
  docTypeName?: string;
  /** Normalised number ("07-KH/ĐU-CDSL"), or null. */
  number: string | null;
  /** The number as printed, when it differs from the normalised form ("07 - KH/ĐU-CDSL"). */
  numberPrinted?: string;
  /** True when the "Số" line is there but the number is left blank ("Số:    /KH-UBND"). */
  numberBlank: boolean;
  /** Issued date, when printed in full. */
  date?: string;
  /** Month and year, when only the day is left blank ("ngày … tháng 9 năm 2025"). */
  month?: { after: string; before: string; text: string };
  /** Place of the date line ("Sơn La", "Thành phố Huế"). */
  place?: string;
  title?: string;
  /** Who "ban hành" the plan, as the opening says ("Ban Thường vụ Tỉnh ủy"). */
  issuerPhrase?: string;
  /** Bodies in the header, top to bottom, in normal case ("Đảng bộ tỉnh Thừa Thiên Huế", "Đảng ủy Khối các cơ quan tỉnh"). */
  headerBodies: string[];
  signer: { name: string; title?: string } | null;
  /** Appendices that say which plan they belong to ("Kèm theo Kế hoạch số 17 ngày 18 tháng 6 năm 2025"). */
  appendixRefs: string[];
}

const HEADINGS: [RegExp, Plan["docType"], string][] = [
  [/^chuong trinh hanh dong$/, "chuong-trinh", "Chương trình hành động"],
  [/^chuong trinh$/, "chuong-trinh", "Chương trình"],
  [/^ke hoach$/, "ke-hoach", "Kế hoạch"],
  [/^nghi quyet$/, "nghi-quyet", "Nghị quyết"],
  [/^ket luan$/, "ket-luan", "Kết luận"],
  [/^quyet dinh$/, "quyet-dinh", "Quyết định"],
  [/^chi thi$/, "chi-thi", "Chỉ thị"],
  [/^cong van$/, "cong-van", "Công văn"],
];
const PLACE_START = /^(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran) /;
/** A body that already names its place ("Đảng bộ tỉnh X") is not continued by the next line. */
const PLACE_END = / (tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran) \S/;
const MOTTO = /^(dang cong san viet nam|cong hoa xa hoi chu nghia viet nam|doc lap - tu do - hanh phuc)$/;
const TITLE_STOP = /^(Thực hiện|Căn cứ|Triển khai thực hiện Kế hoạch|Để|Nhằm|Trên cơ sở|Số\b)/u;
const PLACE_DATE = new RegExp(
  "^(?<place>[^,\\d]{2,60}),\\s*(?:ngày\\s+(?<d>\\d{1,2}|[.…\\s]*)\\s*tháng\\s+(?<m>\\d{1,2})\\s*,?\\s+năm\\s+(?<y>\\d{4})|(?:ngày\\s+)?(?<d2>\\d{1,2})\\s*[/.-]\\s*(?<m2>\\d{1,2})\\s*[/.-]\\s*(?<y2>\\d{4}))",
  "iu",
);
const SIGN_TITLE =
  /^(T\/M|TM\.?|KT\.?|TUQ\.?|Q\.|PHÓ|BÍ THƯ|CHỦ TỊCH|GIÁM ĐỐC|HIỆU TRƯỞNG|TRƯỞNG|ỦY BAN|UỶ BAN|BAN THƯỜNG VỤ|THƯỜNG TRỰC)/u;

const isCapsText = (t: string) => {
  const letters = t.match(/\p{L}/gu) ?? [];
  return letters.length >= 2 && letters.filter((c) => /\p{Lu}/u.test(c)).length / letters.length > 0.8;
};
const cells = (line: string) =>
  line
    .split(/\t+|\s{3,}/)
    .map((c) => c.replace(/\*/g, "").trim())
    .filter(Boolean);

/** The document type a number implies: "26-KH/ĐU" → ke-hoach, "9244/VP-VX" → cong-van. */
export function docTypeFromNumber(number: string): Plan["docType"] {
  const f = foldSameLength(number);
  if (/(^|[-/])kh([-/]|$)/.test(f)) return "ke-hoach";
  if (/ctr/.test(f)) return "chuong-trinh";
  if (/(^|[-/])nq([-/]|$)/.test(f)) return "nghi-quyet";
  if (/(^|[-/])qd([-/]|$)/.test(f)) return "quyet-dinh";
  if (/(^|[-/])kl([-/]|$)/.test(f)) return "ket-luan";
  if (/(^|[-/])ct([-/]|$)/.test(f)) return "chi-thi";
  return "cong-van";
}

/** Reads the facts of the header, title, opening and signature of a normalised source. */
export function extractMetadata(source: string): Metadata {
  const lines = blankResidue(source, pageResidue(source))
    .split("\n")
    .map((l) => l.replace(/\s+$/, ""));
  const meta: Metadata = { number: null, numberBlank: false, headerBodies: [], signer: null, appendixRefs: [] };

  // Document-type heading: the first line in capitals that is only a type name.
  let headingAt = -1;
  for (let i = 0; i < Math.min(lines.length, 60) && headingAt < 0; i++) {
    const t = lines[i].replace(/\*/g, "").trim();
    if (!isCapsText(t)) continue;
    const found = HEADINGS.find(([re]) => re.test(foldSameLength(t)));
    if (found) {
      headingAt = i;
      meta.docType = found[1];
      meta.docTypeName = found[2];
    }
  }
  const header = headingAt >= 0 ? lines.slice(0, headingAt) : lines.slice(0, 15);

  for (const line of headingAt >= 0 ? header : lines.slice(0, 30)) {
    for (const cell of cells(line)) {
      const num = /^Số\s*:?\s*(.*)$/u.exec(cell);
      if (num && meta.number === null && !meta.numberBlank) {
        const value = num[1].trim();
        if (/\d/.test(value) && /\p{L}/u.test(value)) {
          meta.number = cleanNumber(value);
          if (collapseSpaces(value) !== meta.number) meta.numberPrinted = collapseSpaces(value);
        } else meta.numberBlank = true;
        continue;
      }
      const when = PLACE_DATE.exec(cell) ?? PLACE_DATE.exec(line.replace(/^[\s*]+/, "").replace(/\s+/g, " "));
      if (when?.groups && !meta.date && !meta.month) {
        const g = when.groups;
        meta.place = modernTonePlacement(g.place.trim());
        const [d, m, y] = [g.d ?? g.d2, Number(g.m ?? g.m2), Number(g.y ?? g.y2)];
        const day = d && /\d/.test(d) ? isoDate(Number(d), m, y) : null;
        if (day) meta.date = day;
        else if (m >= 1 && m <= 12)
          meta.month = {
            after: lastDayOfMonth(m === 1 ? y - 1 : y, m === 1 ? 12 : m - 1),
            before: lastDayOfMonth(y, m),
            text: `tháng ${m} năm ${y}`,
          };
        continue;
      }
      if (isCapsText(cell) && !MOTTO.test(foldSameLength(cell)) && !/^\*+$/.test(cell)) {
        // "ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG NGÃI" on two lines is one body.
        const prev = meta.headerBodies.length - 1;
        if (
          prev >= 0 &&
          PLACE_START.test(foldSameLength(cell)) &&
          !PLACE_END.test(foldSameLength(meta.headerBodies[prev]))
        )
          meta.headerBodies[prev] = orgCase(`${meta.headerBodies[prev]} ${cell}`);
        else meta.headerBodies.push(orgCase(cell));
      }
    }
  }
  if (!meta.date && !meta.month) {
    const loose = /ngày\s+(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*$/iu;
    for (const line of header) {
      const m = loose.exec(line.trim());
      if (m) meta.date = parseViDate(m[1]) ?? undefined;
    }
  }
  if (meta.docType === undefined && meta.number) meta.docType = docTypeFromNumber(meta.number);

  // Title: the lines after the heading, up to the opening paragraph or a rule.
  if (headingAt >= 0) {
    const parts: string[] = [];
    for (let i = headingAt + 1; i < lines.length; i++) {
      const t = lines[i].trim();
      if (t.length === 0) continue;
      if (/^[-*_=]{1,}$/.test(t) || /^[IVX]+\s*[.\-–]/.test(t)) break;
      if (parts.length > 0 && TITLE_STOP.test(t)) break;
      if (/^\(?\s*(Ban hành|Kèm theo)/iu.test(t)) break;
      parts.push(t);
      if (/[.:;]$/.test(t) || parts.join(" ").length > 400) break;
    }
    const title = collapseSpaces(parts.join(" ")).replace(/[.:;]$/, "");
    if (title) {
      const first = title.charAt(0).toLowerCase() + title.slice(1);
      meta.title = modernTonePlacement(`${meta.docTypeName ?? "Kế hoạch"} ${first}`);
    }
  }

  // Who issues it: "<body> ban hành (Kế hoạch|kế hoạch)" in the opening, before section I.
  const firstSection = lines.findIndex((l, i) => i > headingAt && /^\s*I\s*[.\-–]/.test(l));
  const opening = collapseSpaces(lines.slice(Math.max(headingAt, 0), firstSection < 0 ? 80 : firstSection).join(" "));
  const whos = [
    ...opening.matchAll(
      /(?:^|[.,;)]\s+)(\p{Lu}[^.;:,()]{2,120}?)\s+(?:ban hành|xây dựng|triển khai xây dựng)\s+(?:Kế hoạch|kế hoạch|Chương trình|chương trình)/gu,
    ),
  ]
    .map((m) => m[1])
    .filter((w) => w.split(/\s+/).length <= 14 && !/^(Căn cứ|Thực hiện|Triển khai)/u.test(w) && !/\bsố\s*\d/u.test(w));
  if (whos.length > 0) meta.issuerPhrase = fullBodyName(whos[whos.length - 1]);

  // Signature: the last name-like line before the appendices, with the title lines above it.
  const appendixAt = lines.findIndex(
    (l, i) =>
      i > (firstSection < 0 ? 0 : firstSection) &&
      isCapsText(l) &&
      /^\**\s*(phu luc|bang|danh muc|bieu)/.test(foldSameLength(l.trim())),
  );
  const end = appendixAt < 0 ? lines.length : appendixAt;
  for (let i = end - 1; i >= Math.max(0, end - 45); i--) {
    const cell = cells(lines[i]).at(-1) ?? "";
    if (!looksLikeName(cell)) continue;
    const titles: string[] = [];
    for (let j = i - 1, seen = 0; j >= Math.max(0, i - 30) && seen < 6; j--) {
      const c = cells(lines[j]).at(-1) ?? "";
      if (c === "" || /^\(?đã ký\)?$/iu.test(c) || /^\[.*\]$/.test(c)) continue;
      seen++;
      if (!isCapsText(c) || !SIGN_TITLE.test(c)) break;
      titles.unshift(titleCase(c));
    }
    meta.signer = { name: personCase(cell), ...(titles.length > 0 ? { title: titles.join(", ") } : {}) };
    break;
  }

  for (const m of source.matchAll(/Kèm theo\s+([^)\n]{5,120})/giu)) meta.appendixRefs.push(collapseSpaces(m[1]));
  return meta;
}
