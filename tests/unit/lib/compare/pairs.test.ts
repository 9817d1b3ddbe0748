import { describe, expect, it } from "vitest";
import { suggestedPairs } from "../../../../src/lib/compare/pairs.ts";
import { createPlanResolver } from "../../../../src/lib/lineage/resolve.ts";
import type { PlanEntry } from "../../../../src/lib/model.ts";
import { fixtureContent } from "../../../fixture-corpus.ts";

const { plans } = fixtureContent();
const slugs = (pairs: [PlanEntry, PlanEntry][]) => pairs.map(([a, b]) => `${a.slug} > ${b.slug}`);

describe("suggestedPairs(plans, resolve)", () => {
  it("pairs the newest plans with the document they carry out when both have a file", () => {
    const { kind, pairs } = suggestedPairs(plans, createPlanResolver(plans));
    expect(kind).toBe("pha-he");
    expect(slugs(pairs)).toEqual([
      "ke-hoach-ubnd-dak-lak-thuc-hien-kl-149-2025 > quyet-dinh-1745-qd-ttg-2025",
      "quyet-dinh-1745-qd-ttg-2025 > ket-luan-149-kl-tw-2025",
      "ke-hoach-btv-tinh-uy-ha-tinh-thuc-hien-kl-149-2025 > ket-luan-149-kl-tw-2025",
      "ket-luan-149-kl-tw-2025 > nghi-quyet-21-nq-tw-2017",
    ]);
  });

  it("falls back to plans of the same province when no parent has a file", () => {
    const local = plans.filter((p) => p.plan.issuerLevel !== "trung-uong");
    const twin = { ...local[0], slug: `${local[0].slug}-b`, plan: { ...local[0].plan, references: [] } };
    const { kind, pairs } = suggestedPairs([...local, twin], createPlanResolver([]));
    expect(kind).toBe("tinh");
    expect(slugs(pairs)).toEqual([`${local[0].slug} > ${twin.slug}`]);
  });

  it("falls back to plans of the same issuer level when no two share a province", () => {
    const local = plans.filter((p) => p.plan.issuerLevel === "tinh");
    const { kind, pairs } = suggestedPairs(local, createPlanResolver([]), 1);
    expect(kind).toBe("cap");
    expect(slugs(pairs)).toEqual([
      "ke-hoach-ubnd-dak-lak-thuc-hien-kl-149-2025 > ke-hoach-btv-tinh-uy-ha-tinh-thuc-hien-kl-149-2025",
    ]);
  });

  it("stops at `limit` pairs", () => {
    expect(suggestedPairs(plans, createPlanResolver(plans), 2).pairs).toHaveLength(2);
  });
});
