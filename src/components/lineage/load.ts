/**
 * The lineage of the site's plans, built once per build and shared by /pha-he/, its data file and
 * every plan page (10,000 plan pages must not rebuild the graph 10,000 times).
 */
import { getPlans, getProvinces } from "../../data/load.ts";
import { buildLineage } from "../../lib/lineage/build.ts";
import { indexGraph, type GraphIndex } from "../../lib/lineage/plan-view.ts";
import { buildTree, defaultExpanded, type LineageTree } from "../../lib/lineage/tree.ts";
import type { LineageGraph, LineageNode } from "../../lib/lineage/types.ts";
import { CHUNK_MIN, splitTree, type SplitTree } from "../../lib/lineage/chunks.ts";
import { loadGazetteer } from "../../data/gazetteer.ts";

/** The graph and what pages derive from it. */
export interface Lineage {
  graph: LineageGraph;
  index: GraphIndex;
  tree: LineageTree;
  /** Families open by default on /pha-he/. */
  open: Set<string>;
  lookup: (id: string) => LineageNode | undefined;
  /** The tree as the browser loads it: a first file and parts (one part when the corpus is small). */
  split: SplitTree;
}

let cached: Promise<Lineage> | undefined;

async function load(): Promise<Lineage> {
  const [plans, { list }] = await Promise.all([getPlans(), getProvinces()]);
  const graph = buildLineage(plans, list, loadGazetteer());
  const index = indexGraph(graph);
  const tree = buildTree(graph);
  const open = defaultExpanded(tree);
  // LINEAGE_CHUNK_MIN lowers the size of a part, to try the parts out on a small corpus.
  const min = Number(process.env.LINEAGE_CHUNK_MIN ?? CHUNK_MIN) || CHUNK_MIN;
  const split = splitTree(tree, graph, open, min);
  return { graph, index, tree, open, lookup: (id) => index.byId.get(id), split };
}

/** The lineage, cached for the build (rebuilt on every call in `astro dev`, where content changes). */
export function getLineage(): Promise<Lineage> {
  if (import.meta.env.DEV) return load();
  return (cached ??= load());
}
