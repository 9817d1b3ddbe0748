/**
 * The comparisons /so-sanh/ suggests before its script runs (or without it): the newest plans with
 * the document they carry out, when both have a file; failing that, the newest plans of the same
 * province, then of the same issuer level.
 */
import { sortDate } from "../format.ts";
import type { PlanEntry } from "../model.ts";
import type { PlanResolver } from "../plan-links.ts";

/** Which rule found the pairs. */
export type PairKind = "pha-he" | "tinh" | "cap";

/** Suggested pairs, newest first, and the rule that found them. */
export interface SuggestedPairs {
  kind: PairKind;
  pairs: [PlanEntry, PlanEntry][];
}

const dateOf = (p: PlanEntry) => sortDate(p.plan.issued)?.date ?? "";
const newestFirst = (a: PlanEntry, b: PlanEntry) => dateOf(b).localeCompare(dateOf(a)) || a.slug.localeCompare(b.slug);

function lineagePairs(plans: readonly PlanEntry[], resolve: PlanResolver): [PlanEntry, PlanEntry][] {
  return [...plans].sort(newestFirst).flatMap((child): [PlanEntry, PlanEntry][] => {
    const ref = child.plan.references.find((r) => r.relation === "thuc-hien");
    const parent = ref ? resolve(ref) : undefined;
    return parent && parent.slug !== child.slug ? [[child, parent]] : [];
  });
}

/** Each plan with the next newer one of the same group, newest pairs first. */
function groupPairs(plans: readonly PlanEntry[], groupOf: (p: PlanEntry) => string | undefined) {
  const groups = new Map<string, PlanEntry[]>();
  for (const p of [...plans].sort(newestFirst)) {
    const g = groupOf(p);
    if (g) groups.set(g, [...(groups.get(g) ?? []), p]);
  }
  const pairs = [...groups.values()].flatMap((list) =>
    list.slice(1).map((older, i): [PlanEntry, PlanEntry] => [list[i], older]),
  );
  return pairs.sort(([a, x], [b, y]) => newestFirst(a, b) || newestFirst(x, y));
}

/** Up to `limit` pairs to suggest: by lineage, else by province, else by issuer level. */
export function suggestedPairs(plans: readonly PlanEntry[], resolve: PlanResolver, limit = 5): SuggestedPairs {
  const lineage = lineagePairs(plans, resolve);
  if (lineage.length > 0) return { kind: "pha-he", pairs: lineage.slice(0, limit) };
  const province = groupPairs(plans, (p) => p.plan.locality.province);
  if (province.length > 0) return { kind: "tinh", pairs: province.slice(0, limit) };
  return { kind: "cap", pairs: groupPairs(plans, (p) => p.plan.issuerLevel).slice(0, limit) };
}
