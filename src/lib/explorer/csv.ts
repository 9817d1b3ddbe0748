/** CSV of the explorer's current selection, for "Tải CSV": UTF-8 with a BOM so Excel shows Vietnamese. */
import { ISSUER_KIND_LABELS, ISSUER_LEVEL_LABELS, LEVEL_LABELS } from "./labels.ts";
import type { MeasureInfo } from "./render.ts";
import type { PlanMeasureCell, PlanResult } from "./shape.ts";
import { localityLabel } from "./render.ts";

/** The byte-order mark that tells Excel a CSV is UTF-8. */
export const BOM = "\uFEFF";

/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return "";
  const text = String(value);
  // A leading =, +, - or @ would make a spreadsheet run the cell as a formula.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === "string" ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows to a CSV document with a BOM and CRLF line ends. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
): string {
  return BOM + [header, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/**
 * The selection as CSV: one row per plan with its facts, a link to its page, the level of every measure
 * and, for the chosen measures, the quote.
 */
export function selectionCsv(
  results: readonly PlanResult[],
  cells: readonly PlanMeasureCell[],
  measures: readonly MeasureInfo[],
  chosen: readonly string[],
  origin: string,
): string {
  const byPlan = new Map<string, Map<string, PlanMeasureCell>>();
  for (const c of cells) {
    if (!byPlan.has(c.slug)) byPlan.set(c.slug, new Map());
    byPlan.get(c.slug)?.set(c.measureId, c);
  }
  const header = [
    "Mã văn bản",
    "Tên văn bản",
    "Số hiệu",
    "Ngày ban hành",
    "Cơ quan ban hành",
    "Cấp",
    "Khối",
    "Địa phương (nay)",
    "Đường dẫn",
    ...measures.map((m) => `Mức: ${m.shortName}`),
    ...chosen.map((id) => `Trích dẫn: ${measures.find((m) => m.id === id)?.shortName ?? id}`),
  ];
  const rows = results.map((r) => [
    r.slug,
    r.title,
    r.number,
    r.issuedLabel,
    r.issuer,
    ISSUER_LEVEL_LABELS[r.issuerLevel] ?? r.issuerLevel,
    ISSUER_KIND_LABELS[r.issuerKind] ?? r.issuerKind,
    localityLabel(r),
    `${origin}${r.url}`,
    ...measures.map((m) => {
      const level = byPlan.get(r.slug)?.get(m.id)?.level ?? null;
      return level === null ? LEVEL_LABELS.null : level;
    }),
    ...chosen.map((id) => byPlan.get(r.slug)?.get(id)?.quote ?? null),
  ]);
  return toCsv(header, rows);
}
