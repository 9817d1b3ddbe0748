/**
 * The parts every chart figure shares: caption (title and description), legend, the SVG drawn by Plot,
 * and the same data as a table inside `<details>` for readers who cannot see the chart.
 */
import { LEVEL_NAMES } from "../labels.ts";
import { escapeHtml } from "../html.ts";
import { h, s } from "./dom.ts";
import { LEVEL_FILL, LEVEL_INK, NULL_STROKE } from "./palette.ts";

/** A cell of the table alternative: text, optionally a link, optionally coloured as a level. */
export interface TableCell {
  text: string;
  href?: string;
  /** Colours the cell as this level (null = not coded). */
  level?: number | null;
  /** A header cell for its row. */
  rowHeader?: boolean;
}

/** The table alternative of a chart. */
export interface TableSpec {
  caption: string;
  head: string[];
  rows: (TableCell | string)[][];
}

/** Everything `chartFigure` assembles. */
export interface FigureSpec {
  /** Kind of chart, as a class suffix: "ma-tran", "bao-phu", "dong-thoi-gian", "muc-do". */
  kind: string;
  title: string;
  description: string;
  legend?: Element;
  svg: Element;
  /** Wide charts keep their size and scroll sideways on narrow screens instead of shrinking. */
  wide?: boolean;
  /** The drawing's links are for everyone (a map of units): they keep their names and the tab order. */
  interactive?: boolean;
  table: TableSpec;
}

/**
 * Cleans Plot's SVG for embedding: its `<style>` goes (the site's stylesheet sets the same rules, so
 * charts inherit the page font with its Vietnamese diacritics), and the drawing is hidden from screen
 * readers, who get the caption and the table instead. Links inside stay clickable but out of the tab order.
 */
export function prepareSvg(svg: Element): Element {
  for (const style of Array.from(svg.querySelectorAll("style"))) style.remove();
  svg.removeAttribute("font-family");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  for (const a of Array.from(svg.querySelectorAll("a"))) a.setAttribute("tabindex", "-1");
  // Plot writes font-variant="tabular-nums" on its axes, which SVG does not allow as an attribute
  // (the Nu Html Checker rejects it): the stylesheet sets the same through a class.
  for (const g of Array.from(svg.querySelectorAll("[font-variant]"))) {
    if (g.getAttribute("font-variant") === "tabular-nums") g.classList.add("chart-tabular");
    g.removeAttribute("font-variant");
  }
  return svg;
}

/** Like `prepareSvg`, for a drawing whose links are the way in (a map): it stays visible to screen readers. */
export function prepareInteractiveSvg(svg: Element): Element {
  for (const style of Array.from(svg.querySelectorAll("style"))) style.remove();
  svg.removeAttribute("font-family");
  // Plot names its groups ("geo", "text"): a group without a role may not carry a name (ARIA).
  for (const el of Array.from(svg.querySelectorAll("[aria-label], [aria-description]")))
    if (el.tagName.toLowerCase() !== "a") {
      el.removeAttribute("aria-label");
      el.removeAttribute("aria-description");
    }
  svg.setAttribute("role", "group");
  return svg;
}

/** An SVG `<defs>` with the hatching that marks "not coded", under `id`. */
export function hatchDefs(doc: Document, id: string): SVGElement {
  const defs = s(doc, "defs");
  const pattern = s(doc, "pattern", {
    id,
    width: 6,
    height: 6,
    patternUnits: "userSpaceOnUse",
    patternTransform: "rotate(45)",
  });
  pattern.append(
    s(doc, "rect", { width: 6, height: 6, fill: "#ffffff" }),
    s(doc, "line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: NULL_STROKE, "stroke-width": 2 }),
  );
  defs.append(pattern);
  return defs;
}

/** The legend of levels 0–3 and "not coded", as an HTML list with swatches. */
export function levelLegend(doc: Document, levels: readonly (number | null)[] = [null, 0, 1, 2, 3]): HTMLElement {
  return h(
    doc,
    "ul",
    { class: "chart-legend" },
    levels.map((level) =>
      h(
        doc,
        "li",
        {},
        h(doc, "span", {
          class: level === null ? "chart-swatch chart-swatch--null" : "chart-swatch",
          style: level === null ? undefined : `background:${LEVEL_FILL[level]}`,
          "aria-hidden": "true",
        }),
        level === null ? LEVEL_NAMES.null : `${level} · ${LEVEL_NAMES[level]}`,
      ),
    ),
  );
}

function tableCell(cell: TableCell | string, header: boolean): string {
  const c: TableCell = typeof cell === "string" ? { text: cell } : cell;
  const tag = header || c.rowHeader ? "th" : "td";
  const scope = header ? "col" : c.rowHeader ? "row" : undefined;
  const level = c.level === undefined || c.level === null ? undefined : c.level;
  const className = c.level === null ? "chart-cell-null" : level === undefined ? undefined : "chart-cell-level";
  const attrs =
    (scope ? ` scope="${scope}"` : "") +
    (level === undefined ? "" : ` style="background:${LEVEL_FILL[level]};color:${LEVEL_INK[level]}"`) +
    (className ? ` class="${className}"` : "");
  const text = escapeHtml(c.text);
  return `<${tag}${attrs}>${c.href ? `<a href="${escapeHtml(c.href)}">${text}</a>` : text}</${tag}>`;
}

/** The table of the table alternative, as HTML. */
function tableHtml(spec: TableSpec): string {
  const head = spec.head.map((text) => tableCell(text, true)).join("");
  const body = spec.rows.map((row) => `<tr>${row.map((cell) => tableCell(cell, false)).join("")}</tr>`).join("");
  return `<table><caption>${escapeHtml(spec.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/**
 * The table alternative, folded in a `<details>`. Its cells are written as one HTML string and parsed
 * once: a chart of 40 plans × 20 measures has some 900 cells, and the explorer redraws it on every
 * filter change (Chromium: 3.8 against 5.8 ms node by node, warm; linkedom at build: about the same).
 */
export function tableAlternative(doc: Document, spec: TableSpec): HTMLElement {
  const wrap = h(doc, "div", { class: "table-wrap" });
  wrap.innerHTML = tableHtml(spec);
  return h(doc, "details", { class: "chart-table" }, h(doc, "summary", {}, "Xem số liệu dạng bảng"), wrap);
}

/** Assembles the `<figure>`: caption first, then legend, drawing and table. */
export function chartFigure(doc: Document, spec: FigureSpec): HTMLElement {
  return h(
    doc,
    "figure",
    { class: `chart chart--${spec.kind}${spec.wide ? " chart--wide" : ""}` },
    h(
      doc,
      "figcaption",
      {},
      h(doc, "span", { class: "chart-title" }, spec.title),
      h(doc, "span", { class: "chart-description" }, spec.description),
    ),
    spec.legend,
    h(
      doc,
      "div",
      { class: "chart-drawing" },
      spec.interactive ? prepareInteractiveSvg(spec.svg) : prepareSvg(spec.svg),
    ),
    tableAlternative(doc, spec.table),
  );
}
