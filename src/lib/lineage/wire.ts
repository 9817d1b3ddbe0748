/**
 * The lineage graph as /pha-he/du-lieu.json carries it to the browser: short keys, defaults left out,
 * and nothing the browser can derive (a plan's slug is its id, `citedBy` comes from the edges, a
 * stated direct parent is an edge already). 10,000 plans weigh about half as much as plain JSON.
 */
import type { LineageEdge, LineageGraph, LineageNode, Placement, Relation } from "./types.ts";

/** One node on the wire. */
export interface WireNode {
  /** id */
  i: string;
  /** 1 for a ghost (known only from references) */
  g?: 1;
  /** number (absent when none) */
  n?: string;
  /** docType */
  t: LineageNode["docType"];
  /** issuer, issuerShort */
  s: string;
  S: string;
  /** printed date */
  d?: string;
  /** dateLabel and sortDate, when there is no printed date */
  l?: string;
  o?: string;
  /** level; 1 when guessed from the issuer */
  v?: NonNullable<LineageNode["issuerLevel"]>;
  q?: 1;
  /** province, place, title */
  p?: string;
  a?: string;
  T: string;
  /** parent, placement (absent when "stated"), inferredFrom */
  u?: string;
  m?: Exclude<Placement, "stated">;
  f?: string[];
  /** How many plans cite a ghost, when the tree travels in parts (chunks.ts) and not all may be loaded. */
  b?: number;
}

/** The graph on the wire; `e` holds the references that are not a node's own direct-parent link. */
export interface WireGraph {
  nodes: WireNode[];
  e: [from: string, to: string, relation: Relation, stated: 0 | 1][];
  cycles: string[][];
  provinces: LineageGraph["provinces"];
}

/** "2025-06-28" → "28/6/2025", as formatDate in format.ts (which loads zod, so the browser cannot). */
const formatIso = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d}/${m}/${y}`;
};

/** True when `e` is the link that puts its citing node under its parent (rebuilt from the node). */
function isParentLink(e: LineageEdge, byId: ReadonlyMap<string, LineageNode>): boolean {
  const from = byId.get(e.from);
  if (!from || from.parent !== e.to || e.relation !== "thuc-hien") return false;
  return (from.placement === "stated" && e.stated) || (from.placement === "inferred-link" && !e.stated);
}

/** One node for the wire. */
export function wireNode(n: LineageNode): WireNode {
  const w: WireNode = { i: n.id, t: n.docType, s: n.issuer, S: n.issuerShort, T: n.title };
  if (n.kind === "ghost") w.g = 1;
  if (n.number !== null) w.n = n.number;
  if (n.date) w.d = n.date;
  if (!n.date || n.dateLabel !== formatIso(n.date)) w.l = n.dateLabel;
  if (n.sortDate && n.sortDate !== n.date) w.o = n.sortDate;
  if (n.issuerLevel) w.v = n.issuerLevel;
  if (n.issuerLevelGuessed) w.q = 1;
  if (n.province) w.p = n.province;
  if (n.place) w.a = n.place;
  if (n.parent) w.u = n.parent;
  if (n.placement !== "stated") w.m = n.placement;
  if (n.inferredFrom) w.f = n.inferredFrom;
  return w;
}

/** The references of `graph` the wire carries (not a node's own direct-parent link), in its order. */
export function wireEdges(graph: LineageGraph, byId: ReadonlyMap<string, LineageNode>): WireGraph["e"] {
  return graph.edges
    .filter((edge) => !isParentLink(edge, byId))
    .map((edge): WireGraph["e"][number] => [edge.from, edge.to, edge.relation, edge.stated ? 1 : 0]);
}

/** The graph for the wire. */
export function toWire(graph: LineageGraph): WireGraph {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return {
    nodes: graph.nodes.map(wireNode),
    e: wireEdges(graph, byId),
    cycles: graph.cycles,
    provinces: graph.provinces,
  };
}

/** One node back from the wire (its `citedBy` empty: the edges fill it). */
export function nodeFromWire(w: WireNode): LineageNode {
  const node: LineageNode = {
    id: w.i,
    kind: w.g ? "ghost" : "plan",
    number: w.n ?? null,
    docType: w.t,
    issuer: w.s,
    issuerShort: w.S,
    dateLabel: w.l ?? (w.d ? formatIso(w.d) : "không rõ ngày"),
    issuerLevel: w.v ?? null,
    issuerLevelGuessed: w.q === 1,
    title: w.T,
    citedBy: [],
    placement: w.m ?? "stated",
  };
  if (!w.g) node.slug = w.i;
  if (w.d) node.date = w.d;
  if (w.o ?? w.d) node.sortDate = w.o ?? w.d;
  if (w.p) node.province = w.p;
  if (w.a) node.place = w.a;
  if (w.u) node.parent = w.u;
  if (w.f) node.inferredFrom = w.f;
  if (w.b !== undefined) node.citedByCount = w.b;
  return node;
}

/** The edges of `nodes` back from the wire: `e` plus each node's own direct-parent link, sorted. */
export function edgesFromWire(nodes: readonly LineageNode[], e: WireGraph["e"]): LineageEdge[] {
  const edges: LineageEdge[] = e.map(([from, to, relation, stated]) => ({ from, to, relation, stated: !!stated }));
  for (const n of nodes)
    if (n.parent && (n.placement === "stated" || n.placement === "inferred-link"))
      edges.push({ from: n.id, to: n.parent, relation: "thuc-hien", stated: n.placement === "stated" });
  return edges.sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

/** Fills each node's `citedBy` from `edges` (sorted, once per citing plan). */
export function fillCitedBy(nodes: readonly LineageNode[], edges: readonly LineageEdge[]): void {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const n of nodes) n.citedBy = [];
  for (const e of edges) byId.get(e.to)?.citedBy.push(e.from);
  for (const n of nodes) n.citedBy.sort();
}

/** The graph back from the wire: equal to the one given to `toWire`. */
export function fromWire(wire: WireGraph): LineageGraph {
  const nodes = wire.nodes.map(nodeFromWire);
  const edges = edgesFromWire(nodes, wire.e);
  fillCitedBy(nodes, edges);
  return { nodes, edges, cycles: wire.cycles, provinces: wire.provinces };
}
