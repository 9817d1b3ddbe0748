import type { Plan } from "../schemas/plan.ts";
import { DOC_TYPES, ISSUER_KINDS, ISSUER_LEVELS, LEVEL_NAMES, formatDate } from "./labels.ts";

/** The issued date, or what bounds it: "28/6/2025", "sau 24/9/2025", "từ 10/4/2025 đến 1/7/2025". */
export function formatIssued(issued: Plan["issued"]): string {
  if (issued.date) return formatDate(issued.date);
  if (issued.after && issued.before)
    return `không ghi ngày (sau ${formatDate(issued.after)}, trước ${formatDate(issued.before)})`;
  if (issued.after) return `không ghi ngày (sau ${formatDate(issued.after)})`;
  if (issued.before) return `không ghi ngày (trước ${formatDate(issued.before)})`;
  return "không rõ ngày";
}

/**
 * A date to sort and plot by: the printed date, else the earliest possible one. `estimated` says
 * which, so charts can mark estimated points.
 */
export function sortDate(issued: Plan["issued"]): { date: string; estimated: boolean } | null {
  if (issued.date) return { date: issued.date, estimated: false };
  const bound = issued.after ?? issued.before;
  return bound ? { date: bound, estimated: true } : null;
}

/** Vietnamese labels of the enums. */
export const docTypeLabel = (t: Plan["docType"]) => DOC_TYPES[t];
export const issuerLevelLabel = (l: Plan["issuerLevel"]) => ISSUER_LEVELS[l];
export const issuerKindLabel = (k: Plan["issuerKind"]) => ISSUER_KINDS[k];

/** Label of a level: "2 · Nhiệm vụ cụ thể". */
export function levelLabel(level: number | null): string {
  return level === null ? LEVEL_NAMES.null : `${level} · ${LEVEL_NAMES[level]}`;
}

/** A share 0–1 as a Vietnamese percentage without decimals: 0.298 → "30%". */
export function formatPercent(share: number): string {
  return `${formatNumber(share * 100, { maxDecimals: 0 })}%`;
}

/** How many decimals `formatNumber` writes: exactly `decimals`, or up to `maxDecimals` (trailing zeros dropped). */
export interface NumberFormat {
  decimals?: number;
  maxDecimals?: number;
}

/**
 * A number the Vietnamese way, on every page and chart: "." between thousands, "," before decimals
 * (1234.5 → "1.234,5"). Written out by hand rather than with `toLocaleString("vi-VN")`, so a browser or
 * Node without Vietnamese locale data writes the same. Default: up to 2 decimals.
 */
export function formatNumber(n: number, { decimals, maxDecimals = 2 }: NumberFormat = {}): string {
  if (!Number.isFinite(n)) return String(n);
  const digits = decimals ?? maxDecimals;
  let [whole, frac = ""] = Math.abs(n).toFixed(digits).split(".");
  if (decimals === undefined) frac = frac.replace(/0+$/, "");
  whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const sign = n < 0 && /[1-9]/.test(whole + frac) ? "-" : "";
  return `${sign}${whole}${frac ? `,${frac}` : ""}`;
}
