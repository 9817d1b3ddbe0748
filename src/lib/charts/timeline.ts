import * as Plot from "@observablehq/plot";
import { ISSUER_KINDS, ISSUER_LEVELS } from "../labels.ts";
import { formatDate } from "../labels.ts";
import { count, planHref, plansOf, type ChartPlan } from "./data.ts";
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

/** The legend of issuer kinds (colour and symbol) and of estimated dates. */
function kindLegend(doc: Document, kinds: readonly Kind[], estimated: boolean): HTMLElement {
  const svgSymbol = (kind: Kind, hollow: boolean) => {
    const color = ISSUER_KIND_COLOR[kind];
    const paint: Record<string, string | number> = hollow
      ? { fill: "#fff", stroke: color, "stroke-width": 2 }
      : { fill: color };
    const symbol = ISSUER_KIND_SYMBOL[kind];
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

/**
 * Documents by date (x) and issuer level (rows), coloured and shaped by issuer kind: party, government,
 * unit. A document without a printed date stands at its earliest possible date, drawn hollow.
 * Documents close in time are dodged apart within their row.
 */
export function timelineChart(rows: PlanMeasureRow[], options: ChartOptions = {}): Element {
  const doc = documentOf(options);
  const all = plansOf(rows);
  const plans = all.filter((p) => p.date !== null).sort((a, b) => a.date!.localeCompare(b.date!));
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
    fy: {
      domain: levels,
      tickFormat: (l: Level) => ISSUER_LEVELS[l],
      label: null,
      padding: 0.1,
      axis: compact ? null : "left",
    },
    color: { type: "identity" },
    symbol: { type: "identity" },
    marks: [
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
