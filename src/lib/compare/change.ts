/**
 * A plan against its direct parent (the document it says it carries out, relation "thuc-hien"):
 * measure by measure, with the one change rule of the site. Pure: the caller gives the plans and the
 * resolver (`createPlanResolver`), so a parent that gets its own file later is compared with no edit
 * to the plan that cites it.
 */
import type { Measure } from "../../schemas/codebook.ts";
import type { PlanEntry } from "../model.ts";
import type { Reference } from "../../schemas/plan.ts";

/** How a plan's level of one measure compares with its parent's. */
export const CHANGES = ["giu", "tang", "giam", "bo", "them", "chua-ma-hoa"] as const;
export type Change = (typeof CHANGES)[number];

/** Vietnamese names of the change codes, as the plan page and the data dictionary say them. */
export const CHANGE_NAMES: Record<Change, string> = {
  giu: "Giữ nguyên",
  tang: "Cụ thể hơn",
  giam: "Kém cụ thể hơn",
  bo: "Bỏ",
  them: "Thêm",
  "chua-ma-hoa": "Chưa mã hóa",
};

/**
 * The change from `parent` to `plan` (levels 0–3; null or undefined = not coded): "chua-ma-hoa" when
 * either is not coded; "bo" when the parent asks (> 0) and the plan says nothing (0); "them" the
 * other way round; otherwise "giu", "tang" or "giam" by comparing the levels.
 */
export function changeOf(parent: number | null | undefined, plan: number | null | undefined): Change {
  if (parent === null || parent === undefined || plan === null || plan === undefined) return "chua-ma-hoa";
  if (parent === plan) return "giu";
  if (plan === 0) return "bo";
  if (parent === 0) return "them";
  return plan > parent ? "tang" : "giam";
}

/** One measure of a plan against its parent. */
export interface ParentComparisonRow {
  measureId: string;
  parentLevel: number | null;
  planLevel: number | null;
  change: Change;
}

/** A plan, its parent and the comparison of every measure, in codebook order. */
export interface ParentComparison {
  plan: PlanEntry;
  parent: PlanEntry;
  rows: ParentComparisonRow[];
}

/** The site's resolver of references (`createPlanResolver`). */
type Resolve = (ref: Reference) => PlanEntry | undefined;

/** The plan's direct parent when it has its own file (never the plan itself), else undefined. */
export function parentOf(entry: PlanEntry, resolve: Resolve): PlanEntry | undefined {
  const ref = entry.plan.references.find((r) => r.relation === "thuc-hien");
  const parent = ref ? resolve(ref) : undefined;
  return parent && parent.slug !== entry.slug ? parent : undefined;
}

/** True when a plan codes at least one measure (national documents without a text code none). */
export function hasCoding(entry: PlanEntry): boolean {
  return Object.values(entry.plan.measures).some((c) => c.level !== null);
}

/**
 * The plan against its parent, when the parent has its own file and codes at least one measure;
 * undefined for a ghost parent (no file) and for a parent without a coded text (see `directive.ts`).
 */
export function compareWithParent(
  entry: PlanEntry,
  measures: readonly Measure[],
  resolve: Resolve,
): ParentComparison | undefined {
  const parent = parentOf(entry, resolve);
  if (!parent || !hasCoding(parent)) return undefined;
  const rows = measures.map((m) => {
    const parentLevel = parent.plan.measures[m.id]?.level ?? null;
    const planLevel = entry.plan.measures[m.id]?.level ?? null;
    return { measureId: m.id, parentLevel, planLevel, change: changeOf(parentLevel, planLevel) };
  });
  return { plan: entry, parent, rows };
}
