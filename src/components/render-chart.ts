/**
 * Build-time drawing of charts: gives the chart functions of `src/lib/charts` a server-side document
 * (linkedom) and returns the figure as HTML, so reading pages show charts without JavaScript.
 */
import { parseHTML } from "linkedom";
import type { ChartFunction, ChartOptions, PlanMeasureRow } from "../lib/charts/types.ts";

let document: Document | undefined;

/** Draws `chart` over `rows` and returns its `<figure>` as HTML. */
export function renderChart(
  chart: ChartFunction,
  rows: PlanMeasureRow[],
  options: Omit<ChartOptions, "document"> = {},
): string {
  document ??= parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
  return chart(rows, { ...options, document }).outerHTML;
}
