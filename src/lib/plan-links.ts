/**
 * Links between plans: which summarised plan a reference points to, which plans carry out a given
 * one, and how a reference reads in Vietnamese.
 */
import type { Reference } from "../schemas/plan.ts";
import { DOC_TYPES } from "./labels.ts";
import { formatDate } from "./labels.ts";
import { newestFirst, type PlanEntry } from "./model.ts";
import type { ReferenceIdentity } from "./lineage/resolve.ts";

/** Finds the plan a reference points to, or undefined for a document not summarised (`createPlanResolver`). */
export type PlanResolver = (ref: ReferenceIdentity) => PlanEntry | undefined;

/** A plan that names another, and how. */
export interface Citing {
  plan: PlanEntry;
  relation: Reference["relation"];
  stated: boolean;
}

/** For each plan's slug, the plans that carry it out or cite it, in the order of `plans`. */
export function citingPlans(plans: readonly PlanEntry[], resolve: PlanResolver): Map<string, Citing[]> {
  const out = new Map<string, Citing[]>();
  for (const plan of plans)
    for (const ref of plan.plan.references) {
      const target = resolve(ref);
      if (!target || target.slug === plan.slug) continue;
      const list = out.get(target.slug) ?? [];
      // A plan's entries in a list are consecutive (one plan at a time): its first reference to the
      // target is kept, without scanning the list (NQ 21 is cited by nearly every plan).
      if (list.at(-1)?.plan !== plan) list.push({ plan, relation: ref.relation, stated: ref.stated });
      out.set(target.slug, list);
    }
  return out;
}

/** A plan page lists at most this many of the plans that carry it out or cite it. */
export const CITING_LISTED = 100;

/**
 * What a plan page lists of `citing`: all of them up to `max`, in their order; beyond, the `max` newest,
 * and how many are left out (the lineage tree shows them all, family by family).
 */
export function citingListed(citing: readonly Citing[], max = CITING_LISTED): { shown: Citing[]; more: number } {
  if (citing.length <= max) return { shown: [...citing], more: 0 };
  const byPlan = new Map(citing.map((c) => [c.plan, c]));
  const shown = newestFirst(citing.map((c) => c.plan))
    .slice(0, max)
    .map((p) => byPlan.get(p) as Citing);
  return { shown, more: citing.length - max };
}

/** "Kế hoạch số 26-KH/ĐU ngày 11/6/2025 của Đảng ủy Ủy ban nhân dân tỉnh Sơn La". */
export function referenceLabel(ref: Reference): string {
  const date = ref.date ? ` ngày ${formatDate(ref.date)}` : "";
  return `${DOC_TYPES[ref.docType]} số ${ref.number}${date} của ${ref.issuer}`;
}
