import { describe, expect, it } from "vitest";
import { newestFirst, type PlanEntry } from "../../../src/lib/model.ts";
import { planListing, PLAN_LIST_MAX } from "../../../src/lib/plan-list.ts";
import { fixtureContent } from "../../fixture-corpus.ts";

const { plans, provinces } = fixtureContent();
const order = provinces.map((p) => p.slug);
const newest = newestFirst(plans);

/** `n` copies of the fixture's plans under new slugs, newest first. */
function many(n: number): PlanEntry[] {
  return newestFirst(Array.from({ length: n }, (_, i) => ({ ...plans[i % plans.length], slug: `ban-sao-${i}` })));
}

describe("planListing(newest, provinceOrder, max)", () => {
  it("lists every plan, newest first, up to the cap", () => {
    const listing = planListing(newest, order);
    expect(listing.capped).toBe(false);
    expect(listing.newest.map((p) => p.slug)).toEqual(newest.map((p) => p.slug));
    expect(listing.provinces).toEqual([]);
    expect(listing.unplacedTotal).toBe(0);
  });

  it("beyond the cap lists the newest, counts every plan by province and lists those of no province", () => {
    const all = many(2500);
    const listing = planListing(all, order);
    expect(listing.capped).toBe(true);
    expect(listing.total).toBe(2500);
    expect(listing.newest.map((p) => p.slug)).toEqual(all.slice(0, PLAN_LIST_MAX).map((p) => p.slug));
    const placed = listing.provinces.reduce((s, p) => s + p.plans, 0);
    expect(placed + listing.unplacedTotal).toBe(2500);
    for (const { slug, plans: count } of listing.provinces)
      expect(count).toBe(all.filter((p) => p.plan.locality.province === slug).length);
    // In the provinces' own order, none without plans.
    expect(listing.provinces.map((p) => p.slug)).toEqual(
      order.filter((s) => listing.provinces.some((p) => p.slug === s)),
    );
    expect(listing.unplaced.every((p) => !p.plan.locality.province)).toBe(true);
    expect(listing.unplaced.length).toBe(Math.min(PLAN_LIST_MAX, listing.unplacedTotal));
    expect(listing.unplacedTotal).toBeGreaterThan(0);
  });

  it("caps the plans of no province too", () => {
    const listing = planListing(many(40), order, 3);
    expect(listing.newest).toHaveLength(3);
    expect(listing.unplaced).toHaveLength(3);
    expect(listing.unplacedTotal).toBeGreaterThan(3);
  });
});
