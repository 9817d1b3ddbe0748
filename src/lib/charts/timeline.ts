import * as Plot from "@observablehq/plot";
import { ISSUER_KINDS, ISSUER_LEVELS } from "../labels.ts";
import { formatDate } from "../labels.ts";
import { count, planHref, plansOf, type ChartPlan } from "./data.ts";
import { formatNumber } from "../format.ts";
import { listVi } from "./describe.ts";
import { documentOf, h, s } from "./dom.ts";
import { chartFigure } from "./figure.ts";
import { ISSUER_KIND_COLOR, ISSUER_KIND_SYMBOL } from "./palette.ts";
import type { ChartOptions, PlanMeasureRow } from "./types.ts";

type Kind = ChartPlan["issuerKind"];
type Level = ChartPlan["issuerLevel"];

const LEVEL_ORDER = Object.keys(ISSUER_LEVELS) as Level[];
const KIND_ORDER = Object.keys(ISSUER_KINDS) as Kind[];
/** Below this width, level names stand above their rows. */
const COMPACT_BELOW = 480;
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A time axis of whole years from `first` to `last`, one tick a year (every other year when narrow). */
export function yearAxis(first: number, last: number, compact: boolean) {
  const span = last + 1 - first;
  return {
    type: "utc" as const,
    domain: [utc(`${first}-01-01`), utc(`${last + 1}-01-01`)],
    ticks: compact && span > 5 ? Math.ceil(span / 2) : Math.min(span + 1, 10),
    tickFormat: (d: Date) => String(d.getUTCFullYear()),
    label: null,
    grid: true,
  };
}

/**
 * The legend of issuer kinds (colour and symbol, or a square of colour for the bars of the counted
 * timeline) and of estimated dates.
 */
function kindLegend(doc: Document, kinds: readonly Kind[], estimated: boolean, squares = false): HTMLElement {
  const svgSymbol = (kind: Kind, hollow: boolean) => {
    const color = ISSUER_KIND_COLOR[kind];
    const paint: Record<string, string | number> = hollow
      ? { fill: "#fff", stroke: color, "stroke-width": 2 }
      : { fill: color };
    const symbol = squares ? "square" : ISSUER_KIND_SYMBOL[kind];
    const shape =
      symbol === "circle"
        ? s(doc, "circle", { cx: 7, cy: 7, r: 5.5, ...paint })
        : symbol === "square"
          ? s(doc, "rect", { x: 2, y: 2, width: 10, height: 10, ...paint })
          : s(doc, "path", { d: "M7 1.5L12.5 12H1.5Z", ...paint });
    const svg = s(doc, "svg", { width: 14, height: 14, viewBox: "0 0 14 14" });
    svg.append(shape);
    return h(doc, "span", { class: "chart-symbol", "aria-hidden": "true" }, svg);
  };
  return h(
    doc,
    "ul",
    { class: "chart-legend" },
    kinds.map((k) => h(doc, "li", {}, svgSymbol(k, false), ISSUER_KINDS[k])),
    estimated
      ? h(doc, "li", {}, svgSymbol(kinds[0] ?? "party", true), "Không ghi ngày: vẽ ở ngày sớm nhất có thể")
      : null,
  );
}

/** One row per issuer level: named on the left, or (narrow) at the top of the row by `levelMarks`. */
function levelRows(levels: readonly Level[], compact: boolean) {
  return {
    domain: levels,
    tickFormat: (l: Level) => ISSUER_LEVELS[l],
    label: null,
    padding: 0.1,
    axis: compact ? null : ("left" as const),
  };
}

/** The line under each level's row and, narrow, the level's name at the top of its row. */
function levelMarks(levels: readonly Level[], compact: boolean): Plot.Markish[] {
  return [
    Plot.frame({ stroke: "#d5dbe1", anchor: "bottom" }),
    compact
      ? Plot.text(levels, {
          fy: (l: Level) => l,
          frameAnchor: "top-left",
          dy: 4,
          text: (l: Level) => ISSUER_LEVELS[l],
          fontWeight: 600,
        })
      : null,
  ];
}

/**
 * Up to this many dated documents the timeline draws each one, with its link; beyond, one symbol each
 * would no longer be readable (or light: at 10,000 plans the two drawings and the table made 6 MB of the
 * home page), so it counts them by quarter (`quarterCounts`).
 */
export const TIMELINE_READABLE_PLANS = 200;

/** The documents of one issuer level and kind issued in one quarter, stacked as one bar. */
export interface QuarterCount {
  level: Level;
  kind: Kind;
  /** First day of the quarter and of the next one (ISO dates). */
  start: string;
  end: string;
  count: number;
  /** Of them, documents without a printed date, counted at their earliest possible date. */
  estimated: number;
  /** The bar's bottom and top: the counts of the kinds below it in the same quarter and level. */
  y1: number;
  y2: number;
}

/** "2025-04-01" → "quý 2/2025". */
const quarterLabel = (start: string) => `quý ${(Number(start.slice(5, 7)) + 2) / 3}/${start.slice(0, 4)}`;

/**
 * Dated documents counted by issuer level, quarter and issuer kind, the kinds of a quarter stacked in
 * KIND_ORDER; bars in level, quarter, kind order.
 */
export function quarterCounts(plans: readonly ChartPlan[]): QuarterCount[] {
  const byKey = new Map<string, QuarterCount>();
  for (const p of plans) {
    if (p.date === null) continue;
    const year = Number(p.date.slice(0, 4));
    const q = Math.floor((Number(p.date.slice(5, 7)) - 1) / 3);
    const start = `${year}-${String(q * 3 + 1).padStart(2, "0")}-01`;
    const end = q === 3 ? `${year + 1}-01-01` : `${year}-${String(q * 3 + 4).padStart(2, "0")}-01`;
    const key = `${p.issuerLevel}|${start}|${p.issuerKind}`;
    let bar = byKey.get(key);
    if (!bar) {
      bar = { level: p.issuerLevel, kind: p.issuerKind, start, end, count: 0, estimated: 0, y1: 0, y2: 0 };
      byKey.set(key, bar);
    }
    bar.count++;
    if (p.estimated) bar.estimated++;
  }
  const rank = (b: QuarterCount) => [LEVEL_ORDER.indexOf(b.level), b.start, KIND_ORDER.indexOf(b.kind)] as const;
  const bars = [...byKey.values()].sort((a, b) => {
    const [la, sa, ka] = rank(a);
    const [lb, sb, kb] = rank(b);
    return la - lb || (sa < sb ? -1 : sa > sb ? 1 : 0) || ka - kb;
  });
  let below = 0;
  bars.forEach((b, i) => {
    const prev = bars[i - 1];
    if (!prev || prev.level !== b.level || prev.start !== b.start) below = 0;
    b.y1 = below;
    b.y2 = below += b.count;
  });
  return bars;
}

/**
 * Documents by date (x) and issuer level (rows), coloured and shaped by issuer kind: party, government,
 * unit. A document without a printed date stands at its earliest possible date, drawn hollow.
 * Documents close in time are dodged apart within their row. More than TIMELINE_READABLE_PLANS dated
 * documents are counted by quarter instead (`countedTimeline`).
 */
export function timelineChart(rows: PlanMeasureRow[], options: ChartOptions = {}): Element {
  const doc = documentOf(options);
  const all = plansOf(rows);
  const plans = all.filter((p) => p.date !== null).sort((a, b) => a.date!.localeCompare(b.date!));
  if (plans.length > TIMELINE_READABLE_PLANS) return countedTimeline(doc, plans, all.length - plans.length, options);
  const levels = LEVEL_ORDER.filter((l) => plans.some((p) => p.issuerLevel === l));
  const kinds = KIND_ORDER.filter((k) => plans.some((p) => p.issuerKind === k));
  const years = plans.map((p) => Number(p.date!.slice(0, 4)));
  const first = years.length ? Math.min(...years) : 2017;
  const last = years.length ? Math.max(...years) : 2025;
  const width = options.width ?? 560;
  // Narrow: the level's name stands at the top of its row instead of to its left.
  const compact = width < COMPACT_BELOW;
  // Many documents: smaller symbols, so that dodged ones stay inside their row.
  const r = Math.max(3, Math.min(7, 7 * Math.sqrt(24 / Math.max(1, plans.length))));
  const svg = Plot.plot({
    document: doc,
    width,
    height: levels.length * (compact ? 72 : 64) + 44,
    marginLeft: compact ? 8 : 136,
    marginRight: 16,
    marginTop: 8,
    marginBottom: 36,
    x: yearAxis(first, last, compact),
    fy: levelRows(levels, compact),
    color: { type: "identity" },
    symbol: { type: "identity" },
    marks: [
      ...levelMarks(levels, compact),
      Plot.dot(
        plans,
        Plot.dodgeY("middle", {
          x: (p: ChartPlan) => utc(p.date!),
          fy: "issuerLevel",
          r,
          padding: 2,
          symbol: (p: ChartPlan) => ISSUER_KIND_SYMBOL[p.issuerKind],
          fill: (p: ChartPlan) => (p.estimated ? "#ffffff" : ISSUER_KIND_COLOR[p.issuerKind]),
          stroke: (p: ChartPlan) => ISSUER_KIND_COLOR[p.issuerKind],
          strokeWidth: 2,
          href: (p: ChartPlan) => planHref(p.slug),
          title: (p: ChartPlan) => `${p.shortTitle}\n${p.estimated ? "sau " : ""}${formatDate(p.date!)}`,
          clip: true,
        }),
      ),
    ],
  });
  svg.setAttribute("font-size", "13");
  const undated = all.length - plans.length;
  const estimated = plans.filter((p) => p.estimated).length;
  const perLevel = levels.map(
    (l) => `${ISSUER_LEVELS[l].toLowerCase()}: ${plans.filter((p) => p.issuerLevel === l).length}`,
  );
  const description =
    `${count(plans.length, "văn bản")} từ ${first} đến ${last}, theo cấp ban hành (${listVi(perLevel)}). ` +
    (estimated > 0 ? `${count(estimated, "văn bản")} không ghi ngày, đặt ở ngày sớm nhất có thể (hình rỗng). ` : "") +
    (undated > 0 ? `${count(undated, "văn bản")} không có mốc thời gian nào nên không vẽ.` : "");
  return chartFigure(doc, {
    kind: "dong-thoi-gian",
    title: options.title ?? "Các văn bản theo thời gian và cấp ban hành",
    description: description.trim(),
    legend: kindLegend(doc, kinds, estimated > 0),
    svg,
    wide: !compact,
    table: {
      caption: "Văn bản theo ngày ban hành",
      head: ["Ngày ban hành", "Văn bản", "Cấp", "Khối"],
      rows: plans.map((p) => [
        `${p.estimated ? "sau " : ""}${formatDate(p.date!)}`,
        { text: p.shortTitle, href: planHref(p.slug), rowHeader: true },
        ISSUER_LEVELS[p.issuerLevel],
        ISSUER_KINDS[p.issuerKind],
      ]),
    },
  });
}

/**
 * The timeline of many documents: per issuer level, a bar per quarter, stacked by issuer kind, its
 * height the number of documents; the table counts them by year and level. Each document is in the
 * plan list and the explorer, which the description names.
 */
function countedTimeline(doc: Document, plans: readonly ChartPlan[], undated: number, options: ChartOptions): Element {
  const bars = quarterCounts(plans);
  const levels = LEVEL_ORDER.filter((l) => bars.some((b) => b.level === l));
  const kinds = KIND_ORDER.filter((k) => bars.some((b) => b.kind === k));
  const years = plans.map((p) => Number(p.date!.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const width = options.width ?? 560;
  const compact = width < COMPACT_BELOW;
  const svg = Plot.plot({
    document: doc,
    width,
    height: levels.length * (compact ? 72 : 64) + 44,
    marginLeft: compact ? 8 : 136,
    marginRight: 40,
    marginTop: 8,
    marginBottom: 36,
    x: yearAxis(first, last, compact),
    // Narrow, the level's name stands at the top of its row: the bars keep below it.
    y: {
      axis: "right",
      ticks: 2,
      tickFormat: (v: number) => formatNumber(v),
      label: null,
      domain: [0, Math.max(...bars.map((b) => b.y2)) * (compact ? 1.4 : 1)],
      nice: true,
    },
    fy: levelRows(levels, compact),
    color: { type: "identity" },
    marks: [
      ...levelMarks(levels, compact),
      Plot.rect(bars, {
        x1: (b: QuarterCount) => utc(b.start),
        x2: (b: QuarterCount) => utc(b.end),
        y1: "y1",
        y2: "y2",
        fy: "level",
        fill: (b: QuarterCount) => ISSUER_KIND_COLOR[b.kind],
        insetLeft: 0.5,
        insetRight: 0.5,
        title: (b: QuarterCount) =>
          `${quarterLabel(b.start)}, ${ISSUER_LEVELS[b.level].toLowerCase()}, khối ${ISSUER_KINDS[b.kind]}: ` +
          count(b.count, "văn bản"),
      }),
    ],
  });
  svg.setAttribute("font-size", "13");
  const estimated = plans.filter((p) => p.estimated).length;
  const perLevel = levels.map(
    (l) => `${ISSUER_LEVELS[l].toLowerCase()}: ${formatNumber(plans.filter((p) => p.issuerLevel === l).length)}`,
  );
  const description =
    `${count(plans.length, "văn bản")} từ ${first} đến ${last}, theo cấp ban hành (${listVi(perLevel)}). ` +
    `Quá nhiều văn bản để vẽ từng văn bản: mỗi cột là số văn bản ban hành trong một quý, chia theo khối; ` +
    `từng văn bản có ở danh sách kế hoạch và trang Khám phá. ` +
    (estimated > 0
      ? `${count(estimated, "văn bản")} không ghi ngày được tính vào quý của ngày sớm nhất có thể. `
      : "") +
    (undated > 0 ? `${count(undated, "văn bản")} không có mốc thời gian nào nên không được đếm.` : "");
  const yearRows = [];
  for (let y = first; y <= last; y++) {
    const inYear = plans.filter((p) => p.date!.startsWith(String(y)));
    const perLevelCounts = levels.map((l) => formatNumber(inYear.filter((p) => p.issuerLevel === l).length));
    yearRows.push([{ text: String(y), rowHeader: true }, ...perLevelCounts, formatNumber(inYear.length)]);
  }
  return chartFigure(doc, {
    kind: "dong-thoi-gian",
    title: options.title ?? "Các văn bản theo thời gian và cấp ban hành",
    description: description.trim(),
    legend: kindLegend(doc, kinds, false, true),
    svg,
    wide: !compact,
    table: {
      caption: "Số văn bản theo năm ban hành và cấp ban hành",
      head: ["Năm", ...levels.map((l) => ISSUER_LEVELS[l]), "Tổng"],
      rows: yearRows,
    },
  });
}
