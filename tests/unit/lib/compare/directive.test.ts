import { describe, expect, it } from "vitest";
import { compareWithDirective, uptakeOf } from "../../../../src/lib/compare/directive.ts";
import { createPlanResolver } from "../../../../src/lib/lineage/resolve.ts";
import { asksByPlan } from "../../../../src/lib/codebook.ts";
import { fixtureCorpus, parentFixtureCorpus } from "../../../fixture-corpus.ts";

describe("uptakeOf(level)", () => {
  it.each([
    [3, "cu-the"],
    [2, "cu-the"],
    [1, "chung"],
    [0, "khong"],
    [null, "chua-ma-hoa"],
    [undefined, "chua-ma-hoa"],
  ] as const)("calls level %s %s", (level, uptake) => {
    expect(uptakeOf(level)).toBe(uptake);
  });
});

describe("compareWithDirective(entry, measures, asks, resolve)", () => {
  const { plans, measures, documents } = fixtureCorpus();
  const resolve = createPlanResolver(plans);
  const compare = (slug: string) =>
    compareWithDirective(
      plans.find((p) => p.slug === slug)!,
      measures,
      asksByPlan(measures, documents, resolve),
      resolve,
    );

  it("lists, for a plan that carries out KL 149 directly, every measure the codebook says KL 149 asks", () => {
    const result = compare("ke-hoach-btv-tinh-uy-ha-tinh-thuc-hien-kl-149-2025");
    expect(result?.parent.slug).toBe("ket-luan-149-kl-tw-2025");
    const asked = measures.filter((m) => m.national.some((n) => n.document === "149-KL/TW")).map((m) => m.id);
    expect(result?.rows.map((r) => r.measureId)).toEqual(asked);
    for (const r of result?.rows ?? []) expect(r.uptake).toBe(uptakeOf(r.planLevel));
  });

  it("compares a plan that carries out QĐ 1745 with what the codebook says QĐ 1745 asks", () => {
    const result = compare("ke-hoach-ubnd-dak-lak-thuc-hien-kl-149-2025");
    expect(result?.parent.slug).toBe("quyet-dinh-1745-qd-ttg-2025");
    expect(result?.rows.length).toBe(
      measures.filter((m) => m.national.some((n) => n.document === "1745/QĐ-TTg")).length,
    );
  });

  it("gives nothing for a ghost parent, for a national document itself, or for a coded parent", () => {
    expect(compare("ke-hoach-07-kh-du-cdsl-2025-truong-cao-dang-son-la")).toBeUndefined();
    expect(compare("ket-luan-149-kl-tw-2025")).toBeUndefined();
    const withParent = parentFixtureCorpus();
    const namDoSon = withParent.plans.find((p) => p.slug === "ke-hoach-ubnd-phuong-nam-do-son-thuc-hien-kl-149-2025")!;
    expect(
      compareWithDirective(
        namDoSon,
        withParent.measures,
        asksByPlan(withParent.measures, withParent.documents, createPlanResolver(withParent.plans)),
        createPlanResolver(withParent.plans),
      ),
    ).toBeUndefined();
  });
});
