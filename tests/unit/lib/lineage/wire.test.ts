import { describe, expect, it } from "vitest";
import { buildLineage } from "../../../../src/lib/lineage/build.ts";
import { fromWire, toWire } from "../../../../src/lib/lineage/wire.ts";
import { KL149, NQ21, nationalPlans, plan, ref } from "./make.ts";

const graph = buildLineage([
  ...nationalPlans(),
  plan("stated", { references: [{ ...KL149, relation: "thuc-hien" }, NQ21] }),
  plan("editor", { references: [{ ...KL149, relation: "thuc-hien", stated: false }] }),
  plan("cites", { issued: { after: "2025-09-24", note: "không ghi ngày" }, references: [KL149, NQ21] }),
  plan("ghosted", {
    references: [ref("thuc-hien", "26-KH/ĐU", "Đảng ủy Ủy ban nhân dân tỉnh Sơn La", "2025-06-11"), KL149],
  }),
]);

describe("toWire(graph) and fromWire(wire)", () => {
  it("gives back the same graph after a trip through JSON", () => {
    const back = fromWire(JSON.parse(JSON.stringify(toWire(graph))));
    expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(graph)));
  });

  it("leaves out the links a node's parent already says", () => {
    const wire = toWire(graph);
    expect(wire.e.length).toBeLessThan(graph.edges.length);
    expect(wire.e).not.toContainEqual(["stated", "kl-149", "thuc-hien", 1]);
    expect(wire.e).toContainEqual(["stated", "nq-21", "can-cu", 1]);
  });
});
