import type { PlanMeasureRow } from "../model.ts";

export type { PlanMeasureRow };

/** Options every chart function takes. */
export interface ChartOptions {
  /** The document to create elements in: a server-side DOM (linkedom) at build, `window.document` in the browser. */
  document?: Document;
  /** Width in pixels; charts also scale down with the viewport. */
  width?: number;
  /** Title of the figure, when the page wants another than the chart's own. */
  title?: string;
}

/**
 * Contract of the chart functions in `src/lib/charts/` (same functions at build time and in the explorer):
 * - `adoptionMatrixChart(rows: PlanMeasureRow[], options?: ChartOptions): Element` — plans × measures, level as colour
 * - `coverageChart(rows: PlanMeasureRow[], options?: ChartOptions): Element` — per measure, how many plans at each level
 * - `timelineChart(rows: PlanMeasureRow[], options?: ChartOptions): Element` — plans by date, coloured by issuer kind
 * - `measureLevelsChart(rows: PlanMeasureRow[], options?: ChartOptions): Element` — one measure's levels across plans
 * Each returns a `<figure>` holding the SVG, a title and a text description.
 */
export type ChartFunction = (rows: PlanMeasureRow[], options?: ChartOptions) => Element;
