/**
 * Links between plans: which summarised plan a reference points to, which plans carry out a given
 * one, and how a reference reads in Vietnamese.
 */
import type { Reference } from "../schemas/plan.ts";
import { DOC_TYPES } from "./labels.ts";
import { formatDate } from "./labels.ts";
import type { PlanEntry } from "./model.ts";
import type { ReferenceIdentity } from "./lineage/resolve.ts";

/** Finds the plan a reference points to, or undefined for a document not summarised (`createPlanResolver`). */
export type PlanResolver = (ref: ReferenceIdentity) => PlanEntry | undefined;

/** A plan that names another, and how. */
export interface Citing {
  plan: PlanEntry;
  relation: Reference["relation"];
  stated: boolean;
}

/** For each plan's slug, the plans that carry it out or cite it, oldest first. */
export function citingPlans(plans: readonly PlanEntry[], resolve: PlanResolver): Map<string, Citing[]> {
  const out = new Map<string, Citing[]>();
  for (const plan of plans)
    for (const ref of plan.plan.references) {
      const target = resolve(ref);
      if (!target || target.slug === plan.slug) continue;
      const list = out.get(target.slug) ?? [];
      if (!list.some((c) => c.plan.slug === plan.slug)) list.push({ plan, relation: ref.relation, stated: ref.stated });
      out.set(target.slug, list);
    }
  return out;
}

/** "Kế hoạch số 26-KH/ĐU ngày 11/6/2025 của Đảng ủy Ủy ban nhân dân tỉnh Sơn La". */
export function referenceLabel(ref: Reference): string {
  const date = ref.date ? ` ngày ${formatDate(ref.date)}` : "";
  return `${DOC_TYPES[ref.docType]} số ${ref.number}${date} của ${ref.issuer}`;
}
