/**
 * How <lineage-tree> shows its drawing. Wide screens: the tidy tree, left to right, with d3-zoom (drag
 * to pan, Ctrl + wheel or pinch to zoom). Phones: the indented tree, top to bottom, in a frame that
 * scrolls like the page (a gesture on the tree is never trapped).
 */
import { select, zoom, zoomIdentity, zoomTransform, type ZoomBehavior } from "d3";
import { layoutIndented, layoutTidy, type Layout, type PlacedItem } from "../lib/lineage/layout.ts";
import type { TreeItem } from "../lib/lineage/tree.ts";
import type { LineageGraph } from "../lib/lineage/types.ts";

/** One way of showing the drawing inside its frame. */
export interface View {
  readonly kind: "tidy" | "indented";
  layout(root: TreeItem, expanded: ReadonlySet<string>, graph: LineageGraph): Layout;
  /** Sizes the drawing after it was redrawn. */
  sized(layout: Layout): void;
  /** The first view: the whole tree if legible, else its top. */
  initial(layout: Layout): void;
  fit(layout: Layout): void;
  zoomBy(factor: number): void;
  center(p: PlacedItem): void;
  /** Moves the view so an item that moved from `before` to `after` stays put on screen. */
  keep(before: PlacedItem, after: PlacedItem): void;
  isInView(p: PlacedItem): boolean;
  detach(): void;
}

/** The tidy tree with zoom and pan. */
export function tidyView(frame: HTMLElement, svg: SVGSVGElement, viewport: SVGGElement): View {
  const zoomer: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.15, 2.5])
    // The wheel scrolls the page unless Ctrl (or ⌘) is held; buttons and pinch still zoom.
    .filter((e: Event) =>
      e.type === "wheel" ? (e as WheelEvent).ctrlKey || (e as WheelEvent).metaKey : !(e as MouseEvent).button,
    )
    .on("zoom", (e: { transform: { toString(): string } }) =>
      viewport.setAttribute("transform", e.transform.toString()),
    );
  const s = select(svg);
  s.call(zoomer).on("dblclick.zoom", null);
  for (const attr of ["viewBox", "width", "height"]) svg.removeAttribute(attr);
  const size = () => ({ w: svg.clientWidth, h: svg.clientHeight });
  const fit = (layout: Layout) => {
    const { w, h } = size();
    const k = Math.max(0.15, Math.min(1, w / layout.width, h / layout.height));
    zoomer.transform(s, zoomIdentity.translate((w - k * layout.width) / 2, (h - k * layout.height) / 2).scale(k));
  };
  return {
    kind: "tidy",
    layout: (root, expanded, graph) => layoutTidy(root, expanded, graph),
    sized: () => undefined,
    initial(layout) {
      const most = innerHeight * 0.7;
      const k = Math.min(1, frame.clientWidth / layout.width, most / layout.height);
      if (k < 0.75) {
        // Too big to show whole legibly: the top of the tree at actual size, its first level beside it.
        frame.style.removeProperty("height");
        const top = layout.items[0];
        zoomer.transform(s, zoomIdentity.translate(8, size().h / 2 - (top?.y ?? 0)));
        return;
      }
      // Small enough to show whole: make the frame no taller than the drawing needs.
      frame.style.height = `${Math.round(Math.min(Math.max(layout.height * k + 32, 320), most))}px`;
      fit(layout);
    },
    fit,
    zoomBy: (factor) => zoomer.scaleBy(s, factor),
    center(p) {
      const { w, h } = size();
      const k = Math.max(zoomTransform(svg).k, 0.75);
      const x = Math.min(p.x + p.width / 2, p.x + w / (2 * k) - 16);
      zoomer.transform(s, zoomIdentity.translate(w / 2 - k * x, h / 2 - k * p.y).scale(k));
    },
    keep: (before, after) => zoomer.translateBy(s, before.x - after.x, before.y - after.y),
    isInView(p) {
      const t = zoomTransform(svg);
      const [x1, y] = t.apply([p.x, p.y]);
      const [x2] = t.apply([p.x + p.width, p.y]);
      return t.k >= 0.7 && x1 >= 0 && x2 <= svg.clientWidth && y >= 20 && y <= svg.clientHeight - 20;
    },
    detach() {
      s.on(".zoom", null);
      viewport.removeAttribute("transform");
      frame.style.removeProperty("height");
    },
  };
}

/** The indented tree in a frame that scrolls natively. */
export function indentedView(frame: HTMLElement, svg: SVGSVGElement): View {
  return {
    kind: "indented",
    layout: (root, expanded) => layoutIndented(root, Math.max(frame.clientWidth - 2, 280), { expanded, toggles: true }),
    sized(layout) {
      const [w, h] = [Math.ceil(layout.width), Math.ceil(layout.height)];
      svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
      svg.setAttribute("width", String(w));
      svg.setAttribute("height", String(h));
    },
    initial: () => frame.scrollTo({ top: 0 }),
    fit: () => undefined,
    zoomBy: () => undefined,
    center: (p) => frame.scrollTo({ top: p.y - frame.clientHeight / 2 }),
    keep: (before, after) => frame.scrollBy({ top: after.y - before.y }),
    isInView: (p) => p.y - 20 >= frame.scrollTop && p.y + 20 <= frame.scrollTop + frame.clientHeight,
    detach() {
      for (const attr of ["viewBox", "width", "height"]) svg.removeAttribute(attr);
    },
  };
}
