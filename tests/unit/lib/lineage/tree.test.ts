import { describe, expect, it } from "vitest";
import { buildLineage } from "../../../../src/lib/lineage/build.ts";
import { MAX_CHILDREN, buildTree, defaultExpanded, pathTo } from "../../../../src/lib/lineage/tree.ts";
import { NQ21, PROVINCES, nationalPlans, plan } from "./make.ts";

/** `count` plans under NQ 21, spread over the three provinces and eight years. */
function wide(count: number) {
  const plans = Array.from({ length: count }, (_, i) =>
    plan(`p-${String(i).padStart(3, "0")}`, {
      number: `${i + 1}-KH/TU`,
      issued: { date: `${2018 + (i % 8)}-05-01` },
      locality: { province: PROVINCES[i % 3].slug, inferred: false },
      references: [{ ...NQ21, relation: "thuc-hien" }],
    }),
  );
  return buildLineage([...nationalPlans(), ...plans], PROVINCES);
}

describe("buildTree(graph)", () => {
  it("puts NQ 21 on top and its children below it, higher levels first", () => {
    const tree = buildTree(
      buildLineage([...nationalPlans(), plan("p", { references: [{ ...NQ21, relation: "thuc-hien" }] })]),
    );
    expect(tree.root.children.map((c) => c.id)).toEqual(["nq-21"]);
    expect(tree.root.children[0].children.map((c) => c.id)).toEqual(["kl-149", "p"]);
  });

  it("leaves a family of up to MAX_CHILDREN documents ungrouped", () => {
    const tree = buildTree(wide(MAX_CHILDREN - 1));
    expect(tree.byId.get("nq-21")?.children.every((c) => c.node)).toBe(true);
  });

  it("groups a wider family by province, each group naming its province and size", () => {
    const tree = buildTree(wide(60));
    const groups = tree.byId.get("nq-21")?.children.filter((c) => !c.node) ?? [];
    expect(groups.map((g) => `${g.groupLabel} ${g.size}`)).toEqual(["Hà Tĩnh 20", "Lào Cai 20", "Sơn La 20"]);
  });

  it("groups a province's documents by year when they are still too many", () => {
    const tree = buildTree(wide(300));
    const sonLa = tree.byId.get("nq-21~son-la");
    expect(sonLa?.children.map((c) => c.groupLabel)).toEqual(
      ["2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025"].map((y) => `Năm ${y}`),
    );
  });

  it("keeps every document exactly once, however it is grouped", () => {
    const graph = wide(300);
    const tree = buildTree(graph);
    const ids = [...tree.byId.values()].filter((i) => i.node).map((i) => i.id);
    expect(ids).toHaveLength(graph.nodes.length);
    expect(new Set(ids).size).toBe(graph.nodes.length);
    expect(tree.root.size).toBe(graph.nodes.length);
  });
});

describe("pathTo(item)", () => {
  it("returns the items from the top down to the item, groups included", () => {
    const tree = buildTree(wide(60));
    const item = tree.byId.get("p-002");
    expect(item && pathTo(item).map((i) => i.id)).toEqual(["nq-21", "nq-21~lao-cai", "p-002"]);
  });
});

describe("defaultExpanded(tree, budget)", () => {
  it("opens a small tree completely", () => {
    const tree = buildTree(wide(10));
    const open = defaultExpanded(tree);
    expect([...tree.byId.values()].filter((i) => i.children.length && !open.has(i.id))).toEqual([]);
  });

  it("keeps a large tree to its first levels, within the budget", () => {
    const tree = buildTree(wide(3000));
    const open = defaultExpanded(tree, 120);
    const shown = [...tree.byId.values()].filter((i) => i.parent && open.has(i.parent.id));
    expect(shown.length).toBeLessThanOrEqual(120);
    expect(open.has("nq-21~son-la")).toBe(true);
    expect(open.has("nq-21~son-la~2018")).toBe(false);
  });
});
