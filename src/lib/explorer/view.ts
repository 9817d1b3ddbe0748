/**
 * One view of the explorer: the queries a filter state runs and what the page shows from their rows.
 * The same functions serve the browser (DuckDB-wasm, after every filter change) and the build (DuckDB's
 * Node client on the file the data build wrote, for the server-rendered first view), so the list a
 * reader sees before the script runs is the list DuckDB gives once it has loaded.
 */
import { MATRIX_READABLE_PLANS, matrixCapNote } from "../charts/matrix-cap.ts";
import type { PlanMeasureRow } from "../model.ts";
import { formatNumber } from "../format.ts";
import { describeState } from "./describe.ts";
import type { LevelCounts } from "../charts/data.ts";
import type { MapUnit } from "../charts/map-data.ts";
import {
  facetsQuery,
  MEASURE_ORDER_SQL,
  type MeasureOrder,
  measureCountsInSummary,
  provinceCountsInSummary,
  quotesQuery,
  resultsQuery,
  summaryQuery,
  type Statement,
} from "./query.ts";
import { renderMatrix, renderResultsTable } from "./render.ts";
import {
  addQuotes,
  cellsFromRows,
  chartRows,
  facetCountsFromRows,
  planResultFromRow,
  summaryFromRows,
  type ChartMeasure,
  type FacetCounts,
  type MatrixRow,
  type PlanMeasureCell,
  type PlanResult,
  type ResultsSummary,
} from "./shape.ts";
import type { FilterState } from "./state.ts";

/** Where the explorer fetches the boundaries of the 34 units (served by src/pages/kham-pha/ban-do.topo.json.ts). */
export const BOUNDARIES_URL = "/kham-pha/ban-do.topo.json";

/** Title of the explorer's map of results. */
export const MAP_TITLE = "Kết quả ở từng tỉnh, thành phố";

/** Runs the explorer's prepared statements: DuckDB-wasm in the browser, DuckDB's Node client at build. */
export interface QueryRunner {
  /** Rows as objects, column names as in the SQL. */
  query(statement: Statement): Promise<Record<string, unknown>[]>;
}

/**
 * One state's answer. Only the table's rows travel as rows (`plans`, the newest first, and their
 * `cells`); everything counted over all matching plans (charts, matrix, map) comes counted (`summary`).
 */
export interface Results {
  state: FilterState;
  /** Plans that match. */
  total: number;
  /** The first rows of the table (as many as asked for), newest first. */
  plans: PlanResult[];
  /** Cells of `plans`. */
  cells: PlanMeasureCell[];
  counts: FacetCounts;
  summary: ResultsSummary;
}

/** The measure ids in the database's codebook order, which the `levels` lists of plans follow. */
export async function measureOrder(db: QueryRunner): Promise<string[]> {
  return (await db.query({ sql: MEASURE_ORDER_SQL, params: [] })).map((r) => String(r.id));
}

/** The chosen measures' quotes of one table page; no statement when no measure is chosen (none is shown). */
function pageQuotes(
  db: QueryRunner,
  state: FilterState,
  order: MeasureOrder,
  page: { limit: number; offset?: number },
): Promise<Record<string, unknown>[]> {
  return state.measures.length > 0 ? db.query(quotesQuery(state, order, page)) : Promise.resolve([]);
}

/** Fetches the table rows from `r.plans.length` up to `to`, with their quotes (in place: "Hiện thêm"). */
export async function addPlans(db: QueryRunner, r: Results, measureIds: readonly string[], to: number): Promise<void> {
  const from = r.plans.length;
  if (to <= from || from >= r.total) return;
  const page = { limit: to - from, offset: from };
  const [rows, quotes] = await Promise.all([
    db.query(resultsQuery(r.state, measureIds, page)),
    pageQuotes(db, r.state, measureIds, page),
  ]);
  r.plans.push(...rows.map((row) => planResultFromRow(row, r.state.minLevel)));
  const cells = cellsFromRows(rows, measureIds);
  addQuotes(cells, quotes);
  r.cells.push(...cells);
}

/**
 * The plans, cells and filter counts of `state`, with the chosen measures' quotes for the first
 * `shown` rows. `measureIds` must be in the database's order (measureOrder). The statements go to the
 * engine together: one wait for the worker, not one per statement.
 */
export async function queryResults(
  db: QueryRunner,
  state: FilterState,
  measureIds: readonly string[],
  shown: number,
): Promise<Results> {
  const limit = Number.isFinite(shown) && shown < Number.MAX_SAFE_INTEGER ? shown : undefined;
  const fromSummary = measureCountsInSummary(state);
  const provincesFromSummary = provinceCountsInSummary(state);
  const [plans, facets, summary, quotes] = await Promise.all([
    db.query(resultsQuery(state, measureIds, { limit })),
    db.query(facetsQuery(state, measureIds, { measures: !fromSummary, provinces: !provincesFromSummary })),
    db.query(summaryQuery(state, measureIds)),
    pageQuotes(db, state, measureIds, { limit: limit ?? Number.MAX_SAFE_INTEGER }),
  ]);
  const counted = summaryFromRows(summary, measureIds, state.minLevel);
  const cells = cellsFromRows(plans, measureIds);
  addQuotes(cells, quotes);
  const counts = facetCountsFromRows(facets);
  if (fromSummary) counts.measures = measureCountsFromSummary(counted);
  if (provincesFromSummary) counts.provinces = provinceCountsFromSummary(counted);
  return {
    state,
    total: counted.total,
    plans: plans.map((r) => planResultFromRow(r, state.minLevel)),
    cells,
    counts,
    summary: counted,
  };
}

/** Per measure, the plans at the minimum level or above, from the counted summary (none at 0 left out). */
export function measureCountsFromSummary(summary: ResultsSummary): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of summary.provinces.values())
    for (const [id, m] of p.measures) if (m.atLevel > 0) counts.set(id, (counts.get(id) ?? 0) + m.atLevel);
  return counts;
}

/** Per locality ("" for national documents), its plans in the counted summary (none at 0 left out). */
export function provinceCountsFromSummary(summary: ResultsSummary): Map<string, number> {
  return new Map([...summary.provinces].filter(([, p]) => p.plans > 0).map(([slug, p]) => [slug, p.plans]));
}

/** What the view needs to know about the data: measures in database order, provinces in file order. */
export interface ViewContext {
  measures: readonly ChartMeasure[];
  provinceNames: ReadonlyMap<string, string>;
}

/** Everything the results area shows, as text, HTML and chart rows. */
export interface ResultsView {
  /** The line above the table: "8 văn bản (chưa lọc)." */
  summary: string;
  tableHtml: string;
  /** Rows not in the table yet (the "Hiện thêm" button), 0 when all are shown. */
  remaining: number;
  matrixHtml: string;
  /** The coverage chart's counts: every plan in the results, per measure and level. */
  coverage: LevelCounts[];
  /** Plans per province, for the map. */
  units: MapUnit[];
  /** Rows of the plans × measures chart: the newest `MATRIX_READABLE_PLANS` plans. */
  matrixRows: PlanMeasureRow[];
  /** Says the plans × measures chart is capped; null when it draws every plan. */
  chartNote: string | null;
}

/** The results area of `r`, with `limit` rows in the table. */
export function resultsView(r: Results, ctx: ViewContext, limit: number): ResultsView {
  const measureNames = new Map(ctx.measures.map((m) => [m.id, m.shortName]));
  const phrases = describeState(r.state, { measures: measureNames, provinces: ctx.provinceNames });
  const n = r.total;
  const chosen = ctx.measures.filter((m) => r.state.measures.includes(m.id));
  const shownMeasures = chosen.length > 0 ? chosen : ctx.measures;
  const matrix = matrixOfSummary(
    r.summary,
    shownMeasures.map((m) => m.id),
    [...ctx.provinceNames.keys()],
  );
  const newest = r.plans.slice(0, MATRIX_READABLE_PLANS);
  const newestSlugs = new Set(newest.map((p) => p.slug));
  const note = matrixCapNote(n);
  return {
    summary: `${formatNumber(n)} văn bản` + (phrases.length > 0 ? ` khớp: ${phrases.join("; ")}.` : " (chưa lọc)."),
    tableHtml:
      n > 0 ? renderResultsTable(r.plans, { chosen, cells: r.cells, minLevel: r.state.minLevel, limit, total: n }) : "",
    remaining: Math.max(0, n - limit),
    matrixHtml: renderMatrix(matrix, shownMeasures, ctx.provinceNames, r.state.minLevel),
    coverage: coverageOfSummary(r.summary, ctx.measures),
    units: [...ctx.provinceNames].map(([slug, name]) => ({
      slug,
      name,
      plans: r.summary.provinces.get(slug)?.plans ?? 0,
    })),
    matrixRows: chartRows(
      r.cells.filter((c) => newestSlugs.has(c.slug)),
      newest,
      ctx.measures,
    ),
    chartNote: note && `${note} của kết quả; bảng Kết quả ở trên liệt kê đủ.`,
  };
}

/**
 * The locality × measure matrix from the counted summary: national documents first, then provinces in
 * `provinceOrder`; only localities with matching plans.
 */
export function matrixOfSummary(
  summary: ResultsSummary,
  measureIds: readonly string[],
  provinceOrder: readonly string[],
): MatrixRow[] {
  const rank = new Map(provinceOrder.map((p, i) => [p, i]));
  const order = (p: string) => (p === "" ? -1 : (rank.get(p) ?? provinceOrder.length));
  return [...summary.provinces.entries()]
    .filter(([, p]) => p.plans > 0)
    .sort(([a], [b]) => order(a) - order(b) || (a < b ? -1 : 1))
    .map(([province, p]) => ({
      province,
      planCount: p.plans,
      cells: new Map(
        measureIds.map((id) => {
          const m = p.measures.get(id);
          return [id, { maxLevel: m?.maxLevel ?? null, plans: m?.atLevel ?? 0 }];
        }),
      ),
    }));
}

/** The coverage chart's counts from the summary: every measure of `measures`, summed over localities. */
export function coverageOfSummary(summary: ResultsSummary, measures: readonly ChartMeasure[]): LevelCounts[] {
  return measures.map((m) => {
    const c: LevelCounts = {
      measure: { id: m.id, name: m.name, short: m.shortName, group: m.group },
      counts: [0, 0, 0, 0],
      notCoded: 0,
      score: 0,
    };
    for (const p of summary.provinces.values()) {
      const s = p.measures.get(m.id);
      if (!s) continue;
      for (let level = 0; level < 4; level++) c.counts[level] += s.levels[level];
      c.notCoded += s.notCoded;
    }
    c.score = c.counts[1] + 2 * c.counts[2] + 3 * c.counts[3];
    return c;
  });
}
