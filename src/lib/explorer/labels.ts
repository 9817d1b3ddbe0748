/**
 * Labels and date helpers the explorer's browser code needs, without importing the zod schemas (which
 * would add zod to the page's JavaScript). A unit test keeps them equal to `src/schemas/plan.ts` and
 * `src/lib/format.ts`.
 */

/** Levels of the issuer, top to bottom (as ISSUER_LEVELS). */
export const ISSUER_LEVEL_LABELS = {
  "trung-uong": "Trung ương",
  tinh: "Tỉnh/thành phố",
  huyen: "Huyện (trước 2025)",
  xa: "Xã/phường",
  "don-vi": "Đơn vị",
} as const;

/** Party, government or unit (as ISSUER_KINDS). */
export const ISSUER_KIND_LABELS = {
  party: "Đảng",
  government: "Chính quyền",
  unit: "Đơn vị",
} as const;

/** Names of the coding levels (as LEVEL_NAMES). */
export const LEVEL_LABELS: Record<string, string> = {
  null: "Chưa mã hóa",
  0: "Không đề cập",
  1: "Nêu chung",
  2: "Nhiệm vụ cụ thể",
  3: "Có cơ quan và chỉ tiêu/thời hạn",
};

/** "2025-06-28" → "28/6/2025" (as formatDate). */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d}/${m}/${y}`;
}

/** True when `text` is a real calendar date written YYYY-MM-DD (as isIsoDate). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
