/** Dates as Vietnamese documents print them: "ngày 28 tháng 6 năm 2025", "28/6/2025", "28-6-2025". */
import { isIsoDate } from "../labels.ts";

const pad = (n: number) => String(n).padStart(2, "0");

/** "YYYY-MM-DD" from day, month and year, or null when that day does not exist. */
export function isoDate(day: number, month: number, year: number): string | null {
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return isIsoDate(iso) ? iso : null;
}

/** A date pattern source: "28/6/2025" or "28 tháng 6 năm 2025" (groups: d, m, y or d2, m2, y2). */
export const DATE_SOURCE =
  "(?<d>\\d{1,2})\\s*[/.-]\\s*(?<m>\\d{1,2})\\s*[/.-]\\s*(?<y>\\d{4})|(?<d2>\\d{1,2})\\s+tháng\\s+(?<m2>\\d{1,2})\\s*,?\\s+năm\\s+(?<y2>\\d{4})";

/** Parses one printed date ("10/4/2025", "24 tháng 9 năm 2025"); null when it is not a real date. */
export function parseViDate(text: string): string | null {
  const m = new RegExp(`^(?:${DATE_SOURCE})$`, "u").exec(text.trim());
  if (!m?.groups) return null;
  const g = m.groups;
  return isoDate(Number(g.d ?? g.d2), Number(g.m ?? g.m2), Number(g.y ?? g.y2));
}

/** The last day of a month, "YYYY-MM-DD". */
export function lastDayOfMonth(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0));
  return d.toISOString().slice(0, 10);
}
