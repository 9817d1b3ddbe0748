/**
 * Positions of the visible part of the tree. Two shapes: a tidy tree read left to right (d3.tree, for
 * /pha-he/) and an indented tree read top to bottom (for the narrow box on a plan page).
 */
import { hierarchy, tree as d3tree } from "d3";
import type { LineageGraph } from "./types.ts";
import type { TreeItem } from "./tree.ts";

/** Size of a node's card and the room around it, in SVG units (CSS pixels at zoom 1). */
export const CARD = { width: 216, height: 42, column: 262, row: 52, indent: 16 } as const;

/** Line styles: the tree link (by how the child was placed), or a link to a group. */
export type LinkStyle = "stated" | "inferred" | "group";

/** A visible item at its place; `x`, `y` are the card's left edge and vertical middle. */
export interface PlacedItem {
  item: TreeItem;
  x: number;
  y: number;
  /** Card width (the indented tree narrows cards as they go deeper). */
  width: number;
  /** True when the item has children and they are shown. */
  expanded: boolean;
}

/** A line from a parent's card to a child's card. */
export interface PlacedLink {
  from: PlacedItem;
  to: PlacedItem;
  /** "tree": the child's place in the tree; "cited": another reference drawn over the tree. */
  kind: "tree" | "cited";
  style: LinkStyle;
}

/** What a renderer draws. */
export interface Layout {
  shape: "tidy" | "indented";
  /** Whether cards with children get an open/close button. */
  toggles: boolean;
  items: PlacedItem[];
  links: PlacedLink[];
  width: number;
  height: number;
}

const PAD = 12;

function treeLinkStyle(child: TreeItem): LinkStyle {
  if (!child.node) return "group";
  return child.node.placement === "stated" ? "stated" : "inferred";
}

/** Links of the tree and, between visible documents, the other references ("căn cứ", extra parents). */
function linksOf(items: PlacedItem[], graph: LineageGraph | undefined): PlacedLink[] {
  const at = new Map(items.map((p) => [p.item.id, p]));
  const links: PlacedLink[] = [];
  for (const p of items) {
    const parent = p.item.parent && at.get(p.item.parent.id);
    if (parent) links.push({ from: parent, to: p, kind: "tree", style: treeLinkStyle(p.item) });
  }
  for (const e of graph?.edges ?? []) {
    const from = at.get(e.to);
    const to = at.get(e.from);
    // The link to a document's own parent is the tree link (drawn to its group when it is grouped).
    if (!from || !to || to.item.node?.parent === e.to) continue;
    links.push({ from, to, kind: "cited", style: e.stated ? "stated" : "inferred" });
  }
  return links;
}

/**
 * Lays out the items of `root` that `expanded` shows, left to right: depth is the column, siblings
 * stack vertically (d3.tree). Cited links are drawn between visible documents of `graph`.
 */
export function layoutTidy(root: TreeItem, expanded: ReadonlySet<string>, graph?: LineageGraph): Layout {
  const h = hierarchy(root, (d) => (expanded.has(d.id) || d.id === "" ? d.children : null));
  d3tree<TreeItem>()
    .nodeSize([CARD.row, CARD.column])
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.2))(h);
  const visible = h.descendants().filter((d) => d.depth > 0);
  const minY = Math.min(...visible.map((d) => d.x ?? 0));
  const items = visible.map((d): PlacedItem => ({
    item: d.data,
    x: PAD + (d.depth - 1) * CARD.column,
    y: PAD + CARD.height / 2 + (d.x ?? 0) - minY,
    width: CARD.width,
    expanded: d.data.children.length > 0 && expanded.has(d.data.id),
  }));
  const width = Math.max(...items.map((p) => p.x + p.width), 0) + PAD + 40;
  const height = Math.max(...items.map((p) => p.y + CARD.height / 2), 0) + PAD;
  return { shape: "tidy", toggles: true, items, links: linksOf(items, graph), width, height };
}

/** Options of the indented layout. */
export interface IndentedOptions {
  /** Families shown open; all of them when absent. */
  expanded?: ReadonlySet<string>;
  /** Leave room right of each card for its open/close button. */
  toggles?: boolean;
}

/**
 * Lays out the items under `root` top to bottom, one row each, indented by depth, in `width` units:
 * the shape for a phone, and for a plan's chain of ancestors.
 */
export function layoutIndented(root: TreeItem, width: number, options: IndentedOptions = {}): Layout {
  const { expanded, toggles = false } = options;
  const items: PlacedItem[] = [];
  const visit = (item: TreeItem, depth: number) => {
    const invisible = item.id === "" && !item.node;
    const open = invisible || !expanded || expanded.has(item.id);
    if (!invisible) {
      const x = PAD + depth * CARD.indent;
      items.push({
        item,
        x,
        y: PAD + CARD.height / 2 + items.length * CARD.row,
        width: width - x - PAD - (toggles ? 44 : 0),
        expanded: open && item.children.length > 0,
      });
    }
    if (open) for (const c of item.children) visit(c, invisible ? depth : depth + 1);
  };
  visit(root, 0);
  const height = items.length * CARD.row - (CARD.row - CARD.height) + 2 * PAD;
  return { shape: "indented", toggles, items, links: linksOf(items, undefined), width, height };
}
