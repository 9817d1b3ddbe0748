/**
 * Small DOM helpers for the chart figures. They only use the `Document` they are given (linkedom at
 * build, `window.document` in the browser), never a global one.
 */
import { fnv1a } from "../hash.ts";

/** What a child of `h` may be: an element, text, or nothing. */
export type Child = Node | string | null | undefined | false;

/** Creates `<tag attrs…>children…</tag>` in `doc`. Attributes with undefined values are left out. */
export function h(
  doc: Document,
  tag: string,
  attrs: Record<string, string | number | undefined> = {},
  ...children: (Child | Child[])[]
): HTMLElement {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(name, String(value));
  append(doc, el, children);
  return el;
}

/** Creates an SVG element in `doc`. */
export function s(doc: Document, tag: string, attrs: Record<string, string | number> = {}): SVGElement {
  const el = doc.createElementNS("http://www.w3.org/2000/svg", tag) as SVGElement;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  return el;
}

function append(doc: Document, parent: Element, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === "string" ? doc.createTextNode(child) : child);
  }
}

/** The document to draw in: the one given, else the browser's. */
export function documentOf(options: { document?: Document } | undefined): Document {
  const doc = options?.document ?? (globalThis as { document?: Document }).document;
  if (!doc) throw new Error("Biểu đồ cần một document: truyền options.document khi chạy ngoài trình duyệt.");
  return doc;
}

/**
 * A short, stable id from text (FNV-1a, base 36). Two charts on one page need different ids for their
 * patterns; the same data gives the same id on every build.
 */
export function stableId(prefix: string, text: string): string {
  return `${prefix}-${fnv1a(text).toString(36)}`;
}
