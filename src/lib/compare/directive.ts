/**
 * A plan against the national document it carries out directly, when that document has no coded text
 * (every national summary codes its measures as null): what the plan does with each measure the
 * codebook says the document asks (`national` of the measure). This rests on the codebook's reading of
 * the national documents (from press reports), not on a coded text.
 */
import type { Measure } from "../../schemas/codebook.ts";
import type { ReferenceIdentity } from "../lineage/resolve.ts";
import type { PlanEntry } from "../model.ts";
import { hasCoding, parentOf } from "./change.ts";

/** How a plan takes up one measure a national document asks. */
export type Uptake = "cu-the" | "chung" | "khong" | "chua-ma-hoa";

/** Vietnamese names of the uptake codes. */
export const UPTAKE_NAMES: Record<Uptake, string> = {
  "cu-the": "Cụ thể (mức 2–3)",
  chung: "Chỉ nêu chung (mức 1)",
  khong: "Không đề cập (mức 0)",
  "chua-ma-hoa": "Chưa mã hóa",
};

/** The uptake of a level: ≥ 2 concrete, 1 general, 0 none, null not coded. */
export function uptakeOf(level: number | null | undefined): Uptake {
  if (level === null || level === undefined) return "chua-ma-hoa";
  if (level >= 2) return "cu-the";
  return level === 1 ? "chung" : "khong";
}

/** One asked measure and what the plan does with it. */
export interface DirectiveRow {
  measureId: string;
  /** What the codebook says the document asks of this measure. */
  asks: string;
  planLevel: number | null;
  uptake: Uptake;
}

/** A plan against its national parent. */
export interface DirectiveComparison {
  plan: PlanEntry;
  parent: PlanEntry;
  rows: DirectiveRow[];
}

/**
 * The plan against what the codebook says its direct parent asks, when the parent is a national
 * document with its own file but no coded measure and the plan itself is not national and is coded;
 * undefined otherwise (a ghost parent, a coded parent, a national document's own page). `asks` is
 * `asksByPlan` of the codebook, worked out once for every page.
 */
export function compareWithDirective(
  entry: PlanEntry,
  measures: readonly Measure[],
  asks: ReadonlyMap<string, ReadonlyMap<string, string>>,
  resolve: (ref: ReferenceIdentity) => PlanEntry | undefined,
): DirectiveComparison | undefined {
  const parent = parentOf(entry, resolve);
  if (!parent || parent.plan.issuerLevel !== "trung-uong" || hasCoding(parent)) return undefined;
  if (entry.plan.issuerLevel === "trung-uong" || !hasCoding(entry)) return undefined;
  const asked = asks.get(parent.slug);
  const rows = measures.flatMap((m) => {
    const ask = asked?.get(m.id);
    if (ask === undefined) return [];
    const planLevel = entry.plan.measures[m.id]?.level ?? null;
    return [{ measureId: m.id, asks: ask, planLevel, uptake: uptakeOf(planLevel) }];
  });
  return { plan: entry, parent, rows };
}
