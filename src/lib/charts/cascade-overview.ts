/**
 * The cascade of every measure at once: a measure × issuer level grid, each cell the count of plans at
 * levels 3, 2, 1 and 0, so a reader sees where a measure thins out on the way down.
 */
import * as Plot from "@observablehq/plot";
import type { CascadeData, CascadeLevel, Transition } from "./cascade-data.ts";
import { CASCADE_QUESTION, cascadeAnswer, cascadeLevelName, cascadeLevelShort } from "./cascade-describe.ts";
import { count, measureHref } from "./data.ts";
import { documentOf } from "./dom.ts";
import { chartFigure, levelLegend } from "./figure.ts";
import { LEVEL_FILL, LEVEL_INK } from "./palette.ts";
import type { ChartOptions } from "./types.ts";

const NARROW = 400;
const LEVELS = [3, 2, 1, 0] as const;

interface Cell {
  measureId: string;
  issuerLevel: CascadeLevel;
  level: number;
  n: number;
}

/** Issuer levels with at least one coded plan in any measure, top to bottom. */
function codedLevels(all: readonly CascadeData[]): CascadeLevel[] {
  const first = all[0]?.distribution ?? [];
  return first
    .map((d) => d.issuerLevel)
    .filter((l) => all.some((m) => m.distribution.some((d) => d.issuerLevel === l && d.counts.some((n) => n > 0))));
}

/** The comparisons of every measure, summed per step. */
function allTransitions(all: readonly CascadeData[]): Transition[] {
  const steps = new Map<string, Transition>();
  for (const m of all)
    for (const t of m.transitions) {
      const sum = steps.get(`${t.from}>${t.to}`) ?? { ...t, weaker: 0, same: 0, stronger: 0 };
      steps.set(`${t.from}>${t.to}`, sum);
      sum.weaker += t.weaker;
      sum.same += t.same;
      sum.stronger += t.stronger;
    }
  return [...steps.values()];
}

/** The answer over every measure: comparisons are counted per plan and measure. */
function overviewAnswer(all: readonly CascadeData[], anyCoded: boolean): string {
  if (!anyCoded) return "Chưa có kế hoạch nào được mã hóa.";
  const transitions = allTransitions(all);
  if (transitions.length === 0)
    return "Chưa trả lời được: với mọi biện pháp, chưa kế hoạch nào có văn bản cấp trên đã mã hóa để so.";
  const uncomparable = all.reduce((a, m) => a + m.uncomparable, 0);
  return cascadeAnswer(transitions, uncomparable, "lượt so (kế hoạch × biện pháp)");
}

/**
 * Every measure (rows) × every issuer level with coded plans (groups of four columns, levels 3 to 0):
 * each cell the number of plans of that level at that measure level. The measure's name stands above
 * its row, so the grid keeps the whole width on a phone.
 */
export function cascadeOverviewChart(all: readonly CascadeData[], options: ChartOptions = {}): Element {
  const doc = documentOf(options);
  const width = options.width ?? 640;
  const narrow = width < NARROW;
  const issuerLevels = codedLevels(all);
  const cells: Cell[] = all.flatMap((m) =>
    m.distribution
      .filter((d) => issuerLevels.includes(d.issuerLevel))
      .flatMap((d) =>
        LEVELS.map((level) => ({ measureId: m.measureId, issuerLevel: d.issuerLevel, level, n: d.counts[level] })),
      ),
  );
  const plansAt = new Map(
    issuerLevels.map((l) => [
      l,
      Math.max(
        0,
        ...all.map((m) => m.distribution.find((d) => d.issuerLevel === l)?.counts.reduce((a, b) => a + b) ?? 0),
      ),
    ]),
  );
  const ROW = 40;
  const svg = Plot.plot({
    document: doc,
    width,
    height: all.length * ROW + 50,
    marginLeft: 4,
    marginRight: 4,
    marginTop: 46,
    marginBottom: 4,
    fx: { domain: issuerLevels, label: null, padding: 0.08 },
    x: { domain: LEVELS, label: null, paddingInner: 0.08 },
    y: { domain: all.map((m) => m.measureId), axis: null, paddingInner: 0 },
    color: { type: "identity" },
    marks: [
      Plot.axisFx({
        anchor: "top",
        tickSize: 0,
        dy: -16,
        tickFormat: (l: CascadeLevel) => `${narrow ? cascadeLevelShort(l) : cascadeLevelName(l)} (${plansAt.get(l)})`,
        fontWeight: "bold",
      }),
      Plot.axisX({ anchor: "top", tickSize: 0, tickFormat: (l: number) => (narrow ? String(l) : `Mức ${l}`) }),
      Plot.text(all, {
        fx: () => issuerLevels[0],
        y: (m: CascadeData) => m.measureId,
        frameAnchor: "left",
        textAnchor: "start",
        dy: -ROW / 4,
        text: (m: CascadeData) => m.measureShort,
        href: (m: CascadeData) => measureHref(m.measureId),
      }),
      Plot.cell(cells, {
        fx: "issuerLevel",
        x: "level",
        y: "measureId",
        fill: (c: Cell) => (c.n > 0 ? LEVEL_FILL[c.level] : "#ffffff"),
        stroke: (c: Cell) => (c.n > 0 ? "none" : "#e4e8ec"),
        insetTop: ROW / 2,
        insetBottom: 2,
        title: (c: Cell) => `${cascadeLevelName(c.issuerLevel)}: ${count(c.n, "kế hoạch")} ở mức ${c.level}`,
      }),
      Plot.text(cells, {
        fx: "issuerLevel",
        x: "level",
        y: "measureId",
        dy: ROW / 4 - 1,
        text: (c: Cell) => (c.n > 0 ? String(c.n) : "–"),
        fill: (c: Cell) => (c.n > 0 ? LEVEL_INK[c.level] : "#8d96a0"),
        pointerEvents: "none",
      }),
    ],
  });
  svg.setAttribute("font-size", narrow ? "12" : "13");
  const groups = issuerLevels.map((l) => `${cascadeLevelName(l)} (${count(plansAt.get(l) ?? 0, "kế hoạch")})`);
  return chartFigure(doc, {
    kind: "bac-cap-tong",
    title: options.title ?? "Mỗi biện pháp ở từng cấp ban hành",
    description:
      `${CASCADE_QUESTION} Mỗi hàng là một biện pháp; mỗi nhóm cột là một cấp ban hành, mỗi ô là số kế hoạch ` +
      `của cấp đó ở mức 3, 2, 1, 0. Cấp có kế hoạch đã mã hóa: ${groups.join(", ")}; văn bản trung ương không được mã hóa. ` +
      overviewAnswer(all, issuerLevels.length > 0),
    legend: levelLegend(doc, [3, 2, 1, 0]),
    svg,
    table: {
      caption: "Số kế hoạch ở từng mức, theo biện pháp và cấp ban hành",
      head: ["Biện pháp", ...issuerLevels.map(cascadeLevelName)],
      rows: all.map((m) => [
        { text: m.measureName, href: measureHref(m.measureId), rowHeader: true },
        ...issuerLevels.map((l) => {
          const d = m.distribution.find((x) => x.issuerLevel === l);
          return LEVELS.map((level) => `mức ${level}: ${d?.counts[level] ?? 0}`).join("; ");
        }),
      ]),
    },
  });
}
