import * as Plot from "@observablehq/plot";
import { ISSUER_LEVELS, formatDate } from "../labels.ts";
import { formatNumber, formatPercent } from "../format.ts";
import { count, planHref } from "./data.ts";
import { documentOf, h, s } from "./dom.ts";
import { chartFigure, type TableCell } from "./figure.ts";
import { ISSUER_KIND_COLOR } from "./palette.ts";
import { yearAxis } from "./timeline.ts";
import type { ChartOptions, PlanMeasureRow } from "./types.ts";

type Level = PlanMeasureRow["issuerLevel"];

/** One plan with a stored source text, and the share of its words in shared passages. */
export interface SharePoint {
  slug: string;
  shortTitle: string;
  issuerKind: PlanMeasureRow["issuerKind"];
  issuerLevel: Level;
  /** Printed date or earliest bound. */
  date: string;
  share: number;
}

const LEVEL_ORDER = Object.keys(ISSUER_LEVELS) as Level[];
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Up to this many plans the chart draws a dot for each, with its link; beyond, it counts them in
 * bands of ten points of share per year (`shareBands`): at 10,000 plans the dots and the table of every
 * plan made 5 MB of the page.
 */
export const SHARE_READABLE_PLANS = 200;

/** Plans of one issuer level and year whose share lies in one band of ten points. */
export interface ShareBand {
  level: Level;
  year: number;
  /** The band: share from band / 10 (included) to (band + 1) / 10 (excluded; 100 % is in band 9). */
  band: number;
  count: number;
}

/** Plans counted by issuer level, year and band of share; in level, year, band order. */
export function shareBands(points: readonly SharePoint[]): ShareBand[] {
  const byKey = new Map<string, ShareBand>();
  for (const p of points) {
    const year = Number(p.date.slice(0, 4));
    const band = Math.min(9, Math.max(0, Math.floor(p.share * 10)));
    const key = `${p.issuerLevel}|${year}|${band}`;
    const cell = byKey.get(key);
    if (cell) cell.count++;
    else byKey.set(key, { level: p.issuerLevel, year, band, count: 1 });
  }
  return [...byKey.values()].sort(
    (a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) || a.year - b.year || a.band - b.band,
  );
}

/** Five blues from light to dark, the lightest still seen on white: fewer to more plans. */
const BAND_COLORS = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"];

/** Size, axes and rows shared by both drawings: years across, share up, one row per issuer level. */
function layout(doc: Document, width: number, levels: readonly Level[], [first, last]: [number, number]) {
  return {
    document: doc,
    width,
    height: Math.max(1, levels.length) * 96 + 44,
    marginLeft: 44,
    marginRight: 16,
    marginTop: 8,
    marginBottom: 36,
    x: yearAxis(first, last, width < 480),
    y: { domain: [0, 1], ticks: 2, tickFormat: (v: number) => formatPercent(v), label: null },
    fy: { domain: levels, tickFormat: (l: Level) => ISSUER_LEVELS[l], label: null, padding: 0.15, axis: null },
  };
}

/** Each level's name inside its row, top left (a halo of `paint` keeps it legible over the cells). */
function levelNames(levels: readonly Level[], paint: Plot.TextOptions = {}) {
  return Plot.text(levels, {
    fy: (l: Level) => l,
    frameAnchor: "top-left",
    dx: 6,
    dy: 6,
    text: (l: Level) => ISSUER_LEVELS[l],
    fontWeight: 600,
    ...paint,
  });
}

/**
 * Each plan's shared share (text reuse, citations excluded) by date (x), one row per issuer level:
 * how much of a plan is wording that other documents carry too, and whether that depends on the level
 * or the year. Colour is the issuer kind, as on the timeline.
 */
export function sharedShareChart(points: readonly SharePoint[], options: ChartOptions = {}): Element {
  const doc = documentOf(options);
  if (points.length > SHARE_READABLE_PLANS) return countedShareChart(doc, points, options);
  const levels = LEVEL_ORDER.filter((l) => points.some((p) => p.issuerLevel === l));
  const years = points.map((p) => Number(p.date.slice(0, 4)));
  const first = years.length ? Math.min(...years) : 2017;
  const last = years.length ? Math.max(...years) : 2025;
  const width = options.width ?? 560;
  const compact = width < 480;
  const svg = Plot.plot({
    ...layout(doc, width, levels, [first, last]),
    marks: [
      Plot.frame({ stroke: "#d5dbe1" }),
      // The level's name inside its row, top left: no second axis to collide with the percentages.
      levelNames(levels),
      Plot.dot(points, {
        x: (p: SharePoint) => utc(p.date),
        y: "share",
        fy: "issuerLevel",
        r: 5,
        fill: (p: SharePoint) => ISSUER_KIND_COLOR[p.issuerKind],
        stroke: "#fff",
        href: (p: SharePoint) => planHref(p.slug),
        title: (p: SharePoint) => `${p.shortTitle}\n${formatPercent(p.share)} câu chữ chung`,
      }),
    ],
  });
  svg.setAttribute("font-size", "13");
  const sorted = [...points].sort((a, b) => b.share - a.share);
  const top = sorted[0];
  const description =
    points.length === 0
      ? "Chưa có văn bản nào có toàn văn."
      : `${count(points.length, "văn bản")} có toàn văn. Tỷ lệ lời văn trùng với văn bản khác (không kể tên văn bản được dẫn) ` +
        `từ ${formatPercent(sorted.at(-1)!.share)} đến ${formatPercent(top.share)}` +
        ` (cao nhất: ${top.shortTitle}).`;
  return chartFigure(doc, {
    kind: "cau-chu-chung",
    title: options.title ?? "Tỷ lệ câu chữ chung của từng văn bản, theo cấp ban hành và năm",
    description,
    svg,
    wide: !compact,
    table: {
      caption: "Tỷ lệ câu chữ chung theo văn bản",
      head: ["Văn bản", "Cấp ban hành", "Ngày", "Câu chữ chung"],
      rows: sorted.map((p) => [
        { text: p.shortTitle, href: planHref(p.slug), rowHeader: true },
        ISSUER_LEVELS[p.issuerLevel],
        formatDate(p.date),
        formatPercent(p.share),
      ]),
    },
  });
}

/** The median of sorted numbers. */
const median = (sorted: readonly number[]) =>
  sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;

/**
 * The chart of many plans: per issuer level, a cell per year and band of ten points of share, darker
 * for more plans; the table gives, per level and year, the number of plans and their median share.
 */
function countedShareChart(doc: Document, points: readonly SharePoint[], options: ChartOptions): Element {
  const bands = shareBands(points);
  const levels = LEVEL_ORDER.filter((l) => bands.some((b) => b.level === l));
  const years = points.map((p) => Number(p.date.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const width = options.width ?? 560;
  const compact = width < 480;
  const most = Math.max(...bands.map((b) => b.count));
  const svg = Plot.plot({
    ...layout(doc, width, levels, [first, last]),
    color: { type: "quantize", domain: [0, most], range: BAND_COLORS },
    marks: [
      Plot.frame({ stroke: "#d5dbe1" }),
      Plot.rect(bands, {
        x1: (b: ShareBand) => utc(`${b.year}-01-01`),
        x2: (b: ShareBand) => utc(`${b.year + 1}-01-01`),
        y1: (b: ShareBand) => b.band / 10,
        y2: (b: ShareBand) => (b.band + 1) / 10,
        fy: "level",
        fill: "count",
        inset: 0.5,
        title: (b: ShareBand) =>
          `${b.year}, ${ISSUER_LEVELS[b.level].toLowerCase()}, câu chữ chung ${formatPercent(b.band / 10)}–${formatPercent((b.band + 1) / 10)}: ` +
          count(b.count, "văn bản"),
      }),
      levelNames(levels, { stroke: "#fff", strokeWidth: 3, fill: "currentColor" }),
    ],
  });
  svg.setAttribute("font-size", "13");
  // The quantize scale puts a count c in class floor(c / step) (the largest count in the last): the
  // whole counts of class i run from ceil(i × step) to ceil((i + 1) × step) − 1.
  const step = most / BAND_COLORS.length;
  const classes = BAND_COLORS.map((color, i) => ({
    color,
    from: Math.max(1, Math.ceil(i * step)),
    to: i === BAND_COLORS.length - 1 ? most : Math.ceil((i + 1) * step) - 1,
  })).filter((c) => c.from <= c.to);
  const legend = h(
    doc,
    "ul",
    { class: "chart-legend" },
    classes.map(({ color, from, to }) => {
      const swatch = s(doc, "svg", { width: 14, height: 14, viewBox: "0 0 14 14" });
      swatch.append(s(doc, "rect", { x: 1, y: 1, width: 12, height: 12, fill: color }));
      return h(
        doc,
        "li",
        {},
        h(doc, "span", { class: "chart-symbol", "aria-hidden": "true" }, swatch),
        from === to ? count(to, "văn bản") : `${formatNumber(from)}–${count(to, "văn bản")}`,
      );
    }),
  );
  const shares = points.map((p) => p.share).sort((a, b) => a - b);
  const top = [...points].sort((a, b) => b.share - a.share)[0];
  const description =
    `${count(points.length, "văn bản")} có toàn văn. Tỷ lệ lời văn trùng với văn bản khác (không kể tên văn bản được dẫn) ` +
    `từ ${formatPercent(shares[0])} đến ${formatPercent(top.share)} (cao nhất: ${top.shortTitle}), trung vị ` +
    `${formatPercent(median(shares))}. Quá nhiều văn bản để vẽ từng văn bản: mỗi ô đếm số văn bản của một năm ` +
    `có tỷ lệ trong một khoảng mười điểm phần trăm, ô càng đậm càng nhiều văn bản.`;
  const rows: (TableCell | string)[][] = [];
  for (const l of levels)
    for (let y = first; y <= last; y++) {
      const inCell = points
        .filter((p) => p.issuerLevel === l && p.date.startsWith(String(y)))
        .map((p) => p.share)
        .sort((a, b) => a - b);
      if (inCell.length === 0) continue;
      rows.push([
        { text: ISSUER_LEVELS[l], rowHeader: true },
        String(y),
        formatNumber(inCell.length),
        formatPercent(median(inCell)),
        formatPercent(inCell.at(-1)!),
      ]);
    }
  return chartFigure(doc, {
    kind: "cau-chu-chung",
    title: options.title ?? "Tỷ lệ câu chữ chung của từng văn bản, theo cấp ban hành và năm",
    description,
    legend,
    svg,
    wide: !compact,
    table: {
      caption: "Tỷ lệ câu chữ chung theo cấp ban hành và năm",
      head: ["Cấp ban hành", "Năm", "Số văn bản", "Trung vị", "Cao nhất"],
      rows,
    },
  });
}
