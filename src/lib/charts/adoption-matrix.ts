import * as Plot from "@observablehq/plot";
import { levelLabel } from "../format.ts";
import { count, levelCounts, matrixOrder, measureHref, planHref, type ChartMeasure, type ChartPlan } from "./data.ts";
import { leadersAndGaps } from "./describe.ts";
import { documentOf, stableId } from "./dom.ts";
import { chartFigure, hatchDefs, levelLegend, type TableCell } from "./figure.ts";
import { LEVEL_INK, levelFill } from "./palette.ts";
import type { ChartOptions, PlanMeasureRow } from "./types.ts";

const CELL = 28;
const ROW = 28;
const LABEL_WIDTH = 270;
const FONT = 13;

/**
 * Plans × measures, the level as colour (and as the digit in each cell). Measures run from the most to
 * the least adopted, plans from the most to the least committed, documents not coded (hatched) first.
 * Each cell links to the measure's row on the plan's page.
 */
export function adoptionMatrixChart(rows: PlanMeasureRow[], options: ChartOptions = {}): Element {
  const doc = documentOf(options);
  const { plans, measures } = matrixOrder(rows);
  const hatch = stableId("chua-ma-hoa", rows.map((r) => `${r.slug}:${r.measureId}`).join());
  const titleOf = new Map(plans.map((p) => [p.slug, p.shortTitle]));
  const marginTop = 124;
  const marginRight = 104;
  const width = options.width ?? LABEL_WIDTH + measures.length * CELL + marginRight;
  const height = marginTop + plans.length * ROW + 8;
  const cells = rows.filter((r) => titleOf.has(r.slug));
  const svg = Plot.plot({
    document: doc,
    width,
    height,
    marginTop,
    marginLeft: LABEL_WIDTH,
    marginRight,
    marginBottom: 8,
    x: {
      domain: measures.map((m) => m.id),
      axis: null,
      padding: 0.08,
    },
    y: { domain: plans.map((p) => p.slug), axis: null, padding: 0.08 },
    color: { type: "identity" },
    marks: [
      () => hatchDefs(doc, hatch),
      Plot.text(measures, {
        x: "id",
        frameAnchor: "top",
        dy: -8,
        dx: 4,
        rotate: -45,
        textAnchor: "start",
        text: "short",
        href: (m: ChartMeasure) => measureHref(m.id),
        title: "name",
      }),
      Plot.text(plans, {
        y: "slug",
        frameAnchor: "left",
        dx: -8,
        textAnchor: "end",
        text: "shortTitle",
        // Plot measures text with narrower glyphs than Noto Sans: a little slack, still inside the margin.
        lineWidth: (LABEL_WIDTH - 16) / FONT,
        textOverflow: "ellipsis",
        href: (p: ChartPlan) => planHref(p.slug),
      }),
      Plot.cell(cells, {
        x: "measureId",
        y: "slug",
        fill: (d: PlanMeasureRow) => levelFill(d.level, `url(#${hatch})`),
        stroke: (d: PlanMeasureRow) => (d.level === null ? "#8d96a0" : "none"),
        href: (d: PlanMeasureRow) => planHref(d.slug, d.measureId),
        title: (d: PlanMeasureRow) => `${d.shortTitle}\n${d.measureName}: ${levelLabel(d.level)}`,
      }),
      Plot.text(
        cells.filter((d) => d.level !== null),
        {
          x: "measureId",
          y: "slug",
          text: "level",
          fill: (d: PlanMeasureRow) => LEVEL_INK[d.level ?? 0],
          pointerEvents: "none",
        },
      ),
    ],
  });
  svg.setAttribute("font-size", String(FONT));
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
    wide: true,
    table: {
      caption: "Mức cam kết của từng văn bản với từng biện pháp (– là chưa mã hóa)",
      head: ["Văn bản", ...measures.map((m) => m.short)],
      rows: tableRows,
    },
  });
}
