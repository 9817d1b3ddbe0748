/**
 * The explorer's date fields: typed as day/month/year ("1/7/2025", "01/07/2025", "1-7-2025",
 * "1.7.2025") whatever the browser's language, stored as "YYYY-MM-DD" in the URL. Every refusal says
 * what is wrong, in Vietnamese, for the message next to the field.
 */

/** Earliest and latest year a date field accepts. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** The placeholder and the format named in messages. */
export const DATE_PLACEHOLDER = "dd/mm/yyyy";

/** A typed date: its ISO form, or why it is refused. */
export type DateParse = { ok: true; iso: string } | { ok: false; message: string };

const DMY = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{1,4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** "2025-07-01" → "01/07/2025", the form the date fields show. */
export function isoToField(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/**
 * Reads a typed date. Day first: "1/7/2025" is 1 July 2025. "YYYY-MM-DD" is accepted too (addresses
 * shared before the fields were text). The year must have four digits and lie in 2000–2100.
 */
export function parseFieldDate(typed: string): DateParse {
  const text = typed.trim();
  let d: number, m: number, y: number;
  const iso = ISO.exec(text);
  const dmy = DMY.exec(text);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) {
    [d, m, y] = [Number(dmy[1]), Number(dmy[3]), Number(dmy[4])];
    if (dmy[4].length !== 4)
      return { ok: false, message: `Ngày “${text}”: hãy viết năm đủ bốn chữ số, ví dụ 01/07/2025.` };
  } else
    return {
      ok: false,
      message: `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}” không phải là ngày: hãy viết ngày/tháng/năm, ví dụ 01/07/2025.`,
    };
  const shown = `${pad(d, 2)}/${pad(m, 2)}/${y}`;
  if (y < MIN_YEAR || y > MAX_YEAR)
    return { ok: false, message: `Ngày ${shown}: năm phải từ ${MIN_YEAR} đến ${MAX_YEAR}.` };
  if (m < 1 || m > 12)
    return { ok: false, message: `Ngày ${shown} không có: tháng phải từ 1 đến 12 (ngày viết trước tháng).` };
  if (d < 1) return { ok: false, message: `Ngày ${shown} không có: ngày phải từ 1 trở lên.` };
  const days = daysInMonth(y, m);
  if (d > days) return { ok: false, message: `Ngày ${shown} không có: tháng ${m} năm ${y} chỉ có ${days} ngày.` };
  return { ok: true, iso: `${y}-${pad(m, 2)}-${pad(d, 2)}` };
}

/** Both fields of the range, read and checked together. `null` is an empty field. */
export interface RangeParse {
  from: string | null;
  to: string | null;
  /** Messages by field; empty when both are usable. */
  errors: { from?: string; to?: string };
}

/** Reads the two fields; "from" after "to" is an error on "from". */
export function parseDateRange(from: string, to: string): RangeParse {
  const result: RangeParse = { from: null, to: null, errors: {} };
  for (const key of ["from", "to"] as const) {
    const typed = key === "from" ? from : to;
    if (typed.trim() === "") continue;
    const parsed = parseFieldDate(typed);
    if (parsed.ok) result[key] = parsed.iso;
    else result.errors[key] = parsed.message;
  }
  if (result.from && result.to && result.from > result.to)
    result.errors.from = `Ngày bắt đầu ${isoToField(result.from)} ở sau ngày kết thúc ${isoToField(result.to)}: hãy đổi một trong hai ngày.`;
  return result;
}
