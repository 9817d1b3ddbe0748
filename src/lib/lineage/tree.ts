/**
 * The tree readers see: the graph's nodes under their parents, children in reading order, and large
 * families split into groups (by province, then by year, then in runs) so no level gets too wide.
 */
import { levelRank } from "./placement.ts";
import type { LineageGraph, LineageNode } from "./types.ts";

/** One item of the tree: a document, a group of siblings, or the invisible root above the roots. */
export interface TreeItem {
  /** Node id; for a group "<parent id>~<key>"; "" for the invisible root. */
  id: string;
  /** The document, absent for groups and the invisible root. */
  node?: LineageNode;
  /** For a group: what it holds ("Sơn La", "2019", "1–24"). */
  groupLabel?: string;
  depth: number;
  parent?: TreeItem;
  children: TreeItem[];
  /** Documents below this item (not counting groups). */
  size: number;
  /**
   * Set while this item's children are not loaded yet (a large tree is sent to the browser in parts,
   * chunks.ts): the number of the part that holds them.
   */
  lazy?: number;
}

/** True when the item has children, loaded or not. */
export const hasChildren = (item: TreeItem): boolean => item.children.length > 0 || item.lazy !== undefined;

/** The tree with its index. */
export interface LineageTree {
  root: TreeItem;
  byId: Map<string, TreeItem>;
}

/** Widest family shown without grouping. */
export const MAX_CHILDREN = 24;

/** Children in reading order: higher levels first, then older, then by id. */
export function compareNodes(a: LineageNode, b: LineageNode): number {
  return (
    levelRank(a.issuerLevel) - levelRank(b.issuerLevel) ||
    (a.sortDate ?? "9999").localeCompare(b.sortDate ?? "9999") ||
    a.id.localeCompare(b.id)
  );
}

type KeyOf = (n: LineageNode, graph: LineageGraph) => { key: string; label: string };
const GROUP_KEYS: KeyOf[] = [
  (n, g) =>
    n.province
      ? { key: n.province, label: g.provinces[n.province]?.name ?? n.province }
      : { key: "0", label: n.issuerLevel === "trung-uong" ? "Trung ương" : "Không rõ địa phương" },
  (n) => ({
    key: n.sortDate?.slice(0, 4) ?? "?",
    label: n.sortDate ? `Năm ${n.sortDate.slice(0, 4)}` : "Không rõ năm",
  }),
];

/** Splits `nodes` (already sorted) into at most MAX_CHILDREN items, grouping by the keys in turn. */
function arrange(nodes: LineageNode[], parentId: string, graph: LineageGraph, keyIndex = 0): (LineageNode | Group)[] {
  if (nodes.length <= MAX_CHILDREN) return nodes;
  const keyOf = GROUP_KEYS.at(keyIndex);
  const buckets = new Map<string, { label: string; nodes: LineageNode[] }>();
  if (keyOf)
    for (const n of nodes) {
      const { key, label } = keyOf(n, graph);
      const bucket = buckets.get(key) ?? { label, nodes: [] };
      buckets.set(key, bucket);
      bucket.nodes.push(n);
    }
  if (keyOf && buckets.size === 1) return arrange(nodes, parentId, graph, keyIndex + 1);
  if (!keyOf)
    for (let i = 0; i < nodes.length; i += MAX_CHILDREN) {
      const end = Math.min(i + MAX_CHILDREN, nodes.length);
      buckets.set(String(i + 1), { label: `Văn bản ${i + 1}–${end}`, nodes: nodes.slice(i, end) });
    }
  const sorted = [...buckets].sort(([ka, a], [kb, b]) =>
    keyOf ? (ka === "0" ? -1 : kb === "0" ? 1 : a.label.localeCompare(b.label, "vi")) : Number(ka) - Number(kb),
  );
  return sorted.flatMap(([key, b]): (LineageNode | Group)[] => {
    if (b.nodes.length === 1) return b.nodes;
    const id = `${parentId}~${key}`;
    return [{ id, label: b.label, items: arrange(b.nodes, id, graph, keyIndex + 1) }];
  });
}

interface Group {
  id: string;
  label: string;
  items: (LineageNode | Group)[];
}

/**
 * Builds the tree of `graph`: roots under an invisible root, each node under its parent, families
 * wider than MAX_CHILDREN grouped. Every node of the graph appears exactly once.
 */
export function buildTree(graph: LineageGraph): LineageTree {
  const children = new Map<string, LineageNode[]>();
  for (const n of graph.nodes) {
    const key = n.parent ?? "";
    const list = children.get(key) ?? [];
    children.set(key, list);
    list.push(n);
  }
  const byId = new Map<string, TreeItem>();
  const root: TreeItem = { id: "", depth: 0, children: [], size: 0 };
  byId.set("", root);
  const attach = (parent: TreeItem, parentId: string) => {
    const kids = (children.get(parentId) ?? []).sort(compareNodes);
    const add = (into: TreeItem, entry: LineageNode | Group) => {
      const item: TreeItem =
        "items" in entry
          ? { id: entry.id, groupLabel: entry.label, depth: into.depth + 1, parent: into, children: [], size: 0 }
          : { id: entry.id, node: entry, depth: into.depth + 1, parent: into, children: [], size: 0 };
      byId.set(item.id, item);
      into.children.push(item);
      if ("items" in entry) for (const e of entry.items) add(item, e);
      else attach(item, entry.id);
      item.size = item.children.reduce((s, c) => s + c.size + (c.node ? 1 : 0), 0);
    };
    for (const entry of arrange(kids, parentId, graph)) add(parent, entry);
  };
  attach(root, "");
  root.size = root.children.reduce((s, c) => s + c.size + (c.node ? 1 : 0), 0);
  return { root, byId };
}

/** The items from the top of the tree down to `item` (invisible root left out). */
export function pathTo(item: TreeItem): TreeItem[] {
  const path: TreeItem[] = [];
  for (let at: TreeItem | undefined = item; at && at.id !== ""; at = at.parent) path.unshift(at);
  return path;
}

/**
 * The items open by default: whole levels from the top, as deep as keeps at most `budget` items in
 * view (the roots' children are always shown). A small corpus opens fully; a large one stays shallow.
 */
export function defaultExpanded(tree: LineageTree, budget = 120): Set<string> {
  const perDepth: number[] = [];
  for (const item of tree.byId.values()) perDepth[item.depth] = (perDepth[item.depth] ?? 0) + 1;
  let shown = perDepth[1] ?? 0;
  let depth = 1;
  while (depth + 1 < perDepth.length && shown + perDepth[depth + 1] <= budget) shown += perDepth[++depth];
  const open = new Set<string>();
  for (const item of tree.byId.values()) if (item.depth < Math.max(depth, 2) && item.children.length) open.add(item.id);
  return open;
}
