/**
 * The charts of the site. Each takes plan × measure rows and returns a `<figure>` with the SVG, a title,
 * a text description and the data as a table; the same functions run at build (linkedom) and in the
 * browser (the explorer).
 */
export { adoptionMatrixChart } from "./adoption-matrix.ts";
export { MATRIX_READABLE_PLANS, matrixCapNote, matrixPlans } from "./matrix-cap.ts";
export { coverageChart, coverageChartOfCounts } from "./coverage.ts";
export { timelineChart } from "./timeline.ts";
export { measureLevelsChart } from "./measure-levels.ts";
export type { ChartFunction, ChartOptions, PlanMeasureRow } from "./types.ts";
export { cascadeChainsChart, cascadeLevelsChart, MAX_CHAINS } from "./cascade.ts";
export { cascadeOverviewChart } from "./cascade-overview.ts";
export { cascadeData, planLevels, type CascadeData } from "./cascade-data.ts";
export { provinceMapChart, measureMapsChart, MAP_WIDTH, type MapOptions } from "./province-map.ts";
export { mapUnits, unitLabel, type MapInput, type MapUnit, type UnitShapes } from "./map-data.ts";
export { indicatorLevelsChart, type IndicatorLevelsInput } from "./indicator-levels.ts";
