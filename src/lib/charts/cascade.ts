/**
 * The cascade of one measure down the hierarchy: how many documents of each issuer level stand at each
 * level (`cascadeLevelsChart`), and each lineage chain as a line of documents from NQ 21 down
 * (`cascadeChainsChart`).
 */
import * as Plot from "@observablehq/plot";
import { CASCADE_LEVELS, type CascadeChain, type CascadeData, type CascadeLevel } from "./cascade-data.ts";
import {
  CASCADE_QUESTION,
  cascadeAnswer,
  cascadeLevelName,
  cascadeLevelShort,
  cascadeValueLabel,
  distributionSentence,
} from "./cascade-describe.ts";
import { count, planHref } from "./data.ts";
import { h, documentOf, stableId } from "./dom.ts";
import { chartFigure, hatchDefs, levelLegend } from "./figure.ts";
import { LEVEL_FILL, LEVEL_INK, NULL_STROKE } from "./palette.ts";
import type { ChartOptions } from "./types.ts";

const NARROW = 400;
/** Chains drawn at most; the table lists the same ones, and the description says how many are left out. */
export const MAX_CHAINS = 12;
const GHOST_STROKE = "#5b6570";

/** The legend of the cascade: levels, "not coded", and the dashed box of a document with no file. */
function cascadeLegend(doc: Document): HTMLElement {
  const legend = levelLegend(doc);
  legend.append(
    h(
      doc,
      "li",
      {},
      h(doc, "span", { class: "chart-swatch chart-swatch--ghost", "aria-hidden": "true" }),
      "Không có tệp (chỉ biết qua trích dẫn)",
    ),
  );
  return legend;
}

const COLUMNS = ["3", "2", "1", "0", "null", "ghost"] as const;
type Column = (typeof COLUMNS)[number];
const COLUMN_LABEL: Record<Column, [string, string]> = {
  "3": ["Mức 3", "Mức 3"],
  "2": ["Mức 2", "Mức 2"],
  "1": ["Mức 1", "Mức 1"],
  "0": ["Mức 0", "Mức 0"],
  null: ["Chưa mã hóa", "Chưa\nmã hóa"],
  ghost: ["Không có tệp", "Không\ncó tệp"],
};

interface GridCell {
  row: CascadeLevel;
  column: Column;
  n: number;
}

/**
 * Per issuer level, how many documents stand at each level of the measure: counts, never shares, so
 * that two plans read as two. Ghosts are counted apart ("Không có tệp").
 */
export function cascadeLevelsChart(data: CascadeData, options: ChartOptions = {}): Element {
  const doc = documentOf(options);
  const width = options.width ?? 560;
  const narrow = width < NARROW;
  const hatch = stableId("chua-ma-hoa", `bac-cap:${width}:${data.measureId}`);
  const cells: GridCell[] = data.distribution.flatMap((d) =>
    COLUMNS.map((column) => ({
      row: d.issuerLevel,
      column,
      n: column === "null" ? d.notCoded : column === "ghost" ? d.ghosts : d.counts[Number(column)],
    })),
  );
  const fill = (c: GridCell) =>
    c.n === 0
      ? "#ffffff"
      : c.column === "null"
        ? `url(#${hatch})`
        : c.column === "ghost"
          ? "#ffffff"
          : LEVEL_FILL[Number(c.column)];
  const ink = (c: GridCell) =>
    c.n > 0 && c.column !== "null" && c.column !== "ghost" ? LEVEL_INK[Number(c.column)] : "#1b1f24";
  const svg = Plot.plot({
    document: doc,
    width,
    height: data.distribution.length * 40 + 44,
    marginLeft: narrow ? 84 : 120,
    marginRight: 4,
    marginTop: 40,
    marginBottom: 4,
    x: { domain: COLUMNS, label: null, paddingInner: 0.1 },
    y: { domain: data.distribution.map((d) => d.issuerLevel), label: null, paddingInner: 0.12 },
    color: { type: "identity" },
    marks: [
      () => hatchDefs(doc, hatch),
      Plot.axisX({ anchor: "top", tickSize: 0, tickFormat: (c: Column) => COLUMN_LABEL[c][1] }),
      Plot.axisY({
        tickSize: 0,
        tickFormat: (l: CascadeLevel) => (narrow ? cascadeLevelShort(l) : cascadeLevelName(l)),
      }),
      ...[false, true].map((dashed) =>
        Plot.cell(
          cells.filter((c) => (c.column === "ghost" && c.n > 0) === dashed),
          {
            x: "column",
            y: "row",
            fill,
            stroke: (c: GridCell) => (c.n === 0 ? "#e4e8ec" : dashed ? GHOST_STROKE : "none"),
            strokeDasharray: dashed ? "4,3" : undefined,
            title: (c: GridCell) =>
              `${cascadeLevelName(c.row)}: ${count(c.n, "văn bản")} ${c.column === "ghost" ? "không có tệp" : c.column === "null" ? "chưa mã hóa" : `ở mức ${c.column}`}`,
          },
        ),
      ),
      Plot.text(cells, {
        x: "column",
        y: "row",
        text: (c: GridCell) => (c.n === 0 ? "–" : String(c.n)),
        fill: (c: GridCell) => (c.n === 0 ? "#8d96a0" : ink(c)),
        pointerEvents: "none",
      }),
    ],
  });
  svg.setAttribute("font-size", narrow ? "12" : "13");
  const sentences = data.distribution.map(distributionSentence).filter((s): s is string => s !== null);
  return chartFigure(doc, {
    kind: "bac-cap",
    title: options.title ?? `“${data.measureShort}” ở từng cấp ban hành`,
    description:
      `Số văn bản ở từng mức, theo cấp ban hành. ` +
      (sentences.length > 0 ? `${sentences.join("; ")}.` : "Chưa có kế hoạch nào được mã hóa.") +
      " Văn bản trung ương không được mã hóa.",
    legend: cascadeLegend(doc),
    svg,
    table: {
      caption: `Số văn bản ở từng mức với biện pháp “${data.measureName}”, theo cấp ban hành`,
      head: ["Cấp ban hành", ...COLUMNS.map((c) => COLUMN_LABEL[c][0])],
      rows: data.distribution.map((d) => [
        { text: cascadeLevelName(d.issuerLevel), rowHeader: true },
        ...cells.filter((c) => c.row === d.issuerLevel).map((c) => String(c.n)),
      ]),
    },
  });
}

interface Placed {
  chain: number;
  step: number;
  column: string;
  issuerLevel: CascadeLevel;
  label: string;
  value: CascadeChain["steps"][number]["value"];
}

/**
 * The columns of the chains: grouped by issuer level top to bottom, as many per level as the longest
 * run of that level in a chain. A document never stands left of its parent: an unknown level, or a
 * level above the parent's, takes the parent's group.
 */
function placeChains(chains: readonly CascadeChain[]): { placed: Placed[]; columns: string[] } {
  const rank = (l: CascadeLevel) => CASCADE_LEVELS.indexOf(l);
  const slots = new Map<CascadeLevel, number>();
  const placed: Placed[] = [];
  chains.forEach((chain, i) => {
    let group = 0;
    const used = new Map<number, number>();
    chain.steps.forEach((s, j) => {
      if (s.issuerLevel !== "khong-ro") group = Math.max(group, rank(s.issuerLevel));
      const k = used.get(group) ?? 0;
      used.set(group, k + 1);
      const level = CASCADE_LEVELS[group];
      slots.set(level, Math.max(slots.get(level) ?? 0, k + 1));
      placed.push({
        chain: i,
        step: j,
        column: `${level}:${k}`,
        issuerLevel: s.issuerLevel,
        label: s.label,
        value: s.value,
      });
    });
  });
  const columns = CASCADE_LEVELS.flatMap((l) => Array.from({ length: slots.get(l) ?? 0 }, (_, k) => `${l}:${k}`));
  return { placed, columns };
}

const ROW = 50;

/** "mức 2", "chưa mã hóa", "không có tệp": the value of a step in the table. */
const stepValue = (v: Placed["value"]) => (typeof v === "number" ? `mức ${v}` : cascadeValueLabel(v).toLowerCase());

/**
 * Each chain from NQ 21 down to a plan as a row of boxes joined by a line, in columns by issuer level:
 * the box of a coded plan in its level's colour with the digit, hatched when not coded, dashed when the
 * document has no file. At most `MAX_CHAINS` chains, the most informative first.
 */
export function cascadeChainsChart(data: CascadeData, options: ChartOptions = {}): Element {
  const doc = documentOf(options);
  const width = options.width ?? 560;
  const narrow = width < NARROW;
  const shown = data.chains.slice(0, MAX_CHAINS);
  const { placed, columns } = placeChains(shown);
  const hatch = stableId("chua-ma-hoa", `chuoi:${width}:${data.measureId}:${shown.map((c) => c.leaf).join()}`);
  const leafOf = (i: number) => shown[i].steps[shown[i].steps.length - 1];
  const boxFill = (p: Placed) =>
    p.value === "khong-co-tep" ? "#ffffff" : p.value === null ? `url(#${hatch})` : LEVEL_FILL[p.value];
  const tip = (p: Placed) => `${p.label} (${cascadeLevelName(p.issuerLevel)}): ${cascadeValueLabel(p.value)}`;
  const headerOf = (c: string) => {
    const [level, k] = c.split(":");
    if (k !== "0") return "";
    return narrow && level === "xa" ? "Xã" : cascadeLevelShort(level as CascadeLevel);
  };
  const svg = Plot.plot({
    document: doc,
    width,
    height: shown.length * ROW + 30,
    marginLeft: 4,
    marginRight: 4,
    marginTop: 26,
    marginBottom: 4,
    x: { domain: columns, label: null, paddingInner: 0.35, insetLeft: 8 },
    y: { domain: shown.map((_, i) => i), axis: null, paddingInner: 0 },
    color: { type: "identity" },
    marks: [
      () => hatchDefs(doc, hatch),
      Plot.axisX({
        anchor: "top",
        tickSize: 0,
        tickFormat: headerOf,
        textAnchor: "start",
        dx: narrow ? -14 : -18,
        fontSize: narrow ? 11 : 13,
      }),
      Plot.text(shown, {
        y: (_: CascadeChain, i: number) => i,
        frameAnchor: "left",
        textAnchor: "start",
        dy: -ROW / 4,
        text: (c: CascadeChain) => leafOf(shown.indexOf(c)).title,
        lineWidth: (width - 8) / 13,
        textOverflow: "ellipsis",
        href: (c: CascadeChain) => {
          const leaf = leafOf(shown.indexOf(c));
          return leaf.slug ? planHref(leaf.slug, data.measureId) : null;
        },
      }),
      Plot.lineX(placed, {
        x: "column",
        y: "chain",
        z: "chain",
        dy: ROW / 4 - 1,
        stroke: "#8d96a0",
        strokeWidth: 1.5,
      }),
      ...[false, true].map((dashed) =>
        Plot.cell(
          placed.filter((p) => (p.value === "khong-co-tep") === dashed),
          {
            x: "column",
            y: "chain",
            fill: boxFill,
            stroke: dashed ? GHOST_STROKE : (p: Placed) => (p.value === null ? NULL_STROKE : "none"),
            strokeDasharray: dashed ? "4,3" : undefined,
            insetTop: ROW / 2,
            insetBottom: 2,
            title: tip,
          },
        ),
      ),
      Plot.text(
        placed.filter((p) => typeof p.value === "number"),
        {
          x: "column",
          y: "chain",
          dy: ROW / 4 - 1,
          text: (p: Placed) => String(p.value),
          fill: (p: Placed) => LEVEL_INK[p.value as number],
          pointerEvents: "none",
        },
      ),
    ],
  });
  svg.setAttribute("font-size", "13");
  const left = data.chains.length - shown.length;
  return chartFigure(doc, {
    kind: "chuoi",
    title: options.title ?? `“${data.measureShort}” dọc theo từng chuỗi văn bản`,
    description:
      `${CASCADE_QUESTION} Mỗi hàng là một chuỗi từ Nghị quyết 21-NQ/TW xuống một kế hoạch, theo cột cấp ban hành. ` +
      (left > 0
        ? `Hiện ${shown.length} trong ${count(data.chains.length, "chuỗi")}, chuỗi có nhiều văn bản đã mã hóa trước. `
        : `${count(data.chains.length, "chuỗi")}. `) +
      cascadeAnswer(data.transitions, data.uncomparable),
    legend: cascadeLegend(doc),
    svg,
    wide: false,
    table: {
      caption: `Các chuỗi văn bản với biện pháp “${data.measureName}”, từ trên xuống`,
      head: ["Kế hoạch cuối chuỗi", "Chuỗi, từ trên xuống"],
      rows: shown.map((c) => {
        const leaf = c.steps[c.steps.length - 1];
        return [
          { text: leaf.title, href: leaf.slug ? planHref(leaf.slug, data.measureId) : undefined, rowHeader: true },
          c.steps.map((s) => `${s.label} (${cascadeLevelName(s.issuerLevel)}, ${stepValue(s.value)})`).join(" → "),
        ];
      }),
    },
  });
}
