/**
 * Draws the explorer's results from a query's rows: summary, table, locality × measure matrix, charts
 * (with the same chart functions as the reading pages), and the counts next to every filter option.
 */
import type { FacetCounts } from "../lib/explorer/shape.ts";
import { MAP_TITLE, resultsView, type Results, type ResultsView } from "../lib/explorer/view.ts";
import type { Topology } from "topojson-specification";
import type { UnitShapes } from "../lib/charts/map-data.ts";
import type { PageContext } from "./explorer-form.ts";
import { IDS } from "../lib/dom-ids.ts";
import { byId } from "./dom.ts";

type Charts = typeof import("../lib/charts/index.ts");
let charts: Promise<Charts> | undefined;

/** The chart module, loaded once (Plot is only needed once results come). */
export function loadCharts(): Promise<Charts> {
  charts ??= import("../lib/charts/index.ts");
  return charts;
}

let shapes: Promise<UnitShapes | undefined> | undefined;

/** The boundaries of the 34 units, fetched once from the address the page gives; undefined if that fails. */
function loadShapes(url: string | undefined): Promise<UnitShapes | undefined> {
  shapes ??= (async () => {
    if (!url) return undefined;
    const [{ feature }, response] = await Promise.all([import("topojson-client"), fetch(url)]);
    if (!response.ok) return undefined;
    const topo = (await response.json()) as Topology;
    return feature(topo, topo.objects.provinces) as unknown as UnitShapes;
  })().catch(() => undefined);
  return shapes;
}

async function drawCharts(c: Charts, view: ResultsView, empty: boolean) {
  const coverage = byId(IDS.coverageChart);
  const matrix = byId(IDS.matrixChart);
  const map = byId(IDS.mapChart);
  if (empty) {
    coverage.replaceChildren();
    matrix.replaceChildren();
    map.replaceChildren();
    return;
  }
  const width = Math.max(320, Math.min(960, coverage.clientWidth || 960));
  coverage.replaceChildren(c.coverageChartOfCounts(view.coverage, { document, width }));
  matrix.replaceChildren(c.adoptionMatrixChart(view.matrixRows, { document, width }));
  // The map keeps its server-drawn version when the boundaries cannot be fetched.
  const boundaries = await loadShapes(map.dataset.ranhGioi);
  if (!boundaries) return;
  map.replaceChildren(
    c.provinceMapChart(
      { shapes: boundaries, units: view.units },
      { document, width: Math.min(c.MAP_WIDTH, map.clientWidth || c.MAP_WIDTH), title: MAP_TITLE },
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
  await drawCharts(await loadCharts(), view, n === 0);
}
