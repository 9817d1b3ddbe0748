/** The small tree of one plan page: its ancestors up to the top, the plan, and its children. */
import { compareNodes, type TreeItem } from "./tree.ts";
import type { LineageEdge, LineageGraph, LineageNode } from "./types.ts";

/** Children a plan page lists before pointing to the whole tree. */
export const PLAN_PAGE_CHILDREN = 12;

/** What the plan page draws. */
export interface PlanLineageView {
  node: LineageNode;
  /** From the top (usually NQ 21) down to the plan, the plan included. */
  chain: LineageNode[];
  /** Children shown, in reading order. */
  children: LineageNode[];
  /** Children left out (seen in the whole tree). */
  more: number;
  /** Documents the plan names that are not on its chain, in reading order. */
  cited: LineageNode[];
  /** The chain and children as a tree, for the layouts. */
  root: TreeItem;
}

/** Nodes by id, and the children of each id. */
export interface GraphIndex {
  byId: Map<string, LineageNode>;
  children: Map<string, LineageNode[]>;
  /** The edges out of each id, in graph order (a plan page must not scan every edge of the graph). */
  edgesFrom: Map<string, LineageEdge[]>;
}

/** Indexes a graph once for many look-ups (every plan page uses the same index). */
export function indexGraph(graph: LineageGraph): GraphIndex {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const children = new Map<string, LineageNode[]>();
  for (const n of graph.nodes)
    if (n.parent) {
      const list = children.get(n.parent) ?? [];
      children.set(n.parent, list);
      list.push(n);
    }
  for (const list of children.values()) list.sort(compareNodes);
  const edgesFrom = new Map<string, LineageEdge[]>();
  for (const e of graph.edges) {
    const list = edgesFrom.get(e.from);
    if (list) list.push(e);
    else edgesFrom.set(e.from, [e]);
  }
  return { byId, children, edgesFrom };
}

/** The plan page's view of node `id`, or undefined when the graph does not hold it. */
export function planLineage(
  _graph: LineageGraph,
  index: GraphIndex,
  id: string,
  maxChildren = PLAN_PAGE_CHILDREN,
): PlanLineageView | undefined {
  const node = index.byId.get(id);
  if (!node) return undefined;
  const chain: LineageNode[] = [];
  const seen = new Set<string>();
  for (
    let at: LineageNode | undefined = node;
    at && !seen.has(at.id);
    at = at.parent ? index.byId.get(at.parent) : undefined
  ) {
    seen.add(at.id);
    chain.unshift(at);
  }
  const all = index.children.get(id) ?? [];
  const children = all.slice(0, maxChildren);
  const cited = (index.edgesFrom.get(id) ?? [])
    .filter((e) => !seen.has(e.to))
    .map((e) => index.byId.get(e.to))
    .filter((n): n is LineageNode => n !== undefined)
    .sort(compareNodes);

  const root: TreeItem = { id: "", depth: 0, children: [], size: 0 };
  let parent = root;
  for (const n of chain) {
    const item: TreeItem = { id: n.id, node: n, depth: parent.depth + 1, parent, children: [], size: 0 };
    parent.children.push(item);
    parent = item;
  }
  for (const n of children)
    parent.children.push({ id: n.id, node: n, depth: parent.depth + 1, parent, children: [], size: 0 });
  return { node, chain, children, more: all.length - children.length, cited, root };
}
