/**
 * Build-time drawing of charts: gives the chart functions of `src/lib/charts` a server-side document
 * (linkedom) and returns the figure as HTML, so reading pages show charts without JavaScript.
 */
import { parseHTML } from "linkedom";
import type { ChartFunction, ChartOptions, PlanMeasureRow } from "../lib/charts/types.ts";

let document: Document | undefined;

/** Options of `renderChart`. */
export interface RenderOptions extends Omit<ChartOptions, "document"> {
  /**
   * Also draw the chart at this width for phones. Its drawing goes into the same figure (one caption,
   * one table), and the stylesheet shows one drawing or the other by screen width.
   */
  narrowWidth?: number;
}

/** Draws `chart` over `rows` (plan × measure rows, or the data a chart of its own kind takes) and returns its `<figure>` as HTML. */
export function renderChart<T = PlanMeasureRow[]>(
  chart: ChartFunction | ((data: T, options?: ChartOptions) => Element),
  rows: T,
  options: RenderOptions = {},
): string {
  const draw = chart as (data: T, options?: ChartOptions) => Element;
  document ??= parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
  const { narrowWidth, ...chartOptions } = options;
  const figure = draw(rows, { ...chartOptions, document });
  if (narrowWidth !== undefined) {
    const narrow = draw(rows, { ...chartOptions, width: narrowWidth, document });
    const wideDrawing = figure.querySelector(".chart-drawing");
    const narrowDrawing = narrow.querySelector(".chart-drawing");
    if (wideDrawing && narrowDrawing) {
      // Phones have no hover: the narrow drawing's tooltips would only add weight.
      for (const title of Array.from(narrowDrawing.querySelectorAll("title"))) title.remove();
      wideDrawing.classList.add("chart-drawing--wide");
      narrowDrawing.classList.add("chart-drawing--narrow");
      wideDrawing.after(narrowDrawing);
      figure.classList.add("chart--has-narrow");
    }
  }
  return figure.outerHTML;
}
