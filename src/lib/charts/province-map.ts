import * as Plot from "@observablehq/plot";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { inArchipelago } from "../gazetteer.ts";
import { LEVEL_NAMES } from "../labels.ts";
import { listVi } from "./describe.ts";
import { h, s, documentOf, stableId } from "./dom.ts";
import { chartFigure, hatchDefs, tableAlternative, prepareSvg, type TableCell } from "./figure.ts";
import {
  plansLabel,
  planClass,
  planClassLabel,
  PLAN_CLASSES,
  unitLabel,
  unitLevelLabel,
  type MapInput,
  type MapUnit,
  type UnitShapes,
} from "./map-data.ts";
import { LEVEL_FILL } from "./palette.ts";
import type { ChartOptions } from "./types.ts";
import { count } from "./data.ts";
import { copyOfDrawnMap, keepDrawnMap, type UnitPaint } from "./map-copy.ts";

/**
 * Width of the map's own coordinates. Every map is drawn in this space, whatever its displayed width,
 * so that the outlines are the same text on every map of a page and compress to almost nothing after
 * the first; only the lettering is sized for the displayed width.
 */
export const MAP_WIDTH = 520;

/** Fill of each class of "plans per unit" (PLAN_CLASSES): blues of growing depth. */
export const PLAN_FILL: readonly string[] = ["#c6dbef", "#6baed6", "#2171b5", "#08306b"];

const XLINK = "http://www.w3.org/1999/xlink";

/** Borders between units. */
const BORDER = "#8d96a0";

/** Options of the maps. */
export interface MapOptions extends ChartOptions {
  /** Where a unit links to; default `/dia-phuong/<slug>/`. */
  href?: (slug: string) => string;
}

/** The two archipelagos, the unit each belongs to and how the map names them. */
const ARCHIPELAGOS = [
  { unit: "da-nang", name: "Quần đảo Hoàng Sa", short: "Hoàng Sa", of: "Đà Nẵng" },
  { unit: "khanh-hoa", name: "Quần đảo Trường Sa", short: "Trường Sa", of: "Khánh Hòa" },
] as const;

const polygonsOf = (f: Feature<Polygon | MultiPolygon>): Position[][][] =>
  f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;

const centroid = (ring: Position[]): Position => [
  ring.reduce((a, p) => a + p[0], 0) / ring.length,
  ring.reduce((a, p) => a + p[1], 0) / ring.length,
];

/** The islands of one archipelago as points (one per 0.2° cell, so that clusters draw as one dot) and its box. */
function archipelago(shapes: UnitShapes, unit: string) {
  const feature = shapes.features.find((f) => f.id === unit);
  const rings = feature
    ? polygonsOf(feature)
        .map((p) => p[0])
        .filter((r) => r.every(inArchipelago))
    : [];
  const cells = new Map<string, Position>();
  for (const r of rings) {
    const [x, y] = centroid(r);
    cells.set(`${Math.round(x * 5)}:${Math.round(y * 5)}`, [Math.round(x * 100) / 100, Math.round(y * 100) / 100]);
  }
  const points = [...cells.values()];
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const pad = 0.35;
  const [x0, x1] = [Math.min(...xs) - pad, Math.max(...xs) + pad];
  const [y0, y1] = [Math.min(...ys) - pad, Math.max(...ys) + pad];
  // Many points per side, so that the sides stay straight in the projection (a geo line is a great circle).
  const side = (a: Position, b: Position) =>
    Array.from({ length: 16 }, (_, k) => [a[0] + ((b[0] - a[0]) * k) / 16, a[1] + ((b[1] - a[1]) * k) / 16]);
  const box: Position[] = points.length
    ? [
        ...side([x0, y0], [x0, y1]),
        ...side([x0, y1], [x1, y1]),
        ...side([x1, y1], [x1, y0]),
        ...side([x1, y0], [x0, y0]),
        [x0, y0],
      ]
    : [];
  return { points, box, corner: [x1, y1] as Position };
}

/** A unit's fill: its class of plans, or its level on a map of one measure; patterns for "none". */
function fillOf(unit: MapUnit | undefined, measure: boolean, ids: { none: string; hatch: string }): string {
  if (!unit || unit.plans === 0) return `url(#${ids.none})`;
  if (!measure) return PLAN_FILL[planClass(unit.plans)];
  return unit.level === null || unit.level === undefined ? `url(#${ids.hatch})` : LEVEL_FILL[unit.level];
}

/** The pattern of "no plan": small grey dots on white, unlike any level or class. */
function noneDefs(doc: Document, id: string): SVGElement {
  const defs = s(doc, "defs");
  const pattern = s(doc, "pattern", { id, width: 5, height: 5, patternUnits: "userSpaceOnUse" });
  pattern.append(
    s(doc, "rect", { width: 5, height: 5, fill: "#ffffff" }),
    s(doc, "circle", { cx: 2.5, cy: 2.5, r: 0.9, fill: "#9aa3ad" }),
  );
  defs.append(pattern);
  return defs;
}

/** Rounds the numbers of a path to one decimal: a tenth of a unit of MAP_WIDTH is finer than a pixel. */
const roundPath = (d: string) => d.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));

/** Draws the map (SVG) of `input` for a display `width`; `interactive` keeps the units' links focusable. */
function drawMap(doc: Document, input: MapInput, width: number, interactive: boolean, href: (slug: string) => string) {
  const units = new Map(input.units.map((u) => [u.slug, u]));
  const measure = input.measure !== undefined;
  const key = `${measure ? input.measure!.id : "ke-hoach"}:${width}:${input.units.map((u) => `${u.plans}${u.level}`).join()}`;
  const ids = { none: stableId("chua-co", key), hatch: stableId("chua-ma-hoa", key) };
  const label = (f: Feature) => unitLabel(units.get(String(f.id)) ?? { slug: "", name: "", plans: 0 }, measure);
  const paint: UnitPaint = {
    ids,
    label,
    fill: (f) => fillOf(units.get(String(f.id)), measure, ids),
    href: (f) => href(String(f.id)),
  };
  const copy = copyOfDrawnMap(doc, input.shapes, width, interactive, paint);
  if (copy) return copy;
  const svg = projectMap(doc, input, width, interactive, paint);
  keepDrawnMap(doc, input.shapes, width, interactive, svg);
  return svg;
}

/** Draws the map with Plot: outlines projected, islands and lettering placed, numbers rounded. */
function projectMap(doc: Document, input: MapInput, width: number, interactive: boolean, paint: UnitPaint) {
  const { ids, label } = paint;
  const scale = MAP_WIDTH / width;
  const fontSize = Math.round((width < 260 ? 11 : 13) * scale);
  const features = input.shapes.features;
  const islands = ARCHIPELAGOS.map((a) => ({ ...a, ...archipelago(input.shapes, a.unit) }));
  // The projection fits the units and the archipelagos' boxes.
  const domain: FeatureCollection = {
    type: "FeatureCollection",
    features: [
      ...input.shapes.features,
      ...islands.map((i): Feature => ({
        type: "Feature",
        properties: {},
        geometry: { type: "MultiPoint", coordinates: i.box },
      })),
    ],
  };
  const svg = Plot.plot({
    document: doc,
    width: MAP_WIDTH,
    projection: { type: "mercator", domain, inset: 4 },
    marginRight: 4,
    marginLeft: 4,
    marks: [
      () => noneDefs(doc, ids.none),
      () => hatchDefs(doc, ids.hatch),
      Plot.geo(features, {
        fill: paint.fill,
        stroke: BORDER,
        strokeWidth: 0.6 * Math.min(scale, 2),
        href: paint.href,
        ariaLabel: label,
        title: interactive ? label : undefined,
      }),
      Plot.geo(
        islands.filter((i) => i.box.length > 0),
        {
          geometry: (i: (typeof islands)[number]) => ({ type: "LineString", coordinates: i.box }),
          stroke: "#5b6570",
          strokeDasharray: `${3 * scale},${2 * scale}`,
          strokeWidth: Math.min(scale, 2),
        },
      ),
      Plot.dot(
        islands.flatMap((i) => i.points),
        { x: (p: Position) => p[0], y: (p: Position) => p[1], r: 1.1 * Math.min(scale, 2.5), fill: "#3d4550" },
      ),
      ...islands
        .filter((i) => i.box.length > 0)
        .map((i) => {
          return Plot.text([i], {
            x: i.corner[0],
            y: i.corner[1],
            text: () => (width < 260 ? i.short : `${i.name}\n(${i.of})`),
            textAnchor: "end",
            lineAnchor: "bottom",
            dy: -fontSize / 3,
            fontSize,
            fill: "#1b1f24",
          });
        }),
    ],
  });
  svg.setAttribute("font-size", String(fontSize));
  const height = Number(svg.getAttribute("height"));
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(Math.round((height * width) / MAP_WIDTH)));
  for (const path of Array.from(svg.querySelectorAll("path")))
    path.setAttribute("d", roundPath(path.getAttribute("d") ?? ""));
  for (const el of Array.from(svg.querySelectorAll("circle, text")))
    for (const name of ["cx", "cy", "x", "y", "transform"]) {
      const v = el.getAttribute(name);
      if (v) el.setAttribute(name, roundPath(v));
    }
  // The link carries the unit's name (Plot puts aria-label on the shape inside it).
  for (const a of Array.from(svg.querySelectorAll("a"))) {
    // In a browser Plot writes xlink:href (SVG 1.1); the page's links and tests expect SVG 2's href.
    const xlink = a.getAttributeNS(XLINK, "href");
    if (xlink !== null && a.getAttributeNS(null, "href") === null) {
      a.removeAttributeNS(XLINK, "href");
      a.setAttribute("href", xlink);
    }
    const shape = a.querySelector("path");
    const name = shape?.getAttribute("aria-label");
    if (name) a.setAttribute("aria-label", name);
    shape?.removeAttribute("aria-label");
  }
  return svg;
}

/** The legend: classes of plans (or levels) and "no plan", as an HTML list with swatches. */
function mapLegend(doc: Document, measure: boolean): HTMLElement {
  const item = (swatchClass: string, style: string | undefined, text: string) =>
    h(doc, "li", {}, h(doc, "span", { class: swatchClass, style, "aria-hidden": "true" }), text);
  const items = measure
    ? [
        ...[3, 2, 1, 0].map((l) => item("chart-swatch", `background:${LEVEL_FILL[l]}`, `${l} · ${LEVEL_NAMES[l]}`)),
        item("chart-swatch chart-swatch--null", undefined, "Có kế hoạch, chưa mã hóa"),
      ]
    : PLAN_CLASSES.map((_, c) => item("chart-swatch", `background:${PLAN_FILL[c]}`, `${planClassLabel(c)} kế hoạch`));
  items.push(item("chart-swatch chart-swatch--none", undefined, "Chưa có kế hoạch"));
  return h(doc, "ul", { class: "chart-legend" }, items);
}

const defaultHref = (slug: string) => `/dia-phuong/${slug}/`;

/** Units in reading order for the table: those with plans first (most first), then by name. */
function tableOrder(units: readonly MapUnit[]): MapUnit[] {
  const collator = new Intl.Collator("vi");
  return [...units].sort((a, b) => b.plans - a.plans || collator.compare(a.name, b.name));
}

/** "Sơn La (1), Hà Tĩnh (1)". */
const withPlans = (units: readonly MapUnit[]) =>
  tableOrder(units.filter((u) => u.plans > 0)).map((u) => `${u.name} (${u.plans})`);

/**
 * The map of Vietnam's 34 provincial units (Mercator, north up, with the Hoàng Sa and Trường Sa
 * archipelagos in dashed boxes and labelled). Each unit is a link to its page whose accessible name
 * and tooltip say its plans ("Hà Tĩnh: 1 kế hoạch"); units without a plan are dotted, "chưa có kế
 * hoạch". Given `input.measure`, units are coloured by the highest level their plans commit to.
 */
export function provinceMapChart(input: MapInput, options: MapOptions = {}): Element {
  const doc = documentOf(options);
  const href = options.href ?? defaultHref;
  const measure = input.measure;
  const width = options.width ?? MAP_WIDTH;
  const svg = drawMap(doc, input, width, true, href);
  const having = input.units.filter((u) => u.plans > 0);
  const mapName = measure
    ? `Bản đồ mức cam kết với biện pháp “${measure.name}”`
    : "Bản đồ số kế hoạch của 34 tỉnh, thành phố";
  svg.setAttribute("aria-label", `${mapName}; mỗi tỉnh, thành phố là một liên kết tới trang của nơi đó.`);
  const description = measure
    ? describeLevels(input.units)
    : having.length > 0
      ? `${having.length} trong 34 tỉnh, thành phố đã có kế hoạch được tóm tắt: ${listVi(withPlans(input.units))}. ${34 - having.length} nơi chưa có kế hoạch.`
      : "Chưa tỉnh, thành phố nào có kế hoạch được tóm tắt.";
  const head = measure ? ["Tỉnh, thành phố", "Kế hoạch", "Mức cao nhất"] : ["Tỉnh, thành phố", "Kế hoạch"];
  const rows = tableOrder(input.units).map((u) => {
    const row: (TableCell | string)[] = [{ text: u.name, href: href(u.slug), rowHeader: true }, plansLabel(u.plans)];
    if (measure) row.push(u.plans === 0 ? "—" : { text: unitLevelLabel(u), level: u.level ?? null });
    return row;
  });
  return chartFigure(doc, {
    kind: "ban-do",
    title:
      options.title ??
      (measure ? `Mức cam kết với “${measure.name}” ở từng tỉnh, thành phố` : "Kế hoạch ở từng tỉnh, thành phố"),
    description,
    legend: mapLegend(doc, measure !== undefined),
    svg,
    interactive: true,
    table: {
      caption: measure
        ? `Mức cao nhất với “${measure.name}” ở từng tỉnh, thành phố`
        : "Số kế hoạch của từng tỉnh, thành phố",
      head,
      rows,
    },
  });
}

/** "Trong 5 tỉnh, thành phố có kế hoạch: 2 ở mức 3, 1 ở mức 2…". */
function describeLevels(units: readonly MapUnit[]): string {
  const having = units.filter((u) => u.plans > 0);
  if (having.length === 0) return "Chưa tỉnh, thành phố nào có kế hoạch được tóm tắt.";
  const at = (l: number) => having.filter((u) => u.level === l);
  const parts = [3, 2, 1, 0]
    .filter((l) => at(l).length > 0)
    .map((l) => `${at(l).length} ở mức ${l} (${listVi(at(l).map((u) => u.name))})`);
  const notCoded = having.filter((u) => u.level === null || u.level === undefined).length;
  return (
    `Trong ${count(having.length, "tỉnh, thành phố")} có kế hoạch, mức cao nhất: ${parts.length > 0 ? listVi(parts) : "chưa nơi nào được mã hóa"}.` +
    (notCoded > 0 ? ` ${notCoded} nơi có kế hoạch nhưng chưa mã hóa biện pháp này.` : "") +
    ` ${34 - having.length} nơi chưa có kế hoạch.`
  );
}

/**
 * Small multiples: one small map per measure (highest level in each unit), side by side, with one
 * legend and one table for all. The small maps are pictures (their links stay out of the tab order);
 * the table and the big map of plans carry the links.
 */
export function measureMapsChart(inputs: readonly MapInput[], options: MapOptions = {}): Element {
  const doc = documentOf(options);
  const href = options.href ?? defaultHref;
  const width = options.width ?? 200;
  const grid = h(
    doc,
    "div",
    { class: "chart-map-grid" },
    inputs.map((input) =>
      h(
        doc,
        "figure",
        { class: "chart-map-cell" },
        h(doc, "figcaption", {}, input.measure?.short ?? input.measure?.name ?? ""),
        h(doc, "div", { class: "chart-drawing" }, prepareSvg(drawMap(doc, input, width, false, href))),
      ),
    ),
  );
  const units = inputs[0]?.units ?? [];
  const table = tableAlternative(doc, {
    caption: "Mức cao nhất của từng biện pháp ở từng tỉnh, thành phố có kế hoạch",
    head: ["Tỉnh, thành phố", ...inputs.map((i) => i.measure?.short ?? i.measure?.name ?? "")],
    rows: tableOrder(units.filter((u) => u.plans > 0)).map((u) => [
      { text: u.name, href: href(u.slug), rowHeader: true },
      ...inputs.map((i) => {
        const unit = i.units.find((x) => x.slug === u.slug);
        return {
          text: unit?.level === null || unit?.level === undefined ? "chưa mã hóa" : String(unit.level),
          level: unit?.level ?? null,
        };
      }),
    ]),
  });
  const having = units.filter((u) => u.plans > 0).length;
  return h(
    doc,
    "figure",
    { class: "chart chart--ban-do-nho" },
    h(
      doc,
      "figcaption",
      {},
      h(doc, "span", { class: "chart-title" }, options.title ?? "Bốn biện pháp chính: mức cao nhất ở từng nơi"),
      h(
        doc,
        "span",
        { class: "chart-description" },
        `Mỗi bản đồ tô ${count(having, "tỉnh, thành phố")} có kế hoạch theo mức cao nhất mà các kế hoạch của nơi đó cam kết; ${34 - having} nơi chưa có kế hoạch.`,
      ),
    ),
    mapLegend(doc, true),
    grid,
    table,
  );
}
