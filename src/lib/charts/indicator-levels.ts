import * as Plot from "@observablehq/plot";
import { INDICATORS } from "../../schemas/indicator.ts";
import {
  formatValue,
  INDICATOR_NAMES,
  unitLabel,
  yearLabel,
  type IndicatorPoint,
  type IndicatorVsLevel,
} from "../indicators.ts";
import { levelLabel } from "../format.ts";
import { documentOf } from "./dom.ts";
import { chartFigure, levelLegend } from "./figure.ts";
import { LEVEL_FILL } from "./palette.ts";
import type { ChartOptions } from "./types.ts";

/** What the chart draws: the figures beside the levels, and the national target of the indicator. */
export interface IndicatorLevelsInput {
  data: IndicatorVsLevel;
  measureName: string;
  target: number;
  targetLabel: string;
}

/** Rows of the chart, top down. */
const ROWS = ["3", "2", "1", "0", "null", "none"] as const;
const ROW_LABELS: Record<(typeof ROWS)[number], string> = {
  "3": "Mức 3",
  "2": "Mức 2",
  "1": "Mức 1",
  "0": "Mức 0",
  null: "Chưa mã hóa",
  none: "Chưa có kế hoạch",
};
const rowOf = (p: IndicatorPoint) => (p.plans === 0 ? "none" : p.level === null ? "null" : String(p.level));
const NARROW = 400;

/** "Hà Tĩnh · 2,72 (tỉnh cũ, 2024)", "Tuyên Quang · 2,69 (Hà Giang cũ, 2024)"; on phones the name only. */
function pointLabel(p: IndicatorPoint, short: boolean): string {
  if (short) return p.provinceName;
  const year = p.row.year === "unstated" ? "năm không rõ" : p.row.year;
  const old = p.row.unit === p.provinceName ? "tỉnh cũ" : `${p.row.unit} cũ`;
  return `${p.provinceName} · ${formatValue(p.row.value)} (${p.row.unit_scheme === "63-old" ? `${old}, ` : ""}${year})`;
}

/** Vertical offsets of the label lanes of a row: above the dot, below it, higher above. */
const LANES = [-11, 15, -24];

/**
 * A lane for each point's label, so that labels in one row do not overlap: left to right, each label
 * takes the first lane whose last label ends before it starts (about 6.5 pixels a character).
 */
function labelLanes(points: readonly IndicatorPoint[], px: (v: number) => number, text: (p: IndicatorPoint) => string) {
  const lanes = new Map<IndicatorPoint, number>();
  const byRow = new Map<string, IndicatorPoint[]>();
  for (const p of points) byRow.set(rowOf(p), [...(byRow.get(rowOf(p)) ?? []), p]);
  for (const row of byRow.values()) {
    const ends = LANES.map(() => -Infinity);
    for (const p of [...row].sort((a, b) => a.value - b.value)) {
      const start = px(p.value) + 9;
      const lane = Math.max(
        0,
        ends.findIndex((e) => e < start),
      );
      lanes.set(p, lane);
      ends[lane] = start + text(p).length * 6.5;
    }
  }
  return lanes;
}

/**
 * A dot plot: each province with a figure of the indicator is a dot at its value (x), in the row of the
 * highest level its plans commit to (y), labelled with its name, year and, for an old province's
 * figure, the old unit. A dashed line marks the national target. Table alternative with the sources.
 */
export function indicatorLevelsChart(input: IndicatorLevelsInput, options: ChartOptions = {}): Element {
  const doc = documentOf(options);
  const { data, measureName, target, targetLabel } = input;
  const width = options.width ?? 640;
  const short = width < NARROW;
  const values = data.points.map((p) => p.value);
  const lo = Math.min(target, ...values);
  const hi = Math.max(target, ...values);
  const pad = (hi - lo) * 0.08 || 1;
  const name = INDICATOR_NAMES[data.indicator];
  const marginLeft = short ? 70 : 120;
  const marginRight = short ? 16 : 150;
  const domain: [number, number] = [lo - pad, hi + pad];
  const px = (v: number) =>
    marginLeft + ((v - domain[0]) / (domain[1] - domain[0])) * (width - marginLeft - marginRight);
  const label = (p: IndicatorPoint) => pointLabel(p, short);
  // Provinces without a plan are not labelled: they crowd one row, and the table names them.
  const labelled = data.points.filter((p) => p.plans > 0);
  const lanes = labelLanes(labelled, px, label);
  const unit = INDICATORS[data.indicator];
  const svg = Plot.plot({
    document: doc,
    width,
    height: ROWS.length * 44 + 50,
    marginLeft,
    marginRight,
    marginTop: 28,
    marginBottom: 36,
    x: { domain, label: `${name} (${unit})`, tickFormat: (v: number) => formatValue(v) },
    y: {
      domain: ROWS,
      tickFormat: (r: (typeof ROWS)[number]) =>
        short ? ROW_LABELS[r].replace(/^(Chưa(?: có)?) /u, "$1\n") : ROW_LABELS[r],
      label: null,
    },
    marks: [
      Plot.gridY(ROWS, { stroke: "#e4e8ec", strokeOpacity: 1 }),
      Plot.ruleX([target], { stroke: "#5b6570", strokeDasharray: "4,3" }),
      Plot.text([target], {
        x: (t: number) => t,
        frameAnchor: "top",
        dy: -18,
        text: () => `chỉ tiêu: ${formatValue(target)}`,
        fill: "#3d4550",
      }),
      Plot.dot(data.points, {
        x: "value",
        y: rowOf,
        r: 6,
        fill: (p: IndicatorPoint) => (p.level === null ? "#ffffff" : LEVEL_FILL[p.level]),
        stroke: "#1b1f24",
        title: (p: IndicatorPoint) =>
          `${p.provinceName}: ${formatValue(p.row.value)} ${unit}, ${unitLabel(p.row)}, ${yearLabel(p.row.year)}; ${p.plans === 0 ? "chưa có kế hoạch" : levelLabel(p.level)}`,
      }),
      ...LANES.map((dy, lane) =>
        Plot.text(
          labelled.filter((p) => lanes.get(p) === lane),
          { x: "value", y: rowOf, dx: 9, dy, textAnchor: "start", text: label, fill: "#1b1f24" },
        ),
      ),
    ],
  });
  svg.setAttribute("font-size", "12");
  const both = data.withBoth;
  const description =
    data.points.length === 0
      ? `Chưa có số liệu ${name.toLowerCase()} theo tỉnh trong dữ liệu tham khảo.`
      : `${data.withFigure} tỉnh, thành phố có số liệu ${name.toLowerCase()}; ${both} trong số đó có kế hoạch mã hóa biện pháp “${measureName}”. ` +
        `Chấm ở hàng dưới cùng là nơi chưa có kế hoạch (tên trong bảng). Đường đứt nét: ${targetLabel}. Số liệu của tỉnh cũ (trước 1/7/2025) giữ tên và năm của tỉnh cũ, không gộp thành đơn vị mới.`;
  return chartFigure(doc, {
    kind: "chi-so",
    title: options.title ?? `${name} và mức cam kết với “${measureName}”`,
    description,
    legend: levelLegend(doc, [0, 1, 2, 3]),
    svg,
    table: {
      caption: `${name} của từng tỉnh, thành phố và mức cam kết của kế hoạch`,
      head: ["Tỉnh, thành phố", "Giá trị", "Đơn vị hành chính, năm", "Nguồn", "Mức cao nhất"],
      rows: data.points.map((p) => [
        { text: p.provinceName, href: `/dia-phuong/${p.province}/`, rowHeader: true },
        `${formatValue(p.row.value)} ${unit}`,
        `${unitLabel(p.row)}, ${yearLabel(p.row.year)}`,
        { text: new URL(p.row.source_url).hostname, href: p.row.source_url },
        p.plans === 0 ? "chưa có kế hoạch" : { text: levelLabel(p.level), level: p.level },
      ]),
    },
  });
}
