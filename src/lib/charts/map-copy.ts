/**
 * Maps already drawn, per document, boundaries and display width (and whether interactive): the outlines,
 * islands and lettering of a map depend on nothing else, so a map of other counts is a copy of one of
 * these with its units' fills, names and links set. Projecting and rounding the outlines is most of a
 * map's cost, and the explorer draws the map again on every filter change.
 */
import type { Feature } from "geojson";
import type { UnitShapes } from "./map-data.ts";

/** What differs between two maps of the same outlines: each unit's fill, name and link, and the patterns' ids. */
export interface UnitPaint {
  ids: { none: string; hatch: string };
  fill: (f: Feature) => string;
  label: (f: Feature) => string;
  href: (f: Feature) => string;
}

/** How many widths of one map are kept (a page draws one or two: wide and narrow, or small maps). */
const KEPT_WIDTHS = 4;

const drawnMaps = new WeakMap<Document, WeakMap<UnitShapes, Map<string, Element>>>();

/** The drawings of `shapes` in `doc`, by width and interactivity. */
function drawingsOf(doc: Document, shapes: UnitShapes): Map<string, Element> {
  const byShapes = drawnMaps.get(doc) ?? new WeakMap<UnitShapes, Map<string, Element>>();
  drawnMaps.set(doc, byShapes);
  const drawn = byShapes.get(shapes) ?? new Map<string, Element>();
  byShapes.set(shapes, drawn);
  return drawn;
}

/**
 * Sets the units' fills, names and links, and the patterns' ids, on a copy of a drawn map; false when the
 * copy does not have one link per unit in the boundaries' order.
 */
function paintUnits(svg: Element, features: readonly Feature[], paint: UnitPaint, interactive: boolean): boolean {
  const links = Array.from(svg.querySelectorAll("a"));
  const patterns = Array.from(svg.querySelectorAll("pattern"));
  if (links.length !== features.length || patterns.length !== 2) return false;
  patterns[0].setAttribute("id", paint.ids.none);
  patterns[1].setAttribute("id", paint.ids.hatch);
  for (const [i, a] of links.entries()) {
    const f = features[i];
    const path = a.querySelector("path");
    if (!path) return false;
    a.setAttribute("href", paint.href(f));
    a.setAttribute("aria-label", paint.label(f));
    path.setAttribute("fill", paint.fill(f));
    const title = path.querySelector("title");
    if (interactive && title) title.textContent = paint.label(f);
  }
  return true;
}

/** A copy of the map of `shapes` drawn earlier at `width`, painted with `paint`; undefined if there is none. */
export function copyOfDrawnMap(
  doc: Document,
  shapes: UnitShapes,
  width: number,
  interactive: boolean,
  paint: UnitPaint,
): Element | undefined {
  const earlier = drawingsOf(doc, shapes).get(`${width}:${interactive}`);
  if (!earlier) return undefined;
  const copy = earlier.cloneNode(true) as Element;
  return paintUnits(copy, shapes.features, paint, interactive) ? copy : undefined;
}

/** Keeps a copy of `svg`, the map of `shapes` just drawn at `width`, for copyOfDrawnMap. */
export function keepDrawnMap(doc: Document, shapes: UnitShapes, width: number, interactive: boolean, svg: Element) {
  const drawn = drawingsOf(doc, shapes);
  // A window resized by dragging draws at many widths: only the last few are kept.
  if (drawn.size >= KEPT_WIDTHS) drawn.delete(drawn.keys().next().value!);
  drawn.set(`${width}:${interactive}`, svg.cloneNode(true) as Element);
}
