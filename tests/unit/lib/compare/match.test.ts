import { describe, expect, it } from "vitest";
import { compareData } from "../../../../src/lib/compare/data.ts";
import { matchPlans } from "../../../../src/lib/compare/match.ts";
import { createPlanResolver } from "../../../../src/lib/lineage/resolve.ts";
import { fixtureContent } from "../../../fixture-corpus.ts";

const { plans, measures, provinces } = fixtureContent();
const data = compareData(plans, {
  measures,
  provinceNames: new Map(provinces.map((p) => [p.slug, p.name])),
  resolve: createPlanResolver(plans),
});
const found = (query: string) => matchPlans(query, data.plans).map((p) => p.s);

describe("matchPlans(query, plans)", () => {
  it("finds a locality typed without diacritics", () => {
    expect(found("dak lak")).toEqual(["ke-hoach-ubnd-dak-lak-thuc-hien-kl-149-2025"]);
  });

  it("finds a number, with đ typed as d", () => {
    expect(found("07-kh/du")).toEqual(["ke-hoach-07-kh-du-cdsl-2025-truong-cao-dang-son-la"]);
  });

  it("finds an issuer by some of its words in any order", () => {
    expect(found("chinh tri bo")).toEqual(["ket-luan-149-kl-tw-2025"]);
  });

  it("finds a locality by the name the document used", () => {
    expect(found("thua thien")).toEqual(["ke-hoach-49-kh-duk-2018-dang-uy-khoi-tinh-thua-thien-hue"]);
  });

  it("requires every word, and finds nothing for an empty query", () => {
    expect(found("dak lak son la")).toEqual([]);
    expect(found("   ")).toEqual([]);
  });

  it("gives at most `limit` plans, newest first", () => {
    const all = matchPlans("149", data.plans, 2);
    expect(all).toHaveLength(2);
    expect(all.map((p) => p.s)).toEqual(
      data.plans
        .filter((p) => p.s.includes("149"))
        .slice(0, 2)
        .map((p) => p.s),
    );
  });
});
