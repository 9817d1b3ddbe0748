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
import { facetsQuery, MEASURE_ORDER_SQL, quotesQuery, resultsQuery, type Statement } from "./query.ts";
import { renderMatrix, renderResultsTable } from "./render.ts";
import {
  addQuotes,
  cellsFromRows,
  chartRows,
  facetCountsFromRows,
  localityMatrix,
  planResultFromRow,
  type ChartMeasure,
  type FacetCounts,
  type PlanMeasureCell,
  type PlanResult,
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

/** One state's answer. */
export interface Results {
  state: FilterState;
  plans: PlanResult[];
  cells: PlanMeasureCell[];
  counts: FacetCounts;
}

/** The measure ids in the database's codebook order, which the `levels` lists of plans follow. */
export async function measureOrder(db: QueryRunner): Promise<string[]> {
  return (await db.query({ sql: MEASURE_ORDER_SQL, params: [] })).map((r) => String(r.id));
}

/** Fetches the chosen measures' quotes for the table rows `from` to `to` (in place). */
export async function addShownQuotes(db: QueryRunner, r: Results, from: number, to: number): Promise<void> {
  if (r.state.measures.length === 0) return;
  const shown = r.plans.slice(from, to).map((p) => p.slug);
  addQuotes(r.cells, await db.query(quotesQuery(shown, r.state.measures)));
}

/**
 * The plans, cells and filter counts of `state`, with the chosen measures' quotes for the first
 * `shown` rows. `measureIds` must be in the database's order (measureOrder).
 */
export async function queryResults(
  db: QueryRunner,
  state: FilterState,
  measureIds: readonly string[],
  shown: number,
): Promise<Results> {
  const [plans, facets] = await Promise.all([db.query(resultsQuery(state)), db.query(facetsQuery(state))]);
  const results: Results = {
    state,
    plans: plans.map((r) => planResultFromRow(r, state.minLevel)),
    cells: cellsFromRows(plans, measureIds),
    counts: facetCountsFromRows(facets),
  };
  await addShownQuotes(db, results, 0, shown);
  return results;
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
  /** Rows of the coverage chart: every plan in the results. */
  coverageRows: PlanMeasureRow[];
  /** Rows of the plans × measures chart: the newest `MATRIX_READABLE_PLANS` plans. */
  matrixRows: PlanMeasureRow[];
  /** Says the plans × measures chart is capped; null when it draws every plan. */
  chartNote: string | null;
}

/** The results area of `r`, with `limit` rows in the table. */
export function resultsView(r: Results, ctx: ViewContext, limit: number): ResultsView {
  const measureNames = new Map(ctx.measures.map((m) => [m.id, m.shortName]));
  const phrases = describeState(r.state, { measures: measureNames, provinces: ctx.provinceNames });
  const n = r.plans.length;
  const chosen = ctx.measures.filter((m) => r.state.measures.includes(m.id));
  const shownMeasures = chosen.length > 0 ? chosen : ctx.measures;
  const matrix = localityMatrix(
    r.cells,
    shownMeasures.map((m) => m.id),
    [...ctx.provinceNames.keys()],
    r.state.minLevel,
  );
  const coverageRows = chartRows(r.cells, r.plans, ctx.measures);
  const newest = new Set(r.plans.slice(0, MATRIX_READABLE_PLANS).map((p) => p.slug));
  const note = matrixCapNote(n);
  return {
    summary: `${formatNumber(n)} văn bản` + (phrases.length > 0 ? ` khớp: ${phrases.join("; ")}.` : " (chưa lọc)."),
    tableHtml: n > 0 ? renderResultsTable(r.plans, { chosen, cells: r.cells, minLevel: r.state.minLevel, limit }) : "",
    remaining: Math.max(0, n - limit),
    matrixHtml: renderMatrix(matrix, shownMeasures, ctx.provinceNames, r.state.minLevel),
    coverageRows,
    matrixRows: coverageRows.filter((row) => newest.has(row.slug)),
    chartNote: note && `${note} của kết quả; bảng Kết quả ở trên liệt kê đủ.`,
  };
}
