import { describe, expect, it } from "vitest";
import { identityKey } from "../../../../src/lib/identity.ts";
import { buildLineage } from "../../../../src/lib/lineage/build.ts";
import { createPlanResolver } from "../../../../src/lib/lineage/resolve.ts";
import { buildTree } from "../../../../src/lib/lineage/tree.ts";
import { fixtureCorpus } from "../../../fixture-corpus.ts";

const { plans, provinces } = fixtureCorpus();
const graph = buildLineage(plans, provinces);
const byId = new Map(graph.nodes.map((n) => [n.id, n]));
const path = (id: string) => {
  const out: string[] = [];
  for (let at = byId.get(id); at; at = at.parent ? byId.get(at.parent) : undefined) out.push(at.number ?? at.id);
  return out;
};
const idOf = (number: string) => graph.nodes.find((n) => n.number === number)?.id ?? "";

describe("buildLineage(fixture corpus)", () => {
  it("draws the path of the Sơn La college's plan up to NQ 21", () => {
    expect(path("ke-hoach-07-kh-du-cdsl-2025-truong-cao-dang-son-la")).toEqual([
      "07-KH/ĐU-CDSL",
      "26-KH/ĐU",
      "341-KH/TU",
      "149-KL/TW",
      "21-NQ/TW",
    ]);
  });

  it("places the other seeds as their texts say", () => {
    expect(path("ke-hoach-ubnd-phuong-nam-do-son-thuc-hien-kl-149-2025").slice(1)).toEqual([
      "9244/VP-VX",
      "16-KH/TU",
      "149-KL/TW",
      "21-NQ/TW",
    ]);
    expect(path("ke-hoach-ubnd-dak-lak-thuc-hien-kl-149-2025").slice(1)).toEqual([
      "1745/QĐ-TTg",
      "149-KL/TW",
      "21-NQ/TW",
    ]);
    expect(path("ke-hoach-btv-tinh-uy-ha-tinh-thuc-hien-kl-149-2025").slice(1)).toEqual(["149-KL/TW", "21-NQ/TW"]);
    expect(path("ke-hoach-49-kh-duk-2018-dang-uy-khoi-tinh-thua-thien-hue").slice(1)).toEqual(["71-KH/TU", "21-NQ/TW"]);
    expect(path(idOf("955-CTr/TU"))).toEqual(["955-CTr/TU", "21-NQ/TW"]);
  });

  it("marks where the tree placed a document itself as inferred, and nothing else", () => {
    const inferred = graph.nodes.filter((n) => n.placement === "inferred-placement").map((n) => n.number);
    expect(inferred.sort()).toEqual(["16-KH/TU", "26-KH/ĐU", "341-KH/TU", "71-KH/TU", "9244/VP-VX", "955-CTr/TU"]);
    expect(graph.nodes.filter((n) => n.kind === "ghost").every((n) => n.placement === "inferred-placement")).toBe(true);
  });

  it("holds every reference of every plan exactly once per identity", () => {
    const resolvePlan = createPlanResolver(plans);
    const unresolved = new Set<string>();
    for (const p of plans)
      for (const r of p.plan.references) {
        const target = resolvePlan(r);
        if (target) expect(byId.get(target.slug)?.citedBy).toContain(p.slug);
        else unresolved.add(identityKey(r));
        expect(graph.edges.some((e) => e.from === p.slug && byId.get(e.to)?.number === r.number)).toBe(true);
      }
    const ghosts = graph.nodes.filter((n) => n.kind === "ghost");
    expect(ghosts).toHaveLength(unresolved.size);
    expect(new Set(ghosts.map((g) => identityKey({ number: g.number, issuer: g.issuer, date: g.date })))).toEqual(
      unresolved,
    );
    expect(graph.cycles).toEqual([]);
  });

  it("puts every document in the tree exactly once", () => {
    const tree = buildTree(graph);
    const docs = [...tree.byId.values()].filter((i) => i.node).map((i) => i.id);
    expect(docs.sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    expect(tree.root.size).toBe(graph.nodes.length);
  });
});
