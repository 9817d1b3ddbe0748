/**
 * STAND-IN for the chart module (issue of the reading pages): the two chart functions the explorer
 * uses, with the signatures of `types.ts`, drawn with Observable Plot. The reading pages' helper writes
 * the real module with the same signatures; it replaces this file at merge.
 */
import * as Plot from "@observablehq/plot";
import { LEVEL_LABELS as LEVEL_NAMES } from "../explorer/labels.ts";
import type { ChartOptions, PlanMeasureRow } from "./types.ts";

const LEVEL_DOMAIN = ["0", "1", "2", "3", "–"];
const LEVEL_COLORS = ["#e8ecf0", "#b9d3ee", "#5b9bd5", "#0b4f94", "#ffffff"];
const levelKey = (l: number | null) => (l === null ? "–" : String(l));
const levelName = (k: string) => (k === "–" ? LEVEL_NAMES.null : `${k} · ${LEVEL_NAMES[k]}`);

function figure(doc: Document, title: string, description: string, chart: Element): Element {
  const fig = doc.createElement("figure");
  fig.setAttribute("class", "bieu-do");
  const caption = doc.createElement("figcaption");
  const strong = doc.createElement("strong");
  strong.textContent = title;
  caption.append(strong, doc.createTextNode(` ${description}`));
  fig.append(caption, chart);
  return fig;
}

const colorScale = (): Plot.ScaleOptions => ({
  type: "ordinal",
  domain: LEVEL_DOMAIN,
  range: LEVEL_COLORS,
  legend: true,
  tickFormat: levelName,
  label: "Mức",
});

/** Plans × measures, the level as colour. */
export function adoptionMatrixChart(rows: PlanMeasureRow[], options: ChartOptions = {}): Element {
  const doc = options.document ?? globalThis.document;
  const plans = new Set(rows.map((r) => r.shortTitle)).size;
  const data = rows.map((r) => ({ ...r, key: levelKey(r.level) }));
  const chart = Plot.plot({
    document: doc,
    width: options.width ?? 960,
    height: 150 + plans * 26,
    marginLeft: 230,
    marginBottom: 130,
    x: { label: null, tickRotate: -40, domain: [...new Set(rows.map((r) => r.measureShort))] },
    y: { label: null },
    color: colorScale(),
    marks: [
      Plot.cell(data, {
        x: "measureShort",
        y: "shortTitle",
        fill: "key",
        stroke: "#c7ced6",
        inset: 0.5,
        title: (d: PlanMeasureRow & { key: string }) => `${d.shortTitle}\n${d.measureName}: ${levelName(d.key)}`,
      }),
    ],
  });
  chart.setAttribute("aria-label", `Ma trận ${plans} văn bản × biện pháp, màu theo mức cam kết`);
  return figure(doc, "Văn bản × biện pháp.", "Màu càng đậm, cam kết càng cụ thể; ô trắng là chưa mã hóa.", chart);
}

/** Per measure, how many plans reach each level. */
export function coverageChart(rows: PlanMeasureRow[], options: ChartOptions = {}): Element {
  const doc = options.document ?? globalThis.document;
  const coded = rows.filter((r) => r.level !== null).map((r) => ({ ...r, key: levelKey(r.level) }));
  const measures = [...new Set(rows.map((r) => r.measureShort))];
  const chart = Plot.plot({
    document: doc,
    width: options.width ?? 960,
    height: 60 + measures.length * 24,
    marginLeft: 190,
    x: { label: "Số văn bản", grid: true, tickFormat: (d: number) => (Number.isInteger(d) ? String(d) : "") },
    y: { label: null, domain: measures },
    color: colorScale(),
    marks: [
      Plot.barX(
        coded,
        Plot.groupY(
          { x: "count" },
          { y: "measureShort", fill: "key", order: LEVEL_DOMAIN, title: (d: { key: string }) => levelName(d.key) },
        ),
      ),
      Plot.ruleX([0]),
    ],
  });
  chart.setAttribute("aria-label", `Số văn bản theo mức cam kết ở ${measures.length} biện pháp`);
  return figure(
    doc,
    "Độ phủ của từng biện pháp.",
    "Mỗi thanh đếm số văn bản ở từng mức (không tính văn bản chưa mã hóa).",
    chart,
  );
}
