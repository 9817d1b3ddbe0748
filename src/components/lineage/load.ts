/**
 * The lineage of the site's plans, built once per build and shared by /pha-he/, its data file and
 * every plan page (10,000 plan pages must not rebuild the graph 10,000 times).
 */
import { getMeasures, getPlans, getProvinces } from "../../data/load.ts";
import { cascadeData, planLevels, type CascadeData } from "../../lib/charts/index.ts";
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

let cascades: Promise<Map<string, CascadeData>> | undefined;

async function loadCascades(): Promise<Map<string, CascadeData>> {
  const [{ graph }, plans, measures] = await Promise.all([getLineage(), getPlans(), getMeasures()]);
  const levels = planLevels(plans);
  return new Map(measures.map((m) => [m.id, cascadeData(graph, levels, m)]));
}

/**
 * Every measure's cascade (measure id → data), computed once for the build: each measure page draws
 * two charts of its own and /pha-he/ one of all of them.
 */
export function getCascades(): Promise<Map<string, CascadeData>> {
  if (import.meta.env.DEV) return loadCascades();
  return (cascades ??= loadCascades());
}
