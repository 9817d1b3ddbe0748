/** CSV of the explorer's current selection, for "Tải CSV": UTF-8 with a BOM so Excel shows Vietnamese. */
import { ISSUER_KINDS, ISSUER_LEVELS, LEVEL_NAMES } from "../labels.ts";
import type { MeasureInfo } from "./render.ts";
import type { PlanMeasureCell, PlanResult } from "./shape.ts";
import { localityLabel } from "./render.ts";

/** The byte-order mark that tells Excel a CSV is UTF-8. */
export const BOM = "\uFEFF";

/**
 * A value written as it is, never read as text a spreadsheet could run: a number DuckDB wrote out as
 * text (DECIMAL, HUGEINT), a date, a list.
 */
export interface CsvLiteral {
  literal: string;
}

/** One cell of a CSV: text, a number, a yes/no, a literal, or empty. */
export type CsvValue = string | number | bigint | boolean | null | CsvLiteral;

/**
 * What a spreadsheet runs as a formula when a text cell starts with it. The data build's per-table CSVs
 * apply the same rule in DuckDB's SQL (scripts/lib/data-duckdb.ts), from this list.
 */
export const FORMULA_CHARACTERS: readonly string[] = ["=", "+", "-", "@", "\t", "\r"];
const FORMULA_START = new Set(FORMULA_CHARACTERS);

/**
 * Text made safe for a spreadsheet: a cell starting with =, +, -, @, a tab or a carriage return gets a
 * leading ' so Excel and LibreOffice show it instead of running it. The one rule for every CSV of the
 * site: the explorer's downloads and the per-table files of the data build.
 */
export function defuseFormula(text: string): string {
  return FORMULA_START.has(text.charAt(0)) ? `'${text}` : text;
}

/**
 * One CSV field: text defused (defuseFormula), numbers and literals as they are, quoted when it holds
 * a comma, quote or line break (RFC 4180).
 */
export function csvField(value: CsvValue): string {
  if (value === null) return "";
  const text =
    typeof value === "string" ? defuseFormula(value) : typeof value === "object" ? value.literal : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to a CSV document with a BOM and CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
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
    ISSUER_LEVELS[r.issuerLevel] ?? r.issuerLevel,
    ISSUER_KINDS[r.issuerKind] ?? r.issuerKind,
    localityLabel(r),
    `${origin}${r.url}`,
    ...measures.map((m) => {
      const level = byPlan.get(r.slug)?.get(m.id)?.level ?? null;
      return level === null ? LEVEL_NAMES.null : level;
    }),
    ...chosen.map((id) => byPlan.get(r.slug)?.get(id)?.quote ?? null),
  ]);
  return toCsv(header, rows);
}
