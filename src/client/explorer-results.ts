/**
 * Draws the explorer's results from a query's rows: summary, table, locality × measure matrix, charts
 * (with the same chart functions as the reading pages), and the counts next to every filter option.
 */
import type { FacetCounts } from "../lib/explorer/shape.ts";
import { MAP_TITLE, resultsView, type Results, type ResultsView } from "../lib/explorer/view.ts";
import type { Topology } from "topojson-specification";
import type { UnitShapes } from "../lib/charts/map-data.ts";
import type { PageContext } from "./explorer-form.ts";
import { IDS, type DomId } from "../lib/dom-ids.ts";
import { formatNumber } from "../lib/format.ts";
import { byId } from "./dom.ts";

type Charts = typeof import("../lib/charts/index.ts");
let charts: Promise<Charts> | undefined;

/** The chart module, loaded once (Plot is only needed once results come). */
export function loadCharts(): Promise<Charts> {
  charts ??= import("../lib/charts/index.ts");
  return charts;
}

let shapes: Promise<UnitShapes | undefined> | undefined;

/**
 * The boundaries of the 34 units, fetched once from the address the page gives (the map's
 * `data-ranh-gioi`); undefined if that fails. Called while DuckDB loads, so the first redraw of the map
 * does not wait for them.
 */
export function loadShapes(url = byId(IDS.mapChart).dataset.ranhGioi): Promise<UnitShapes | undefined> {
  shapes ??= (async () => {
    if (!url) return undefined;
    const [{ feature }, response] = await Promise.all([import("topojson-client"), fetch(url)]);
    if (!response.ok) return undefined;
    const topo = (await response.json()) as Topology;
    return feature(topo, topo.objects.provinces) as unknown as UnitShapes;
  })().catch(() => undefined);
  return shapes;
}

/** Chart widths, read before the results are written: reading them after would force a layout of the new table. */
interface Widths {
  chart: number;
  map: number;
}

function chartWidths(): Widths {
  const coverage = byId(IDS.coverageChart);
  const map = byId(IDS.mapChart);
  return {
    chart: Math.max(320, Math.min(960, coverage.clientWidth || 960)),
    map: map.clientWidth,
  };
}

/** What each chart was last drawn from: a chart whose input did not change is not drawn again. */
const drawn = new Map<DomId, string>();

function drawOnce(id: DomId, key: string, draw: () => Element) {
  if (drawn.get(id) === key) return;
  byId(id).replaceChildren(draw());
  drawn.set(id, key);
}

async function drawCharts(c: Charts, view: ResultsView, widths: Widths, empty: boolean) {
  if (empty) {
    for (const id of [IDS.coverageChart, IDS.matrixChart, IDS.mapChart]) {
      byId(id).replaceChildren();
      drawn.delete(id);
    }
    return;
  }
  const width = widths.chart;
  drawOnce(IDS.coverageChart, JSON.stringify([width, view.coverage]), () =>
    c.coverageChartOfCounts(view.coverage, { document, width }),
  );
  performance.mark("kham-pha:bao-phu-xong");
  drawOnce(IDS.matrixChart, JSON.stringify([width, view.matrixRows]), () =>
    c.adoptionMatrixChart(view.matrixRows, { document, width }),
  );
  performance.mark("kham-pha:ma-tran-xong");
  // The map keeps its server-drawn version when the boundaries cannot be fetched.
  const boundaries = await loadShapes();
  if (!boundaries) return;
  const mapWidth = Math.min(c.MAP_WIDTH, widths.map || c.MAP_WIDTH);
  drawOnce(IDS.mapChart, JSON.stringify([mapWidth, view.units]), () =>
    c.provinceMapChart({ shapes: boundaries, units: view.units }, { document, width: mapWidth, title: MAP_TITLE }),
  );
}

/** Sets the count next to every filter option. */
export function drawCounts(counts: FacetCounts): void {
  for (const el of document.querySelectorAll<HTMLElement>("[data-dem]")) {
    const [facet, value] = (el.dataset.dem ?? "").split(":") as [keyof FacetCounts, string];
    const n = counts[facet]?.get(value) ?? 0;
    el.textContent = formatNumber(n);
    el.classList.toggle("khong", n === 0);
    el.title = `${formatNumber(n)} văn bản`;
  }
}

/**
 * Redraws everything from `r`; `limit` rows of the table. `beforeCharts`, when given, runs (and is
 * awaited) once the table, matrix and counts are written and before the charts are drawn.
 */
export async function drawResults(
  r: Results,
  ctx: PageContext,
  limit: number,
  beforeCharts?: () => Promise<void>,
): Promise<void> {
  const widths = chartWidths();
  const view = resultsView(r, ctx, limit);
  const n = r.total;
  byId(IDS.resultsSummary).textContent = view.summary;
  byId(IDS.results).dataset.soKetQua = String(n);
  byId(IDS.resultsEmpty).hidden = n > 0;
  byId(IDS.resultsExtra).hidden = n === 0;
  byId<HTMLButtonElement>(IDS.csvButton).disabled = n === 0;
  byId(IDS.resultsTable).innerHTML = view.tableHtml;
  const more = byId<HTMLButtonElement>(IDS.moreButton);
  more.hidden = view.remaining === 0;
  more.textContent = `Hiện thêm (còn ${view.remaining} văn bản)`;
  byId(IDS.localityMatrix).innerHTML = view.matrixHtml;
  const note = byId(IDS.chartNote);
  note.textContent = view.chartNote ?? "";
  note.hidden = view.chartNote === null;
  drawCounts(r.counts);
  performance.mark("kham-pha:bang-xong");
  if (beforeCharts) await beforeCharts();
  await drawCharts(await loadCharts(), view, widths, n === 0);
}
