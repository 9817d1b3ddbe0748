/**
 * Draws the explorer's results from a query's rows: summary, table, locality × measure matrix, charts
 * (with the same chart functions as the reading pages), and the counts next to every filter option.
 */
import { describeState } from "../lib/explorer/describe.ts";
import { MATRIX_CHART_PLANS } from "../lib/explorer/limits.ts";
import { renderMatrix, renderResultsTable } from "../lib/explorer/render.ts";
import {
  chartRows,
  localityMatrix,
  type FacetCounts,
  type PlanMeasureCell,
  type PlanResult,
} from "../lib/explorer/shape.ts";
import type { FilterState } from "../lib/explorer/state.ts";
import type { PageContext } from "./explorer-form.ts";

/** One query's answer. */
export interface Results {
  state: FilterState;
  plans: PlanResult[];
  cells: PlanMeasureCell[];
  counts: FacetCounts;
}

type Charts = typeof import("../lib/charts/index.ts");
let charts: Promise<Charts> | undefined;

/** The chart module, loaded once (Plot is only needed once results come). */
export function loadCharts(): Promise<Charts> {
  charts ??= import("../lib/charts/index.ts");
  return charts;
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function drawCharts(c: Charts, r: Results, ctx: PageContext) {
  const coverage = byId("bieu-do-do-phu");
  const matrix = byId("bieu-do-ma-tran");
  if (r.plans.length === 0) {
    coverage.replaceChildren();
    matrix.replaceChildren();
    return;
  }
  const rows = chartRows(r.cells, r.plans, ctx.measures);
  const newest = new Set(r.plans.slice(0, MATRIX_CHART_PLANS).map((p) => p.slug));
  const width = Math.max(320, Math.min(960, coverage.clientWidth || 960));
  coverage.replaceChildren(c.coverageChart(rows, { document, width }));
  matrix.replaceChildren(
    c.adoptionMatrixChart(
      rows.filter((row) => newest.has(row.slug)),
      { document, width },
    ),
  );
}

/** Sets the count next to every filter option. */
export function drawCounts(counts: FacetCounts): void {
  for (const el of document.querySelectorAll<HTMLElement>("[data-dem]")) {
    const [facet, value] = (el.dataset.dem ?? "").split(":") as [keyof FacetCounts, string];
    const n = counts[facet]?.get(value) ?? 0;
    el.textContent = String(n);
    el.classList.toggle("khong", n === 0);
    el.title = `${n} văn bản`;
  }
}

/** Redraws everything from `r`; `limit` rows of the table. */
export async function drawResults(r: Results, ctx: PageContext, limit: number): Promise<void> {
  const measureNames = new Map(ctx.measures.map((m) => [m.id, m.shortName]));
  const phrases = describeState(r.state, { measures: measureNames, provinces: ctx.provinceNames });
  const n = r.plans.length;
  byId("ket-qua-tom-tat").textContent =
    `${n} văn bản` + (phrases.length > 0 ? ` khớp: ${phrases.join("; ")}.` : " (chưa lọc).");
  byId("ket-qua").dataset.soKetQua = String(n);
  byId("ket-qua-trong").hidden = n > 0;
  byId("ket-qua-phu").hidden = n === 0;
  byId<HTMLButtonElement>("tai-csv").disabled = n === 0;
  const chosen = ctx.measures.filter((m) => r.state.measures.includes(m.id));
  byId("ket-qua-bang").innerHTML =
    n > 0 ? renderResultsTable(r.plans, { chosen, cells: r.cells, minLevel: r.state.minLevel, limit }) : "";
  const more = byId<HTMLButtonElement>("hien-them");
  more.hidden = n <= limit;
  more.textContent = `Hiện thêm (còn ${Math.max(0, n - limit)} văn bản)`;
  const shown = chosen.length > 0 ? chosen : ctx.measures;
  const provinceOrder = [...ctx.provinceNames.keys()];
  byId("ket-qua-ma-tran").innerHTML = renderMatrix(
    localityMatrix(
      r.cells,
      shown.map((m) => m.id),
      provinceOrder,
      r.state.minLevel,
    ),
    shown,
    ctx.provinceNames,
    r.state.minLevel,
  );
  drawCounts(r.counts);
  performance.mark("kham-pha:bang-xong");
  drawCharts(await loadCharts(), r, ctx);
}
