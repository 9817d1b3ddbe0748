/**
 * Result shapes of the explorer, from DuckDB's rows (DuckDB-wasm in the browser, DuckDB's Node client for
 * the server-rendered first view), and the locality × measure matrix.
 */
import type { PlanMeasureRow } from "../model.ts";
import type { IssuerKind, IssuerLevel } from "./state.ts";

/** One plan in the results table. */
export interface PlanResult {
  slug: string;
  url: string;
  /** Full title; null when the query left it out (only the CSV needs it). */
  title: string | null;
  shortTitle: string;
  number: string | null;
  issuedLabel: string;
  /** "YYYY-MM-DD" used to sort (printed date or earliest bound), or null. */
  sortDate: string | null;
  dateEstimated: boolean;
  issuer: string;
  issuerKind: IssuerKind;
  issuerLevel: IssuerLevel;
  province: string | null;
  provinceName: string | null;
  provinceAsWritten: string | null;
  placeName: string | null;
  /** Measures coded at all (non-null level). */
  measuresCoded: number;
  /** Measures at or above the minimum level. */
  measuresAtLevel: number;
  /** A quote that matched the free text, if any. */
  matchedQuote: string | null;
}

/** One plan × one measure, as the explorer's charts and matrix use it. */
export interface PlanMeasureCell {
  slug: string;
  measureId: string;
  level: number | null;
  /** The first quote, only for the chosen measures. */
  quote: string | null;
  province: string | null;
  issuerKind: IssuerKind;
  issuerLevel: IssuerLevel;
  date: string | null;
  estimated: boolean;
}

/** Counts per option of each filter: facet → option value → number of plans. */
export type FacetCounts = Record<"measures" | "issuerLevels" | "kinds" | "provinces", Map<string, number>>;

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

/** A list cell from DuckDB (an Arrow vector, or an array) as an array; null → []. */
const list = <T>(v: unknown): T[] => (v === null || v === undefined ? [] : Array.from(v as Iterable<T>));

/** Levels as DuckDB sends them: numbers, null when not coded. */
const levelsOf = (v: unknown): (number | null)[] =>
  list<unknown>(v).map((l) => (l === null || l === undefined ? null : Number(l)));

/** A results row from DuckDB (column names as in resultsQuery) as a PlanResult. */
export function planResultFromRow(r: Record<string, unknown>, minLevel = 1): PlanResult {
  return {
    slug: String(r.slug),
    url: String(r.url),
    title: str(r.title),
    shortTitle: String(r.short_title),
    number: str(r.number),
    issuedLabel: String(r.issued_label),
    sortDate: str(r.sort_date),
    dateEstimated: Boolean(r.date_estimated),
    issuer: String(r.issuer),
    issuerKind: String(r.issuer_kind) as IssuerKind,
    issuerLevel: String(r.issuer_level) as IssuerLevel,
    province: str(r.province),
    provinceName: str(r.province_name),
    provinceAsWritten: str(r.province_as_written),
    placeName: str(r.place_name),
    measuresCoded: num(r.measures_coded),
    measuresAtLevel: levelsOf(r.levels).filter((l) => l !== null && l >= minLevel).length,
    matchedQuote: str(r.matched_quote),
  };
}

/** "measure id NUL quote" strings (resultsQuery with `full`) as a map; an empty quote is none. */
function quotesOf(v: unknown): Map<string, string> {
  const out = new Map<string, string>();
  for (const item of list<unknown>(v)) {
    const [id, quote] = String(item).split("\u0000");
    if (quote) out.set(id, quote);
  }
  return out;
}

/**
 * The plan × measure cells of results rows: `levels` holds every measure in codebook order, which
 * `measureIds` must follow (read it from the database: MEASURE_ORDER_SQL).
 */
export function cellsFromRows(
  rows: readonly Record<string, unknown>[],
  measureIds: readonly string[],
): PlanMeasureCell[] {
  const cells: PlanMeasureCell[] = [];
  for (const r of rows) {
    const levels = levelsOf(r.levels);
    const quotes = quotesOf(r.quotes);
    const base = {
      slug: String(r.slug),
      province: str(r.province),
      issuerKind: String(r.issuer_kind) as IssuerKind,
      issuerLevel: String(r.issuer_level) as IssuerLevel,
      date: str(r.sort_date),
      estimated: Boolean(r.date_estimated),
    };
    measureIds.forEach((measureId, i) =>
      cells.push({ ...base, measureId, level: levels[i] ?? null, quote: quotes.get(measureId) ?? null }),
    );
  }
  return cells;
}

/** Sets the quotes of quotesQuery rows on the matching cells (in place). */
export function addQuotes(cells: PlanMeasureCell[], rows: Iterable<Record<string, unknown>>): void {
  const quotes = new Map<string, string>();
  for (const r of rows) quotes.set(`${r.plan}\u0000${r.measure}`, String(r.quote));
  if (quotes.size === 0) return;
  for (const c of cells) c.quote = quotes.get(`${c.slug}\u0000${c.measureId}`) ?? c.quote;
}

/** facetsQuery rows as counts. */
export function facetCountsFromRows(rows: Iterable<Record<string, unknown>>): FacetCounts {
  const counts: FacetCounts = { measures: new Map(), issuerLevels: new Map(), kinds: new Map(), provinces: new Map() };
  for (const r of rows) {
    const facet = String(r.facet) as keyof FacetCounts;
    counts[facet]?.set(String(r.value ?? ""), num(r.n));
  }
  return counts;
}

/** One cell of the locality × measure matrix. */
export interface MatrixCell {
  /** Highest level among the locality's plans; null when none of them codes the measure. */
  maxLevel: number | null;
  /** Plans of the locality at or above the minimum level. */
  plans: number;
}

/** One row of the matrix: a locality ("" for national documents). */
export interface MatrixRow {
  province: string;
  /** Plans of the locality in the results. */
  planCount: number;
  cells: Map<string, MatrixCell>;
}

/**
 * Locality × measure: for each locality in the cells (national documents first, then in `provinceOrder`),
 * the highest level each measure reaches and how many plans reach `minLevel`.
 */
export function localityMatrix(
  cells: readonly PlanMeasureCell[],
  measureIds: readonly string[],
  provinceOrder: readonly string[],
  minLevel: number,
): MatrixRow[] {
  const rows = new Map<string, MatrixRow>();
  const plans = new Map<string, Set<string>>();
  const wanted = new Set(measureIds);
  for (const c of cells) {
    const key = c.province ?? "";
    let row = rows.get(key);
    if (!row) {
      row = { province: key, planCount: 0, cells: new Map(measureIds.map((id) => [id, { maxLevel: null, plans: 0 }])) };
      rows.set(key, row);
      plans.set(key, new Set());
    }
    plans.get(key)?.add(c.slug);
    if (!wanted.has(c.measureId)) continue;
    const cell = row.cells.get(c.measureId) as MatrixCell;
    if (c.level !== null) {
      cell.maxLevel = Math.max(cell.maxLevel ?? 0, c.level);
      if (c.level >= minLevel) cell.plans += 1;
    }
  }
  for (const [key, row] of rows) row.planCount = plans.get(key)?.size ?? 0;
  const rank = new Map(provinceOrder.map((p, i) => [p, i]));
  const order = (p: string) => (p === "" ? -1 : (rank.get(p) ?? provinceOrder.length));
  return [...rows.values()].sort((a, b) => order(a.province) - order(b.province) || (a.province < b.province ? -1 : 1));
}

/** What chart rows need about a measure. */
export interface ChartMeasure {
  id: string;
  name: string;
  shortName: string;
  group: string;
}

/**
 * Cells as the chart functions' rows (`PlanMeasureRow`), keeping only plans in `results` (their short
 * titles label the charts).
 */
export function chartRows(
  cells: readonly PlanMeasureCell[],
  results: readonly PlanResult[],
  measures: readonly ChartMeasure[],
): PlanMeasureRow[] {
  const titles = new Map(results.map((r) => [r.slug, r.shortTitle]));
  const byId = new Map(measures.map((m) => [m.id, m]));
  const rows: PlanMeasureRow[] = [];
  for (const c of cells) {
    const title = titles.get(c.slug);
    const m = byId.get(c.measureId);
    if (title === undefined || !m) continue;
    rows.push({
      slug: c.slug,
      shortTitle: title,
      measureId: m.id,
      measureName: m.name,
      measureShort: m.shortName,
      group: m.group,
      level: c.level,
      province: c.province,
      issuerKind: c.issuerKind,
      issuerLevel: c.issuerLevel,
      date: c.date,
      estimated: c.estimated,
    });
  }
  return rows;
}

/** One measure in one locality's matching plans, as summaryQuery counts it. */
export interface MeasureSummary {
  /** Highest level; null when no plan codes it. */
  maxLevel: number | null;
  /** Plans at the minimum level or above. */
  atLevel: number;
  /** Plans that do not code it. */
  notCoded: number;
  /** Plans at level 0, 1, 2, 3. */
  levels: [number, number, number, number];
}

/** summaryQuery's answer: matching plans per locality ("" for national documents) and per measure. */
export interface ResultsSummary {
  total: number;
  provinces: Map<string, { plans: number; measures: Map<string, MeasureSummary> }>;
}

/**
 * summaryQuery rows as a summary; `pos` is the 1-based index in `measureIds` (the codebook order). Every
 * plan has a level (or null) for every measure, so a locality's plans are its rows' count at any one
 * measure (the first).
 */
export function summaryFromRows(
  rows: Iterable<Record<string, unknown>>,
  measureIds: readonly string[],
  minLevel: number,
): ResultsSummary {
  const out: ResultsSummary = { total: 0, provinces: new Map() };
  for (const r of rows) {
    const key = String(r.province ?? "");
    let p = out.provinces.get(key);
    if (!p) out.provinces.set(key, (p = { plans: 0, measures: new Map() }));
    const pos = num(r.pos);
    const id = measureIds[pos - 1];
    if (id === undefined) continue;
    const n = num(r.n);
    if (pos === 1) {
      p.plans += n;
      out.total += n;
    }
    let m = p.measures.get(id);
    if (!m) p.measures.set(id, (m = { maxLevel: null, atLevel: 0, notCoded: 0, levels: [0, 0, 0, 0] }));
    if (r.lv === null || r.lv === undefined) {
      m.notCoded += n;
      continue;
    }
    const level = Number(r.lv);
    if (level >= 0 && level <= 3) m.levels[level] += n;
    if (level >= minLevel) m.atLevel += n;
    if (m.maxLevel === null || level > m.maxLevel) m.maxLevel = level;
  }
  return out;
}
