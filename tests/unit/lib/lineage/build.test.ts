import { describe, expect, it } from "vitest";
import { buildLineage } from "../../../../src/lib/lineage/build.ts";
import type { LineageGraph, LineageNode } from "../../../../src/lib/lineage/types.ts";
import { KL149, NQ21, nationalPlans, plan, ref } from "./make.ts";

const node = (g: LineageGraph, pred: (n: LineageNode) => boolean) => {
  const found = g.nodes.filter(pred);
  expect(found).toHaveLength(1);
  return found[0];
};
const byNumber = (g: LineageGraph, number: string) => g.nodes.filter((n) => n.number === number);
const chain = (g: LineageGraph, id: string) => {
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const out: string[] = [];
  for (let at = byId.get(id); at; at = at.parent ? byId.get(at.parent) : undefined) out.push(at.number ?? at.id);
  return out;
};

describe("buildLineage(plans): identity", () => {
  it("keeps the 71-KH/TU of two provinces as two documents", () => {
    const g = buildLineage([
      plan("hue", { references: [ref("thuc-hien", "71-KH/TU", "Ban Thường vụ Tỉnh ủy Thừa Thiên Huế", "2018-04-24")] }),
      plan("ha-tinh", { references: [ref("thuc-hien", "71-KH/TU", "Ban Thường vụ Tỉnh ủy Hà Tĩnh", "2018-05-02")] }),
    ]);
    expect(byNumber(g, "71-KH/TU")).toHaveLength(2);
  });

  it("shares one node between two plans that cite the same 341-KH/TU of Sơn La, however they spell the issuer", () => {
    const g = buildLineage([
      plan("a", { references: [ref("can-cu", "341-KH/TU", "Ban Thường vụ Tỉnh ủy Sơn La", "2025-06-03")] }),
      plan("b", { references: [ref("can-cu", "341-KH/TU", "Tỉnh uỷ Sơn La", "2025-06-03")] }),
    ]);
    const ghost = node(g, (n) => n.number === "341-KH/TU");
    expect(ghost.kind).toBe("ghost");
    expect(ghost.citedBy).toEqual(["a", "b"]);
  });

  it("joins a reference without a date to the dated document of the same number and issuer", () => {
    const g = buildLineage([
      plan("a", { references: [ref("can-cu", "16-KH/TU", "Ban Thường vụ Thành ủy Hải Phòng", "2025-09-20")] }),
      plan("b", { references: [ref("can-cu", "16-KH/TU", "Thành ủy Hải Phòng")] }),
    ]);
    expect(node(g, (n) => n.number === "16-KH/TU").citedBy).toEqual(["a", "b"]);
  });

  it("keeps documents with the same number and issuer but different dates apart", () => {
    const g = buildLineage([
      plan("a", { references: [ref("can-cu", "5-KH/TU", "Tỉnh ủy Sơn La", "2019-01-02")] }),
      plan("b", { references: [ref("can-cu", "5-KH/TU", "Tỉnh ủy Sơn La", "2024-03-04")] }),
    ]);
    expect(byNumber(g, "5-KH/TU").map((n) => n.date)).toEqual(["2019-01-02", "2024-03-04"]);
  });

  it("turns a referenced document into its plan's node once it is summarised, with no change to the citing file", () => {
    const school = plan("truong", {
      references: [ref("thuc-hien", "26-KH/ĐU", "Đảng ủy Ủy ban nhân dân tỉnh Sơn La", "2025-06-11")],
    });
    const before = buildLineage([school]);
    expect(node(before, (n) => n.id === "truong").parent).toBe(node(before, (n) => n.kind === "ghost").id);
    const summary = plan("ke-hoach-26", {
      number: "26-KH/ĐU",
      issuer: "Đảng ủy Ủy ban nhân dân tỉnh Sơn La",
      issued: { date: "2025-06-11" },
    });
    const after = buildLineage([school, summary]);
    expect(after.nodes.map((n) => n.id)).toEqual(["ke-hoach-26", "truong"]);
    expect(node(after, (n) => n.id === "truong").parent).toBe("ke-hoach-26");
  });

  it("gives the same graph whatever the order of the plans", () => {
    const plans = [
      ...nationalPlans(),
      plan("x", { references: [ref("thuc-hien", "9-KH/TU", "Tỉnh ủy Lào Cai", "2025-05-01"), KL149] }),
      plan("y", { references: [ref("can-cu", "9-KH/TU", "Tỉnh ủy Lào Cai"), NQ21] }),
    ];
    expect(buildLineage([...plans].reverse())).toEqual(buildLineage(plans));
  });
});

describe("buildLineage(plans): edges and parents", () => {
  it("records each reference once per plan and document, keeping 'thực hiện' over 'căn cứ'", () => {
    const g = buildLineage([
      ...nationalPlans(),
      plan("p", { references: [KL149, { ...KL149, relation: "thuc-hien" }] }),
    ]);
    expect(g.edges.filter((e) => e.from === "p")).toEqual([
      { from: "p", to: "kl-149", relation: "thuc-hien", stated: true },
    ]);
  });

  it("hangs a plan under the document it carries out, as a stated link", () => {
    const g = buildLineage([
      ...nationalPlans(),
      plan("p", { references: [{ ...KL149, relation: "thuc-hien" }, NQ21] }),
    ]);
    expect(node(g, (n) => n.id === "p")).toMatchObject({ parent: "kl-149", placement: "stated" });
  });

  it("marks a direct parent the editor inferred (stated: false) as an inferred link", () => {
    const g = buildLineage([
      ...nationalPlans(),
      plan("p", { references: [{ ...KL149, relation: "thuc-hien", stated: false }] }),
    ]);
    expect(node(g, (n) => n.id === "p")).toMatchObject({ parent: "kl-149", placement: "inferred-link" });
  });

  it("takes the first of two direct parents for the tree and keeps the second as a reference", () => {
    const g = buildLineage([
      ...nationalPlans(),
      plan("p", {
        references: [
          ref("thuc-hien", "16-KH/TU", "Thành ủy Hải Phòng", "2025-09-20"),
          ref("thuc-hien", "9244/VP-VX", "Văn phòng Ủy ban nhân dân thành phố Hải Phòng", "2025-09-24"),
        ],
      }),
    ]);
    expect(chain(g, "p")[1]).toBe("16-KH/TU");
    expect(g.edges.filter((e) => e.from === "p").map((e) => e.relation)).toEqual(["thuc-hien", "thuc-hien"]);
  });

  it("hangs a document known only from references under the closest document its citers also cite", () => {
    const g = buildLineage([
      ...nationalPlans(),
      plan("truong", {
        issuerLevel: "don-vi",
        issued: { date: "2025-06-28" },
        references: [
          ref("thuc-hien", "26-KH/ĐU", "Đảng ủy Ủy ban nhân dân tỉnh Sơn La", "2025-06-11"),
          ref("can-cu", "341-KH/TU", "Ban Thường vụ Tỉnh ủy Sơn La", "2025-06-03"),
          KL149,
          NQ21,
        ],
      }),
    ]);
    expect(chain(g, "truong")).toEqual(["truong", "26-KH/ĐU", "341-KH/TU", "149-KL/TW", "21-NQ/TW"]);
    const ghost = node(g, (n) => n.number === "26-KH/ĐU");
    expect(ghost).toMatchObject({ placement: "inferred-placement", inferredFrom: ["truong"] });
  });

  it("does not hang a 2018 document under one issued in 2025", () => {
    const g = buildLineage([
      ...nationalPlans(),
      plan("ha-tinh", {
        references: [
          { ...KL149, relation: "thuc-hien" },
          NQ21,
          ref("can-cu", "955-CTr/TU", "Tỉnh ủy Hà Tĩnh", "2018-03-16"),
        ],
      }),
    ]);
    expect(chain(g, node(g, (n) => n.number === "955-CTr/TU").id)).toEqual(["955-CTr/TU", "21-NQ/TW"]);
  });

  it("hangs a plan that names no direct parent under the closest document it cites, marked as inferred", () => {
    const g = buildLineage([...nationalPlans(), plan("p", { references: [NQ21, KL149] })]);
    expect(node(g, (n) => n.id === "p")).toMatchObject({ parent: "kl-149", placement: "inferred-placement" });
  });

  it("prefers the latest document cited over an older one of a lower level", () => {
    const ht = ref("can-cu", "955-CTr/TU", "Tỉnh ủy Hà Tĩnh", "2018-03-16", { docType: "chuong-trinh" });
    const g = buildLineage([...nationalPlans(), plan("p", { references: [NQ21, ht, KL149] })]);
    expect(node(g, (n) => n.id === "p").parent).toBe("kl-149");
  });

  it("falls back to the highest document cited when none is plausibly above", () => {
    const g = buildLineage([
      ...nationalPlans(),
      plan("p", { issued: { date: "2016-01-01" }, references: [KL149, NQ21] }),
    ]);
    expect(node(g, (n) => n.id === "p")).toMatchObject({ parent: "nq-21", placement: "inferred-placement" });
  });

  it("makes a document that cites nothing a root", () => {
    const g = buildLineage(nationalPlans());
    const top = node(g, (n) => n.id === "nq-21");
    expect(top.placement).toBe("root");
    expect(top.parent).toBeUndefined();
  });
});

describe("buildLineage(plans): cycles", () => {
  const loop = () =>
    buildLineage([
      plan("a", { number: "1-KH/A", issuer: "Cơ quan A", references: [ref("thuc-hien", "2-KH/B", "Cơ quan B")] }),
      plan("b", { number: "2-KH/B", issuer: "Cơ quan B", references: [ref("thuc-hien", "1-KH/A", "Cơ quan A")] }),
    ]);

  it("reports a loop of direct parents with the plans in it", () => {
    expect(loop().cycles).toEqual([["b", "a"]]);
  });

  it("breaks the loop so that no document is its own ancestor", () => {
    const g = loop();
    for (const n of g.nodes) expect(chain(g, n.id).filter((x) => x === (n.number ?? n.id))).toHaveLength(1);
    expect(g.nodes.filter((n) => n.placement === "root")).toHaveLength(1);
  });
});
