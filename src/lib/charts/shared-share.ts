import * as Plot from "@observablehq/plot";
import { ISSUER_LEVELS, formatDate } from "../labels.ts";
import { formatPercent } from "../format.ts";
import { count, planHref } from "./data.ts";
import { documentOf } from "./dom.ts";
import { chartFigure } from "./figure.ts";
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
 * Each plan's shared share (text reuse, citations excluded) by date (x), one row per issuer level:
 * how much of a plan is wording that other documents carry too, and whether that depends on the level
 * or the year. Colour is the issuer kind, as on the timeline.
 */
export function sharedShareChart(points: readonly SharePoint[], options: ChartOptions = {}): Element {
  const doc = documentOf(options);
  const levels = LEVEL_ORDER.filter((l) => points.some((p) => p.issuerLevel === l));
  const years = points.map((p) => Number(p.date.slice(0, 4)));
  const first = years.length ? Math.min(...years) : 2017;
  const last = years.length ? Math.max(...years) : 2025;
  const width = options.width ?? 560;
  const compact = width < 480;
  const svg = Plot.plot({
    document: doc,
    width,
    height: Math.max(1, levels.length) * 96 + 44,
    marginLeft: 44,
    marginRight: 16,
    marginTop: 8,
    marginBottom: 36,
    x: yearAxis(first, last, compact),
    y: { domain: [0, 1], ticks: 2, tickFormat: (v: number) => formatPercent(v), label: null },
    fy: {
      domain: levels,
      tickFormat: (l: Level) => ISSUER_LEVELS[l],
      label: null,
      padding: 0.15,
      axis: null,
    },
    marks: [
      Plot.frame({ stroke: "#d5dbe1" }),
      // The level's name inside its row, top left: no second axis to collide with the percentages.
      Plot.text(levels, {
        fy: (l: Level) => l,
        frameAnchor: "top-left",
        dx: 6,
        dy: 6,
        text: (l: Level) => ISSUER_LEVELS[l],
        fontWeight: 600,
      }),
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
