/** Cells of a SQL tab result (Arrow values from DuckDB-wasm) as text for the page and values for the CSV. */
import type { CsvValue } from "./csv.ts";
import { formatNumber } from "../format.ts";

/** A DECIMAL's unscaled digits ("-55") with its scale (1) as a number written out ("-5.5"). */
function decimalText(digits: string, scale: number): string {
  if (scale <= 0) return digits;
  const sign = digits.startsWith("-") ? "-" : "";
  const abs = digits.replace(/^-/, "").padStart(scale + 1, "0");
  return `${sign}${abs.slice(0, -scale)}.${abs.slice(-scale)}`;
}

/** The scale of an Arrow decimal type as duckdb-wasm names it ("Decimal[2e+1]": precision 2, scale 1). */
const decimalScale = (type: string) => Number(/^Decimal\[\d+e([+-]?\d+)\]/.exec(type)?.[1] ?? NaN);

/** A cell of any type as text: dates as YYYY-MM-DD, decimals with their point, lists and structs as JSON. */
export function formatValue(value: unknown, type: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" && /^Date/i.test(type)) return new Date(value).toISOString().slice(0, 10);
  if (typeof value === "number" && /^Timestamp/i.test(type)) return new Date(value).toISOString().replace(".000Z", "Z");
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "bigint") return value.toString();
  const scale = decimalScale(type);
  if (typeof value === "object" && !Number.isNaN(scale)) return decimalText(String(value), scale);
  if (typeof value === "object") {
    const plain = "toJSON" in (value as object) ? (value as { toJSON(): unknown }).toJSON() : value;
    return JSON.stringify(plain, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
  }
  return String(value);
}

/** `text` cut to `max` characters for the page, saying how much was left out. */
export function shortenCell(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}… (còn ${formatNumber(text.length - max)} ký tự)`;
}

/** A cell for the CSV: numbers (decimals and big integers too) stay numbers; everything else is text. */
export function csvCell(value: unknown, type: string): CsvValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" && /^(Int|Uint|Float)/.test(type)) return value;
  if (typeof value === "bigint" || typeof value === "boolean") return value;
  if (/^(Int|Uint|Float|Decimal)/.test(type)) return { literal: formatValue(value, type) };
  return formatValue(value, type);
}
