import { describe, expect, it } from "vitest";
import { cascadeData, planLevels } from "../../../../src/lib/charts/cascade-data.ts";
import { buildLineage } from "../../../../src/lib/lineage/build.ts";
import { fixtureContent } from "../../../fixture-corpus.ts";
import { plan, ref } from "../lineage/make.ts";

const { plans, measures, provinces } = fixtureContent();
const graph = buildLineage(plans, provinces);
const levels = planLevels(plans);
const measure = (id: string) => measures.find((m) => m.id === id)!;
const SON_LA = "ke-hoach-07-kh-du-cdsl-2025-truong-cao-dang-son-la";

describe("cascadeData(graph, levels, measure): chains", () => {
  const data = cascadeData(graph, levels, measure("truyen-thong"));

  it("walks the Sơn La college plan up through two ghosts to NQ 21", () => {
    const chain = data.chains.find((c) => c.leaf === SON_LA)!;
    expect(chain.steps.map((s) => [s.label, s.issuerLevel, s.value])).toEqual([
      ["21-NQ/TW", "trung-uong", null],
      ["149-KL/TW", "trung-uong", null],
      ["341-KH/TU", "tinh", "khong-co-tep"],
      ["26-KH/ĐU", "tinh", "khong-co-tep"],
      ["07-KH/ĐU-CDSL", "don-vi", 3],
    ]);
  });

  it("gives one chain per summarised plan with no summarised plan below it", () => {
    expect(data.chains.map((c) => c.leaf).sort()).toEqual(
      [
        SON_LA,
        "ke-hoach-49-kh-duk-2018-dang-uy-khoi-tinh-thua-thien-hue",
        "ke-hoach-btv-tinh-uy-ha-tinh-thuc-hien-kl-149-2025",
        "ke-hoach-ubnd-dak-lak-thuc-hien-kl-149-2025",
        "ke-hoach-ubnd-phuong-nam-do-son-thuc-hien-kl-149-2025",
      ].sort(),
    );
  });

  it("puts the longest chains first when all have one coded document, ties by the plan's id", () => {
    expect(data.chains.map((c) => c.steps.length)).toEqual([5, 5, 4, 3, 3]);
    expect(data.chains.slice(0, 2).map((c) => c.leaf)).toEqual([
      SON_LA,
      "ke-hoach-ubnd-phuong-nam-do-son-thuc-hien-kl-149-2025",
    ]);
  });
});

describe("cascadeData(graph, levels, measure): per issuer level", () => {
  it("counts plans by level and ghosts apart, per issuer level top to bottom", () => {
    const data = cascadeData(graph, levels, measure("lao-khoa"));
    expect(data.distribution).toEqual([
      { issuerLevel: "trung-uong", counts: [0, 0, 0, 0], notCoded: 3, ghosts: 0 },
      { issuerLevel: "tinh", counts: [1, 0, 2, 0], notCoded: 0, ghosts: 6 },
      { issuerLevel: "xa", counts: [1, 0, 0, 0], notCoded: 0, ghosts: 0 },
      { issuerLevel: "don-vi", counts: [1, 0, 0, 0], notCoded: 0, ghosts: 0 },
    ]);
  });

  it("finds nothing to compare when every coded plan hangs under a ghost or an uncoded national document", () => {
    const data = cascadeData(graph, levels, measure("lao-khoa"));
    expect(data.transitions).toEqual([]);
    expect(data.uncomparable).toBe(5);
  });
});

describe("cascadeData(graph, levels, measure): transitions", () => {
  const tinh = plan("tinh", { issuer: "Tỉnh ủy A", number: "1-KH/TU", measures: {} });
  const xa = (slug: string) =>
    plan(slug, { issuerLevel: "xa", references: [ref("thuc-hien", "1-KH/TU", "Tỉnh ủy A", "2025-06-01")] });
  const input = [tinh, xa("xa-1"), xa("xa-2"), xa("xa-3")];
  const g = buildLineage(input);
  const lv = new Map([
    ["tinh", { m: 2 }],
    ["xa-1", { m: 1 }],
    ["xa-2", { m: 1 }],
    ["xa-3", { m: 3 }],
  ]);

  it("compares each plan with the nearest coded document above it", () => {
    const data = cascadeData(g, lv, { id: "m", name: "M", shortName: "M" });
    expect(data.transitions).toEqual([{ from: "tinh", to: "xa", weaker: 2, same: 0, stronger: 1 }]);
    expect(data.uncomparable).toBe(1);
  });
});
