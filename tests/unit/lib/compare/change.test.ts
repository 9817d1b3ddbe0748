import { describe, expect, it } from "vitest";
import { changeOf, compareWithParent, parentOf, type Change } from "../../../../src/lib/compare/change.ts";
import { createPlanResolver } from "../../../../src/lib/lineage/resolve.ts";
import type { PlanEntry } from "../../../../src/lib/model.ts";
import { fixtureCorpus, parentFixtureCorpus } from "../../../fixture-corpus.ts";

const NAM_DO_SON = "ke-hoach-ubnd-phuong-nam-do-son-thuc-hien-kl-149-2025";
const CV_9244 = "cong-van-9244-vp-vx-2025-ban-kiem-thu";

describe("changeOf(parent, plan)", () => {
  const cases: [number | null | undefined, number | null | undefined, Change][] = [
    [2, 2, "giu"],
    [0, 0, "giu"],
    [1, 3, "tang"],
    [3, 1, "giam"],
    [2, 0, "bo"],
    [0, 2, "them"],
    [null, 2, "chua-ma-hoa"],
    [2, null, "chua-ma-hoa"],
    [null, null, "chua-ma-hoa"],
    [undefined, 0, "chua-ma-hoa"],
    [0, undefined, "chua-ma-hoa"],
  ];
  it.each(cases)("gives parent %s, plan %s the code %s", (parent, plan, change) => {
    expect(changeOf(parent, plan)).toBe(change);
  });
});

describe("compareWithParent(entry, measures, resolve)", () => {
  const corpus = parentFixtureCorpus();
  const bySlug = (plans: readonly PlanEntry[], slug: string) => plans.find((p) => p.slug === slug)!;

  it("loads the fixture with a coded parent without errors", () => {
    expect(corpus.errors).toEqual([]);
  });

  it("compares a plan with its parent once the parent has its own coded file", () => {
    const result = compareWithParent(
      bySlug(corpus.plans, NAM_DO_SON),
      corpus.measures,
      createPlanResolver(corpus.plans),
    );
    expect(result?.parent.slug).toBe(CV_9244);
    expect(result?.rows.length).toBe(corpus.measures.length);
    const byMeasure = new Map(result?.rows.map((r) => [r.measureId, r]));
    expect(byMeasure.get("lanh-dao-chi-dao")).toEqual({
      measureId: "lanh-dao-chi-dao",
      parentLevel: 2,
      planLevel: 2,
      change: "giu",
    });
    expect(byMeasure.get("to-chuc-bo-may")?.change).toBe("tang");
    expect(byMeasure.get("long-ghep-phat-trien")?.change).toBe("giam");
    expect(byMeasure.get("ho-tro-sinh-con")?.change).toBe("bo");
    expect(byMeasure.get("suc-khoe-sinh-san")?.change).toBe("them");
    expect(byMeasure.get("kiem-tra-giam-sat")).toMatchObject({
      parentLevel: null,
      planLevel: 1,
      change: "chua-ma-hoa",
    });
  });

  it("drops the comparison when the parent's file is removed (a ghost parent)", () => {
    const without = corpus.plans.filter((p) => p.slug !== CV_9244);
    const entry = bySlug(without, NAM_DO_SON);
    expect(parentOf(entry, createPlanResolver(without))).toBeUndefined();
    expect(compareWithParent(entry, corpus.measures, createPlanResolver(without))).toBeUndefined();
  });

  it("gives no comparison on the frozen fixture, where no parent has a coded file", () => {
    const { plans, measures } = fixtureCorpus();
    const resolve = createPlanResolver(plans);
    expect(plans.flatMap((p) => compareWithParent(p, measures, resolve) ?? [])).toEqual([]);
  });

  it("gives no comparison against a national parent without a coded text", () => {
    const { plans, measures } = fixtureCorpus();
    const haTinh = bySlug(plans, "ke-hoach-btv-tinh-uy-ha-tinh-thuc-hien-kl-149-2025");
    const resolve = createPlanResolver(plans);
    expect(parentOf(haTinh, resolve)?.slug).toBe("ket-luan-149-kl-tw-2025");
    expect(compareWithParent(haTinh, measures, resolve)).toBeUndefined();
  });
});
