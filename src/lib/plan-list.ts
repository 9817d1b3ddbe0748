/**
 * What /ke-hoach/ lists. Up to PLAN_LIST_MAX plans it is every plan, newest first; beyond, a table of
 * every plan would weigh megabytes (3.4 MB at 10,000 plans) and could not be read anyway, so the page
 * lists the newest and points to where every plan is: its province's page (which lists all of them),
 * the explorer, the downloads. The plans of no province (national documents, central agencies) have no
 * province page: they are listed apart, up to the same cap.
 */
import type { PlanEntry } from "./model.ts";

/** /ke-hoach/ lists at most this many plans in each of its tables. */
export const PLAN_LIST_MAX = 1000;

export interface PlanListing {
  total: number;
  /** The newest plans, at most `max`: all of them when there are no more. */
  newest: PlanEntry[];
  /** True when `newest` is not every plan. */
  capped: boolean;
  /** When capped: every province with plans, in the order given, with its number of plans. */
  provinces: { slug: string; plans: number }[];
  /** When capped: the plans of no province, newest first, at most `max`, and how many there are. */
  unplaced: PlanEntry[];
  unplacedTotal: number;
}

/** The listing of `newest` (every plan, newest first); `provinceOrder` is the provinces' slugs in page order. */
export function planListing(
  newest: readonly PlanEntry[],
  provinceOrder: readonly string[],
  max = PLAN_LIST_MAX,
): PlanListing {
  const capped = newest.length > max;
  const counts = new Map<string, number>();
  const unplaced: PlanEntry[] = [];
  if (capped)
    for (const p of newest) {
      const slug = p.plan.locality.province;
      if (slug) counts.set(slug, (counts.get(slug) ?? 0) + 1);
      else unplaced.push(p);
    }
  return {
    total: newest.length,
    newest: newest.slice(0, max),
    capped,
    provinces: provinceOrder.filter((s) => counts.has(s)).map((slug) => ({ slug, plans: counts.get(slug) ?? 0 })),
    unplaced: unplaced.slice(0, max),
    unplacedTotal: unplaced.length,
  };
}
