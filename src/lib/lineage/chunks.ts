/**
 * The tree sent to the browser in parts, so that /pha-he/ stays light with 100,000 plans: the first
 * file (/pha-he/du-lieu.json) holds the tree as far as it is open by default, and every family that is
 * closed by default and holds at least `min` documents is sent on its own (/pha-he/nhanh/<k>.json),
 * fetched when a reader opens it, searches for a document inside it or follows `?chon=<id>` to it.
 * A small corpus fits in the first file whole. The tree's search reads its own small files
 * (/pha-he/tim/, lib/lineage/search.ts, made from `found`); for `?chon=<id>` (the link from each
 * plan page) a small file of positions (/pha-he/vi-tri/<n>.json, one of POSITION_SHARDS by a hash of
 * the id) says which part holds the document.
 *
 * The tree's shape (grouping by province and year) is computed once, at build, from the whole graph:
 * the browser never regroups a partial graph, so a family looks the same whether it came with the
 * first file or later.
 */
import { fnv1a } from "../hash.ts";
import type { LineageTree, TreeItem } from "./tree.ts";
import type { LineageGraph, LineageNode } from "./types.ts";
import {
  edgesFromWire,
  fillCitedBy,
  nodeFromWire,
  wireEdges,
  wireNode,
  type WireGraph,
  type WireNode,
} from "./wire.ts";

/** Families closed by default with at least this many documents are sent as parts of their own. */
export const CHUNK_MIN = 100;

/** Files of positions (document id → part) for `?chon=`, picked by a hash of the id. */
export const POSITION_SHARDS = 64;

/** Which file of positions holds `id` (FNV-1a over its UTF-16 code units). */
export function shardOf(id: string): number {
  return fnv1a(id) % POSITION_SHARDS;
}

/** One item of the tree on the wire. */
export interface WireItem {
  /** Item id (a node's id, or a group's "<parent>~<key>"). */
  i: string;
  /** Group label, for groups. */
  l?: string;
  /** Documents below. */
  z: number;
  /** Number of the part holding its children, when they are not here. */
  k?: number;
  /** Children, when they are here and there are any. */
  c?: WireItem[];
}

/** One part: the items under one family, with the nodes they show and the references of those nodes. */
export interface WireChunk {
  /** The family these items hang under ("" for the top of the tree). */
  under: string;
  items: WireItem[];
  nodes: WireNode[];
  e: WireGraph["e"];
}

/** The first file: the top of the tree, and what the browser needs to fetch the rest. */
export interface WireSkeleton extends WireChunk {
  cycles: string[][];
  provinces: LineageGraph["provinces"];
  /** Items in the whole tree (documents and groups). */
  total: number;
  /** Ids of the families open by default. */
  open: string[];
  /** For each part, the part its family sits in (-1: the first file). */
  parents: number[];
}

/** One document in the search file, with the part that shows it (-1: the first file). */
export type WireFound = [
  id: string,
  part: number,
  number: string,
  docType: LineageNode["docType"],
  issuer: string,
  issuerShort: string,
  dateLabel: string,
  province: string,
  place: string,
  ghost: 0 | 1,
  title: string,
];

/** The tree in parts. */
export interface SplitTree {
  skeleton: WireSkeleton;
  chunks: WireChunk[];
  /** Every document with its part. */
  found: WireFound[];
  /** The files of positions: for each shard, id → part of the documents not in the first file (none when there are no parts). */
  positions: Record<string, number>[];
  /** Ids of the families sent as parts of their own. */
  cut: Set<string>;
}

/**
 * Splits `tree` (built from `graph`) into the first file and parts: a family becomes a part of its own
 * when it is closed by default (`open`) and holds at least `min` documents. Each node travels with the
 * part that shows it, with the references it makes.
 */
export function splitTree(
  tree: LineageTree,
  graph: LineageGraph,
  open: ReadonlySet<string>,
  min = CHUNK_MIN,
): SplitTree {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const edgesFrom = new Map<string, WireGraph["e"]>();
  for (const e of wireEdges(graph, byId)) {
    const list = edgesFrom.get(e[0]) ?? [];
    edgesFrom.set(e[0], list);
    list.push(e);
  }
  const chunks: WireChunk[] = [];
  const parents: number[] = [];
  const found: WireFound[] = [];
  const cut = new Set<string>();
  const fill = (chunk: WireChunk, part: number, items: readonly TreeItem[]): WireItem[] =>
    items.map((item) => {
      const w: WireItem = { i: item.id, z: item.size };
      if (item.groupLabel !== undefined) w.l = item.groupLabel;
      if (item.node) {
        const node = wireNode(item.node);
        if (item.node.kind === "ghost") node.b = item.node.citedBy.length;
        chunk.nodes.push(node);
        chunk.e.push(...(edgesFrom.get(item.id) ?? []));
        found.push(foundOf(item.node, part));
      }
      if (item.children.length === 0) return w;
      if (!open.has(item.id) && item.size >= min) {
        const k = chunks.length;
        const sub: WireChunk = { under: item.id, items: [], nodes: [], e: [] };
        chunks.push(sub);
        parents.push(part);
        cut.add(item.id);
        sub.items = fill(sub, k, item.children);
        w.k = k;
      } else w.c = fill(chunk, part, item.children);
      return w;
    });
  const top: WireChunk = { under: "", items: [], nodes: [], e: [] };
  top.items = fill(top, -1, tree.root.children);
  const skeleton: WireSkeleton = {
    ...top,
    cycles: graph.cycles,
    provinces: graph.provinces,
    total: tree.byId.size - 1,
    open: [...open].sort(),
    parents,
  };
  const positions: Record<string, number>[] = [];
  if (chunks.length > 0) {
    for (let n = 0; n < POSITION_SHARDS; n++) positions.push({});
    for (const [id, part] of found.map((f) => [f[0], f[1]] as const)) if (part >= 0) positions[shardOf(id)][id] = part;
  }
  return { skeleton, chunks, found, cut, positions };
}

/** A document as the search files carry it, with the part that shows it (-1: the first file). */
export function foundOf(n: LineageNode, part: number): WireFound {
  return [
    n.id,
    part,
    n.number ?? "",
    n.docType,
    n.issuer,
    n.issuerShort,
    n.dateLabel,
    n.province ?? "",
    n.place ?? "",
    n.kind === "ghost" ? 1 : 0,
    n.title,
  ];
}

/** A search-file entry as a node the search and the detail panel can use (references unknown). */
export function nodeOfFound(f: WireFound): LineageNode {
  const [id, , number, docType, issuer, issuerShort, dateLabel, province, place, ghost, title] = f;
  const node: LineageNode = {
    id,
    kind: ghost ? "ghost" : "plan",
    number: number || null,
    docType,
    issuer,
    issuerShort,
    dateLabel,
    issuerLevel: null,
    issuerLevelGuessed: false,
    title,
    citedBy: [],
    placement: "stated",
  };
  if (!ghost) node.slug = id;
  if (province) node.province = province;
  if (place) node.place = place;
  return node;
}

/** The tree the browser holds: what is loaded so far, grown part by part. */
export interface PartialTree {
  tree: LineageTree;
  graph: LineageGraph;
  byNode: Map<string, LineageNode>;
}

function attach(into: TreeItem, items: readonly WireItem[], tree: LineageTree, byNode: Map<string, LineageNode>) {
  for (const w of items) {
    const item: TreeItem = { id: w.i, depth: into.depth + 1, parent: into, children: [], size: w.z };
    if (w.l !== undefined) item.groupLabel = w.l;
    else {
      const node = byNode.get(w.i);
      if (node) item.node = node;
    }
    if (w.k !== undefined) item.lazy = w.k;
    tree.byId.set(item.id, item);
    into.children.push(item);
    if (w.c) attach(item, w.c, tree, byNode);
  }
}

/** Adds a part's nodes and references to `graph` (citedBy recomputed). */
function addNodes(state: PartialTree, part: Pick<WireChunk, "nodes" | "e">) {
  const nodes = part.nodes.map(nodeFromWire);
  for (const n of nodes) state.byNode.set(n.id, n);
  state.graph.nodes.push(...nodes);
  state.graph.edges.push(...edgesFromWire(nodes, part.e));
  fillCitedBy(state.graph.nodes, state.graph.edges);
}

/** The tree from the first file alone. */
export function treeFromSkeleton(skeleton: WireSkeleton): PartialTree {
  const root: TreeItem = { id: "", depth: 0, children: [], size: 0 };
  const state: PartialTree = {
    tree: { root, byId: new Map([["", root]]) },
    graph: { nodes: [], edges: [], cycles: skeleton.cycles, provinces: skeleton.provinces },
    byNode: new Map(),
  };
  addNodes(state, skeleton);
  attach(root, skeleton.items, state.tree, state.byNode);
  root.size = root.children.reduce((s, c) => s + c.size + (c.node ? 1 : 0), 0);
  return state;
}

/** Hangs part `k` under its family; false when that family is not loaded yet (load its part first). */
export function addChunk(state: PartialTree, k: number, chunk: WireChunk): boolean {
  const into = state.tree.byId.get(chunk.under);
  if (!into || into.lazy !== k) return into !== undefined && into.lazy === undefined;
  addNodes(state, chunk);
  delete into.lazy;
  attach(into, chunk.items, state.tree, state.byNode);
  return true;
}

/** The parts to load, outermost first, so that part `k` can be hung (the loaded ones left out). */
export function chunkPath(parents: readonly number[], k: number, loaded: ReadonlySet<number>): number[] {
  const path: number[] = [];
  for (let at = k; at >= 0 && !loaded.has(at); at = parents[at] ?? -1) path.unshift(at);
  return path;
}
