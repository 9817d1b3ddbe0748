import { describe, expect, it } from "vitest";
import { buildLineage } from "../../../../src/lib/lineage/build.ts";
import {
  addChunk,
  chunkPath,
  nodeOfFound,
  splitTree,
  treeFromSkeleton,
  type PartialTree,
  type SplitTree,
} from "../../../../src/lib/lineage/chunks.ts";
import { buildTree, defaultExpanded, type LineageTree } from "../../../../src/lib/lineage/tree.ts";
import type { LineageGraph, LineageNode } from "../../../../src/lib/lineage/types.ts";
import { NQ21, PROVINCES, nationalPlans, plan, ref } from "./make.ts";

/**
 * `count` provincial plans under NQ 21 over three provinces and eight years, each tenth with two
 * commune plans under it, and every plan of Sơn La also citing a ghost (a provincial plan not summarised).
 */
function corpus(count: number): LineageGraph {
  const ghost = ref("can-cu", "341-KH/TU", "Tỉnh ủy Sơn La", "2025-06-03");
  const plans = Array.from({ length: count }, (_, i) =>
    plan(`p-${String(i).padStart(3, "0")}`, {
      number: `${i + 1}-KH/TU`,
      issued: { date: `${2018 + (i % 8)}-05-01` },
      locality: { province: PROVINCES[i % 3].slug, inferred: false },
      references: [{ ...NQ21, relation: "thuc-hien" }, ...(i % 3 === 0 ? [ghost] : [])],
    }),
  );
  const communes = plans
    .filter((_, i) => i % 10 === 0)
    .flatMap((parent, i) =>
      [0, 1].map((j) =>
        plan(`x-${i}-${j}`, {
          number: `${j + 1}-KH/ĐU`,
          issuerLevel: "xa",
          issued: { date: "2026-01-05" },
          locality: parent.plan.locality,
          references: [
            {
              ...ref("thuc-hien", parent.plan.number ?? "", parent.plan.issuer, parent.plan.issued.date),
              docType: "ke-hoach",
            },
          ],
        }),
      ),
    );
  return buildLineage([...nationalPlans(), ...plans, ...communes], PROVINCES);
}

/** A node's facts in a fixed key order, without the browser's own count of citing plans. */
const facts = (n: LineageNode | undefined) =>
  n
    ? Object.fromEntries(
        Object.entries(n)
          .filter(([k]) => k !== "citedByCount")
          .sort(),
      )
    : null;

/** The tree as rows a test can compare: id, parent, depth, size, group label, the node's facts. */
const rows = (tree: LineageTree) =>
  [...tree.byId.values()]
    .map((t) => JSON.stringify([t.id, t.parent?.id ?? null, t.depth, t.size, t.groupLabel ?? null, facts(t.node)]))
    .sort();

/** Loads every part, each after the one it hangs in. */
function loadAll(split: SplitTree): PartialTree {
  const state = treeFromSkeleton(JSON.parse(JSON.stringify(split.skeleton)));
  const loaded = new Set<number>();
  for (let k = 0; k < split.chunks.length; k++)
    for (const at of chunkPath(split.skeleton.parents, k, loaded)) {
      expect(addChunk(state, at, JSON.parse(JSON.stringify(split.chunks[at])))).toBe(true);
      loaded.add(at);
    }
  return state;
}

const sameGraph = (a: LineageGraph, b: LineageGraph) => {
  const strip = (g: LineageGraph) => ({
    nodes: [...g.nodes].sort((x, y) => x.id.localeCompare(y.id)).map(facts),
    edges: [...g.edges].sort((x, y) => `${x.from} ${x.to}`.localeCompare(`${y.from} ${y.to}`)),
  });
  expect(JSON.parse(JSON.stringify(strip(a)))).toEqual(JSON.parse(JSON.stringify(strip(b))));
};

describe("splitTree: the tree of /pha-he/ in parts", () => {
  it("sends a small tree whole in the first file", () => {
    const graph = corpus(20);
    const tree = buildTree(graph);
    const split = splitTree(tree, graph, defaultExpanded(tree));
    expect(split.chunks).toEqual([]);
    const state = treeFromSkeleton(JSON.parse(JSON.stringify(split.skeleton)));
    expect(rows(state.tree)).toEqual(rows(tree));
    sameGraph(state.graph, graph);
  });

  it("sends each large family closed by default as a part, and all parts give back the whole tree", () => {
    const graph = corpus(300);
    const tree = buildTree(graph);
    const open = defaultExpanded(tree, 10);
    const split = splitTree(tree, graph, open, 8);
    expect(split.chunks.length).toBeGreaterThan(3);
    // The first file holds far less than the whole tree.
    const first = treeFromSkeleton(JSON.parse(JSON.stringify(split.skeleton)));
    expect(first.tree.byId.size).toBeLessThan(tree.byId.size / 5);
    // Families cut off say how many documents they hold, and that their children are still to come.
    for (const id of split.cut) {
      const item = first.tree.byId.get(id);
      if (!item) continue;
      expect(item.lazy).toBeTypeOf("number");
      expect(item.children).toEqual([]);
      expect(item.size).toBe(tree.byId.get(id)?.size);
    }
    const all = loadAll(split);
    expect(rows(all.tree)).toEqual(rows(tree));
    sameGraph(all.graph, graph);
    expect([...all.tree.byId.values()].some((t) => t.lazy !== undefined)).toBe(false);
  });

  it("lists every document once in the search file, with the part that shows it", () => {
    const graph = corpus(300);
    const tree = buildTree(graph);
    const split = splitTree(tree, graph, defaultExpanded(tree, 10), 20);
    expect(split.found.map((f) => f[0]).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    const commune = split.found.find((f) => f[0] === "x-3-1");
    expect(commune?.[1]).toBeGreaterThanOrEqual(0);
    const state = treeFromSkeleton(JSON.parse(JSON.stringify(split.skeleton)));
    expect(state.tree.byId.has("x-3-1")).toBe(false);
    const loaded = new Set<number>();
    for (const at of chunkPath(split.skeleton.parents, commune?.[1] ?? -1, loaded)) {
      addChunk(state, at, split.chunks[at]);
      loaded.add(at);
    }
    expect(state.tree.byId.get("x-3-1")?.node?.number).toBe("2-KH/ĐU");
    const asNode = nodeOfFound(commune!);
    expect([asNode.id, asNode.number, asNode.kind, asNode.province]).toEqual(["x-3-1", "2-KH/ĐU", "plan", "son-la"]);
  });

  it("refuses a part whose family is not loaded yet, and says how many plans cite a ghost", () => {
    const graph = corpus(300);
    const tree = buildTree(graph);
    const split = splitTree(tree, graph, defaultExpanded(tree, 10), 8);
    const nested = split.skeleton.parents.findIndex((p) => p >= 0);
    expect(nested).toBeGreaterThan(0);
    const state = treeFromSkeleton(split.skeleton);
    expect(addChunk(state, nested, split.chunks[nested])).toBe(false);
    expect(chunkPath(split.skeleton.parents, nested, new Set())).toEqual([
      ...chunkPath(split.skeleton.parents, split.skeleton.parents[nested], new Set()),
      nested,
    ]);
    const ghost = graph.nodes.find((n) => n.kind === "ghost");
    const all = loadAll(split);
    expect(all.byNode.get(ghost!.id)?.citedByCount).toBe(ghost!.citedBy.length);
  });
});
