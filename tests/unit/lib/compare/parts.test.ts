import { describe, expect, it } from "vitest";
import { compareData, type CompareData, type ComparePlan } from "../../../../src/lib/compare/data.ts";
import { partCount, partOf, partUrl, PLANS_PER_PART, splitCompare } from "../../../../src/lib/compare/parts.ts";
import { createPlanResolver } from "../../../../src/lib/lineage/resolve.ts";
import { fixtureContent } from "../../../fixture-corpus.ts";

const { plans, measures, provinces } = fixtureContent();
const data = compareData(plans, {
  measures,
  provinceNames: new Map(provinces.map((p) => [p.slug, p.name])),
  resolve: createPlanResolver(plans),
});

/** `n` made-up plans (copies of the fixture's first with new slugs), newest first as compareData gives. */
function many(n: number): CompareData {
  const base = data.plans[0];
  const list: ComparePlan[] = Array.from({ length: n }, (_, i) => ({
    ...base,
    s: `ke-hoach-${i}-kh-ubnd-xa-${i % 97}`,
  }));
  return { measures: data.measures, plans: list };
}

describe("partCount(plans)", () => {
  it("is one part for a small corpus and a power of two with at most PLANS_PER_PART a part on average", () => {
    expect([0, 1, 8, PLANS_PER_PART].map(partCount)).toEqual([1, 1, 1, 1]);
    expect(partCount(PLANS_PER_PART + 1)).toBe(2);
    for (const n of [10_000, 100_000]) {
      const parts = partCount(n);
      expect(Math.log2(parts) % 1).toBe(0);
      expect(n / parts).toBeLessThanOrEqual(PLANS_PER_PART);
      expect(n / parts).toBeGreaterThan(PLANS_PER_PART / 2);
    }
  });
});

describe("partOf(slug, parts)", () => {
  it("names the file of a part with the number of parts, so two splits never share a file name", () => {
    expect(partUrl(7, 1024)).toBe("/so-sanh/phan/1024-7.json");
    expect(partUrl(7, 512)).not.toBe(partUrl(7, 1024));
  });

  it("gives the same part on every call, within range", () => {
    for (const s of data.plans.map((p) => p.s)) {
      expect(partOf(s, 1)).toBe(0);
      const k = partOf(s, 1024);
      expect(k).toBeGreaterThanOrEqual(0);
      expect(k).toBeLessThan(1024);
      expect(partOf(s, 1024)).toBe(k);
    }
  });
});

describe("splitCompare(data)", () => {
  it("keeps the fixture in one part, whole, with the measures in the index", () => {
    const { index, parts } = splitCompare(data);
    expect(index).toEqual({ measures: data.measures, parts: 1 });
    expect(parts).toEqual([data.plans]);
  });

  it("puts each of 10,000 plans in the part its slug hashes to, once, and keeps the parts small", () => {
    const big = many(10_000);
    const { index, parts } = splitCompare(big);
    expect(parts).toHaveLength(index.parts);
    const seen = parts.flatMap((plans, k) => plans.map((p) => (expect(partOf(p.s, index.parts)).toBe(k), p.s)));
    expect(seen.sort()).toEqual(big.plans.map((p) => p.s).sort());
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(4 * PLANS_PER_PART);
    // What a comparison of two plans reads (the index and two parts) is a small share of the whole.
    const whole = JSON.stringify(big).length;
    const read = JSON.stringify(index).length + 2 * Math.max(...parts.map((p) => JSON.stringify(p).length));
    expect(read / whole).toBeLessThan(0.01);
  });
});
