import * as Plot from "@observablehq/plot";
import { levelLabel } from "../format.ts";
import { count, levelCounts, matrixOrder, measureHref, planHref, type ChartMeasure, type ChartPlan } from "./data.ts";
import { leadersAndGaps } from "./describe.ts";
import { documentOf, stableId } from "./dom.ts";
import { chartFigure, hatchDefs, levelLegend, type TableCell } from "./figure.ts";
import { LEVEL_INK, NULL_STROKE, levelFill } from "./palette.ts";
import type { ChartOptions, PlanMeasureRow } from "./types.ts";

/** Below this width the matrix puts each plan's name above its row, so the cells can use the full width. */
export const COMPACT_BELOW = 560;

/** Sizes of one layout of the matrix. */
interface Layout {
  width: number;
  cell: number;
  /** Room for the plan's name: to the left of the row (wide) or above it (compact). */
  labelWidth: number;
  labelHeight: number;
  marginTop: number;
  marginRight: number;
  rotate: number;
  font: number;
}

function layoutFor(measureCount: number, width: number | undefined): Layout {
  if (width !== undefined && width < COMPACT_BELOW) {
    const cell = Math.max(12, Math.min(28, Math.floor((width - 8) / measureCount)));
    return { width, cell, labelWidth: 0, labelHeight: 18, marginTop: 136, marginRight: 4, rotate: -90, font: 12 };
  }
  const cell = 28;
  const labelWidth = 270;
  const marginRight = 104;
  return {
    width: width ?? labelWidth + measureCount * cell + marginRight,
    cell,
    labelWidth,
    labelHeight: 0,
    marginTop: 124,
    marginRight,
    rotate: -45,
    font: 13,
  };
}

/**
 * Plans × measures, the level as colour (and as the digit in each cell). Measures run from the most to
 * the least adopted, plans from the most to the least committed, documents not coded (hatched) first.
 * Each cell links to the measure's row on the plan's page. Narrower than `COMPACT_BELOW` pixels, plan
 * names stand above their rows and the measures' names turn upright.
 */
export function adoptionMatrixChart(rows: PlanMeasureRow[], options: ChartOptions = {}): Element {
  const doc = documentOf(options);
  const { plans, measures } = matrixOrder(rows);
  const L = layoutFor(measures.length, options.width);
  const compact = L.labelWidth === 0;
  const hatch = stableId("chua-ma-hoa", `${L.width}:${rows.map((r) => `${r.slug}:${r.measureId}`).join()}`);
  const inMatrix = new Set(plans.map((p) => p.slug));
  const cells = rows.filter((r) => inMatrix.has(r.slug));
  const band = L.labelHeight + L.cell;
  const marginLeft = compact ? 4 : L.labelWidth;
  const svg = Plot.plot({
    document: doc,
    width: L.width,
    height: L.marginTop + plans.length * band + 8,
    marginTop: L.marginTop,
    marginLeft,
    marginRight: compact ? L.width - marginLeft - measures.length * L.cell : L.marginRight,
    marginBottom: 8,
    x: { domain: measures.map((m) => m.id), axis: null, padding: 0.08 },
    y: { domain: plans.map((p) => p.slug), axis: null, paddingInner: compact ? 0 : 0.08, paddingOuter: 0 },
    color: { type: "identity" },
    marks: [
      () => hatchDefs(doc, hatch),
      Plot.text(measures, {
        x: "id",
        frameAnchor: "top",
        dy: -8,
        dx: compact ? 0 : 4,
        rotate: L.rotate,
        textAnchor: "start",
        text: "short",
        href: (m: ChartMeasure) => measureHref(m.id),
        title: "name",
      }),
      Plot.text(plans, {
        y: "slug",
        frameAnchor: "left",
        dx: compact ? 0 : -8,
        dy: compact ? -L.cell / 2 : 0,
        textAnchor: compact ? "start" : "end",
        text: "shortTitle",
        // Plot measures text with narrower glyphs than Noto Sans: a little slack, still inside the margin.
        lineWidth: compact ? (L.width - 8) / L.font : (L.labelWidth - 16) / L.font,
        textOverflow: "ellipsis",
        href: (p: ChartPlan) => planHref(p.slug),
      }),
      Plot.cell(cells, {
        x: "measureId",
        y: "slug",
        insetTop: L.labelHeight,
        fill: (d: PlanMeasureRow) => levelFill(d.level, `url(#${hatch})`),
        stroke: (d: PlanMeasureRow) => (d.level === null ? NULL_STROKE : "none"),
        href: (d: PlanMeasureRow) => planHref(d.slug, d.measureId),
        title: (d: PlanMeasureRow) => `${d.shortTitle}\n${d.measureShort}: ${levelLabel(d.level)}`,
      }),
      Plot.text(
        cells.filter((d) => d.level !== null),
        {
          x: "measureId",
          y: "slug",
          dy: L.labelHeight / 2,
          text: "level",
          fontSize: compact ? 10 : undefined,
          fill: (d: PlanMeasureRow) => LEVEL_INK[d.level ?? 0],
          pointerEvents: "none",
        },
      ),
    ],
  });
  svg.setAttribute("font-size", String(L.font));
  const codedPlans = plans.filter((p) => [...p.levels.values()].some((l) => l !== null)).length;
  const description =
    `${count(plans.length, "văn bản")} (hàng) × ${count(measures.length, "biện pháp")} (cột); màu càng đậm, cam kết càng cụ thể. ` +
    (plans.length > codedPlans
      ? `${count(plans.length - codedPlans, "văn bản")} chưa được mã hóa (ô gạch chéo) vì dự án không có toàn văn. `
      : "") +
    leadersAndGaps(levelCounts(rows));
  const tableRows: TableCell[][] = plans.map((p) => [
    { text: p.shortTitle, href: planHref(p.slug), rowHeader: true },
    ...measures.map((m) => {
      const level = p.levels.get(m.id) ?? null;
      return { text: level === null ? "–" : String(level), level };
    }),
  ]);
  return chartFigure(doc, {
    kind: "ma-tran",
    title: options.title ?? "Biện pháp nào được cam kết, cụ thể đến đâu",
    description,
    legend: levelLegend(doc),
    svg,
    wide: !compact,
    table: {
      caption: "Mức cam kết của từng văn bản với từng biện pháp (– là chưa mã hóa)",
      head: ["Văn bản", ...measures.map((m) => m.short)],
      rows: tableRows,
    },
  });
}
