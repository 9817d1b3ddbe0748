import * as Plot from "@observablehq/plot";
import { LEVEL_NAMES } from "../labels.ts";
import { levelLabel } from "../format.ts";
import { count, planHref, type ChartPlan, plansOf } from "./data.ts";
import { listVi } from "./describe.ts";
import { documentOf, stableId } from "./dom.ts";
import { chartFigure, hatchDefs, levelLegend } from "./figure.ts";
import { LEVEL_INK, NULL_STROKE, levelFill } from "./palette.ts";
import type { ChartOptions, PlanMeasureRow } from "./types.ts";

const ROW = 46;
/** Columns of the chart: "not coded", then levels 0–3. */
const COLUMNS = ["null", "0", "1", "2", "3"] as const;
const columnOf = (level: number | null) => (level === null ? "null" : String(level));
const columnLabel = (c: string) => (c === "null" ? "Chưa mã hóa" : `Mức ${c}`);
/** Narrow columns: "Chưa mã hóa" on two lines. */
const shortColumnLabel = (c: string) => (c === "null" ? "Chưa\nmã hóa" : `Mức ${c}`);
const NARROW = 400;
/** Beyond this many plans a row per plan is too long to read: the chart counts plans per level instead. */
const MANY_PLANS = 30;

interface Mark {
  plan: ChartPlan;
  level: number | null;
}

/**
 * One measure across plans: a row per plan, with a mark in the column of its level (not coded, 0, 1, 2,
 * 3), plans from the most to the least concrete. The plan's name stands above its row, so the chart
 * reads on a phone. Given rows of several measures, it draws the first.
 */
export function measureLevelsChart(rows: PlanMeasureRow[], options: ChartOptions = {}): Element {
  const doc = documentOf(options);
  const measureId = rows[0]?.measureId;
  const mine = rows.filter((r) => r.measureId === measureId);
  const measureName = mine[0]?.measureName ?? "";
  const rank = (level: number | null) => (level === null ? -1 : level);
  const marks: Mark[] = plansOf(mine)
    .map((plan) => ({ plan, level: plan.levels.get(measureId ?? "") ?? null }))
    .sort((a, b) => rank(b.level) - rank(a.level) || (b.plan.date ?? "").localeCompare(a.plan.date ?? ""));
  const hatch = stableId("chua-ma-hoa", `muc-do:${options.width}:${measureId}:${marks.map((m) => m.plan.slug).join()}`);
  const width = options.width ?? 420;
  const many = marks.length > MANY_PLANS;
  const svg = many ? histogram(doc, marks, width, hatch) : perPlan(doc, marks, width, hatch, measureId);
  svg.setAttribute("font-size", "13");
  const coded = marks.filter((m) => m.level !== null);
  const at = (level: number) => coded.filter((m) => m.level === level).length;
  const parts = [3, 2, 1, 0]
    .filter((l) => at(l) > 0)
    .map((l) => `${at(l)} ở mức ${l} (${LEVEL_NAMES[l].toLowerCase()})`);
  const notCoded = marks.length - coded.length;
  const description =
    (coded.length > 0
      ? `Trong ${count(coded.length, "kế hoạch")} đã mã hóa: ${listVi(parts)}.`
      : "Chưa có kế hoạch nào được mã hóa cho biện pháp này.") +
    (notCoded > 0 ? ` ${count(notCoded, "văn bản")} chưa mã hóa.` : "");
  return chartFigure(doc, {
    kind: "muc-do",
    title: options.title ?? `Mức cam kết với biện pháp “${measureName}”`,
    description,
    legend: levelLegend(doc),
    svg,
    table: many
      ? {
          caption: `Số văn bản ở từng mức với biện pháp “${measureName}”`,
          head: ["Mức", "Số văn bản"],
          rows: ([3, 2, 1, 0, null] as const).map((level) => [
            { text: levelLabel(level), level, rowHeader: true },
            String(marks.filter((m) => m.level === level).length),
          ]),
        }
      : {
          caption: `Mức của từng văn bản với biện pháp “${measureName}”`,
          head: ["Văn bản", "Mức"],
          rows: marks.map((m) => [
            { text: m.plan.shortTitle, href: planHref(m.plan.slug, measureId), rowHeader: true },
            { text: levelLabel(m.level), level: m.level },
          ]),
        },
  });
}

/** A row per plan, its mark in the column of its level. */
function perPlan(doc: Document, marks: Mark[], width: number, hatch: string, measureId?: string): Element {
  return Plot.plot({
    document: doc,
    width,
    height: marks.length * ROW + (width < NARROW ? 50 : 36),
    marginLeft: 4,
    marginRight: 4,
    marginTop: width < NARROW ? 44 : 30,
    marginBottom: 4,
    x: { domain: COLUMNS, label: null, paddingInner: 0.15, insetLeft: 12 },
    y: { domain: marks.map((m) => m.plan.slug), axis: null, paddingInner: 0 },
    color: { type: "identity" },
    marks: [
      () => hatchDefs(doc, hatch),
      Plot.axisX({
        anchor: "top",
        tickSize: 0,
        tickFormat: width < NARROW ? shortColumnLabel : columnLabel,
      }),
      Plot.text(marks, {
        y: (m: Mark) => m.plan.slug,
        frameAnchor: "left",
        textAnchor: "start",
        dy: -ROW / 4,
        text: (m: Mark) => m.plan.shortTitle,
        lineWidth: (width - 8) / 13,
        textOverflow: "ellipsis",
        href: (m: Mark) => planHref(m.plan.slug, measureId),
      }),
      Plot.ruleY(marks, {
        y: (m: Mark) => m.plan.slug,
        dy: ROW / 4 - 1,
        stroke: "#e4e8ec",
      }),
      Plot.cell(marks, {
        x: (m: Mark) => columnOf(m.level),
        y: (m: Mark) => m.plan.slug,
        fill: (m: Mark) => levelFill(m.level, `url(#${hatch})`),
        stroke: (m: Mark) => (m.level === null ? NULL_STROKE : "none"),
        insetTop: ROW / 2,
        insetBottom: 2,
        title: (m: Mark) => `${m.plan.shortTitle}: ${levelLabel(m.level)}`,
      }),
      Plot.text(
        marks.filter((m) => m.level !== null),
        {
          x: (m: Mark) => columnOf(m.level),
          y: (m: Mark) => m.plan.slug,
          dy: ROW / 4 - 1,
          text: (m: Mark) => String(m.level),
          fill: (m: Mark) => LEVEL_INK[m.level ?? 0],
          pointerEvents: "none",
        },
      ),
    ],
  });
}

/** With many plans, one bar per level: how many plans stand there. */
function histogram(doc: Document, marks: Mark[], width: number, hatch: string): Element {
  const bars = COLUMNS.map((column) => ({
    column,
    level: column === "null" ? null : Number(column),
    n: marks.filter((m) => columnOf(m.level) === column).length,
  }));
  return Plot.plot({
    document: doc,
    width,
    height: 240,
    marginLeft: 4,
    marginRight: 4,
    marginTop: 20,
    marginBottom: 28,
    x: { domain: COLUMNS, label: null, paddingInner: 0.2 },
    y: { axis: null, domain: [0, Math.max(1, ...bars.map((b) => b.n))] },
    color: { type: "identity" },
    marks: [
      () => hatchDefs(doc, hatch),
      Plot.axisX({ tickSize: 0, tickFormat: width < NARROW ? shortColumnLabel : columnLabel }),
      Plot.barY(bars, {
        x: "column",
        y: "n",
        fill: (b: (typeof bars)[number]) => levelFill(b.level, `url(#${hatch})`),
        stroke: (b: (typeof bars)[number]) => (b.level === null ? NULL_STROKE : "none"),
      }),
      Plot.text(bars, { x: "column", y: "n", dy: -8, text: (b: (typeof bars)[number]) => String(b.n) }),
      Plot.ruleY([0], { stroke: "#8d96a0" }),
    ],
  });
}
