/**
 * Vietnamese labels of the enums and small date helpers, with no dependency: the schemas build on
 * them, and browser code imports them without pulling zod into the page's JavaScript.
 */

/** Kinds of document, as their Vietnamese names. */
export const DOC_TYPES = {
  "nghi-quyet": "Nghị quyết",
  "ket-luan": "Kết luận",
  "quyet-dinh": "Quyết định",
  "ke-hoach": "Kế hoạch",
  "chuong-trinh": "Chương trình hành động",
  "cong-van": "Công văn",
  "chi-thi": "Chỉ thị",
} as const;

/** Abbreviations of document types, as Vietnamese write them before a number: "KL 149". */
export const DOC_TYPE_ABBR: Record<keyof typeof DOC_TYPES, string> = {
  "nghi-quyet": "NQ",
  "ket-luan": "KL",
  "quyet-dinh": "QĐ",
  "ke-hoach": "KH",
  "chuong-trinh": "CTr",
  "cong-van": "CV",
  "chi-thi": "CT",
};

/** Levels of the issuer, top to bottom. `huyen` existed only before 1/7/2025. */
export const ISSUER_LEVELS = {
  "trung-uong": "Trung ương",
  tinh: "Tỉnh/thành phố",
  huyen: "Huyện (trước 2025)",
  xa: "Xã/phường",
  "don-vi": "Đơn vị",
} as const;

/** Party, government or a unit (school, agency). */
export const ISSUER_KINDS = {
  party: "Đảng",
  government: "Chính quyền",
  unit: "Đơn vị",
} as const;

/** How a plan relates to a document it names. */
export const RELATIONS = {
  "thuc-hien": "Thực hiện (văn bản cấp trên trực tiếp)",
  "can-cu": "Căn cứ, trích dẫn",
} as const;

/** Names of the coding levels 0–3, and of "not coded". */
export const LEVEL_NAMES: Record<string, string> = {
  null: "Chưa mã hóa",
  0: "Không đề cập",
  1: "Nêu chung",
  2: "Nhiệm vụ cụ thể",
  3: "Có cơ quan và chỉ tiêu/thời hạn",
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** "2025-06-28" → "28/6/2025", as Vietnamese documents write dates. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d}/${m}/${y}`;
}

/** Today's date as "YYYY-MM-DD" (UTC): no document can be issued after it. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
