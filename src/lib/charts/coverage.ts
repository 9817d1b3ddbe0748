import * as Plot from "@observablehq/plot";
import { LEVEL_NAMES } from "../labels.ts";
import { formatNumber } from "../format.ts";
import { count, levelCounts, measureHref, type LevelCounts } from "./data.ts";
import { coded, concrete, leadersAndGaps } from "./describe.ts";
import { documentOf } from "./dom.ts";
import { chartFigure, levelLegend } from "./figure.ts";
import { LEVEL_FILL, LEVEL_INK } from "./palette.ts";
import type { ChartOptions, PlanMeasureRow } from "./types.ts";

const BAND = 42;

interface Segment {
  measureId: string;
  level: number;
  n: number;
}

/**
 * For each measure, how many coded plans reach each level, as one stacked bar (level 3 first, so the
 * concrete commitments line up on the left). Measures run from the most to the least concrete. The
 * measure's name stands above its bar, so the chart stays legible on a phone.
 */
export function coverageChart(rows: PlanMeasureRow[], options: ChartOptions = {}): Element {
  return coverageChartOfCounts(levelCounts(rows), options);
}

/**
 * The same chart from level counts already made (the explorer has DuckDB count them, instead of
 * shaping one row per plan × measure).
 */
export function coverageChartOfCounts(levels: readonly LevelCounts[], options: ChartOptions = {}): Element {
  const doc = documentOf(options);
  const counts = [...levels].sort((a, b) => concrete(b) - concrete(a) || b.score - a.score);
  const total = Math.max(0, ...counts.map(coded));
  const segments: Segment[] = counts.flatMap((c) =>
    [3, 2, 1, 0].map((level) => ({ measureId: c.measure.id, level, n: c.counts[level] })).filter((s) => s.n > 0),
  );
  const byId = new Map(counts.map((c) => [c.measure.id, c]));
  const width = options.width ?? 420;
  const svg = Plot.plot({
    document: doc,
    width,
    height: counts.length * BAND + 32,
    marginLeft: 4,
    marginRight: 12,
    marginTop: 4,
    marginBottom: 28,
    x: { domain: [0, Math.max(1, total)], label: null },
    y: { domain: counts.map((c) => c.measure.id), axis: null, paddingInner: 0 },
    color: { type: "identity" },
    marks: [
      // Whole plans only: with few plans, default ticks would repeat the same integer.
      Plot.axisX({ ticks: integerTicks(total), tickFormat: (v: number) => formatNumber(v) }),
      Plot.text(counts, {
        y: (c: LevelCounts) => c.measure.id,
        frameAnchor: "left",
        textAnchor: "start",
        dy: -9,
        text: (c: LevelCounts) => c.measure.short,
        href: (c: LevelCounts) => measureHref(c.measure.id),
      }),
      Plot.barX(
        segments,
        Plot.stackX({
          x: "n",
          y: "measureId",
          fill: (s: Segment) => LEVEL_FILL[s.level],
          insetTop: BAND / 2,
          insetBottom: 3,
          title: (s: Segment) =>
            `${byId.get(s.measureId)?.measure.name}: ${formatNumber(s.n)} kế hoạch mức ${s.level} (${LEVEL_NAMES[s.level]})`,
        }),
      ),
      Plot.text(
        segments,
        Plot.stackX({
          x: "n",
          y: "measureId",
          text: "n",
          dy: BAND / 4 - 1,
          fill: (s: Segment) => LEVEL_INK[s.level],
          pointerEvents: "none",
        }),
      ),
    ],
  });
  svg.setAttribute("font-size", "13");
  const notCoded = Math.max(0, ...counts.map((c) => c.notCoded));
  return chartFigure(doc, {
    kind: "bao-phu",
    title: options.title ?? "Mỗi biện pháp được bao nhiêu kế hoạch cam kết",
    description:
      `Mỗi thanh là một biện pháp, chia theo số kế hoạch ở từng mức (trong ${count(total, "kế hoạch")} đã mã hóa` +
      (notCoded > 0 ? `; không tính ${count(notCoded, "văn bản")} chưa mã hóa` : "") +
      `). ${leadersAndGaps(counts)}`,
    legend: levelLegend(doc, [3, 2, 1, 0]),
    svg,
    table: {
      caption: "Số kế hoạch ở từng mức, theo biện pháp",
      head: ["Biện pháp", "Mức 3", "Mức 2", "Mức 1", "Mức 0", "Chưa mã hóa"],
      rows: counts.map((c) => [
        { text: c.measure.name, href: measureHref(c.measure.id), rowHeader: true },
        String(c.counts[3]),
        String(c.counts[2]),
        String(c.counts[1]),
        String(c.counts[0]),
        String(c.notCoded),
      ]),
    },
  });
}

/** Whole-number ticks from 0 to `max`, at most about seven of them. */
export function integerTicks(max: number): number[] {
  const top = Math.max(1, max);
  const step = Math.max(1, Math.ceil(top / 6));
  const ticks: number[] = [];
  for (let t = 0; t <= top; t += step) ticks.push(t);
  return ticks;
}
