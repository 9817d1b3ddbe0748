/** What the map of the 34 units shows for each unit, from plan × measure rows. Pure functions. */
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { LEVEL_NAMES } from "../labels.ts";
import { count } from "./data.ts";
import type { PlanMeasureRow } from "./types.ts";

/** The boundaries of the 34 units: features whose id is the province slug and `properties.name` its name. */
export type UnitShapes = FeatureCollection<Polygon | MultiPolygon, { name: string; code?: string }>;

/** One unit on the map. */
export interface MapUnit {
  slug: string;
  name: string;
  /** Plans of the unit (all levels of issuer: province, former district, commune, unit). */
  plans: number;
  /**
   * On a map of one measure, the highest level the unit's plans commit to; null when none of them
   * codes it. Undefined on the map of plans.
   */
  level?: number | null;
}

/** What a map draws: the shapes and, for each unit, its plans (and level of one measure). */
export interface MapInput {
  shapes: UnitShapes;
  units: MapUnit[];
  /** When set, the map shows the highest level of this measure in each unit. */
  measure?: { id: string; name: string; short?: string };
}

/**
 * Units of the map from plan × measure rows: plans per province and, given `measureId`, the highest
 * level of that measure among them. Every unit of `provinces` appears, with 0 plans if it has none.
 */
export function mapUnits(
  rows: readonly PlanMeasureRow[],
  provinces: readonly { slug: string; name: string }[],
  measureId?: string,
): MapUnit[] {
  const plans = new Map<string, Set<string>>();
  const levels = new Map<string, number | null>();
  for (const r of rows) {
    if (!r.province) continue;
    plans.set(r.province, (plans.get(r.province) ?? new Set()).add(r.slug));
    if (measureId !== undefined && r.measureId === measureId && r.level !== null)
      levels.set(r.province, Math.max(levels.get(r.province) ?? 0, r.level));
  }
  return provinces.map((p) => {
    const unit: MapUnit = { slug: p.slug, name: p.name, plans: plans.get(p.slug)?.size ?? 0 };
    if (measureId !== undefined) unit.level = unit.plans > 0 ? (levels.get(p.slug) ?? null) : null;
    return unit;
  });
}

/** "1 kế hoạch", "chưa có kế hoạch". */
export function plansLabel(n: number): string {
  return n > 0 ? count(n, "kế hoạch") : "chưa có kế hoạch";
}

/** What a unit shows on a map of one measure: "mức cao nhất 2 (nhiệm vụ cụ thể)", "chưa mã hóa", "chưa có kế hoạch". */
export function unitLevelLabel(unit: MapUnit): string {
  if (unit.plans === 0) return "chưa có kế hoạch";
  if (unit.level === null || unit.level === undefined) return "chưa mã hóa";
  return `mức cao nhất ${unit.level} (${LEVEL_NAMES[unit.level].toLowerCase()})`;
}

/** The accessible name and tooltip of a unit: "Hà Tĩnh: 1 kế hoạch", "Sơn La: 1 kế hoạch, mức cao nhất 3 (…)". */
export function unitLabel(unit: MapUnit, withLevel: boolean): string {
  const base = `${unit.name}: ${plansLabel(unit.plans)}`;
  return withLevel && unit.plans > 0 ? `${base}, ${unitLevelLabel(unit)}` : base;
}

/** Upper bounds of the classes of "plans per unit": 1, 2–3, 4–9, 10 and more. */
export const PLAN_CLASSES = [1, 2, 4, 10] as const;

/** Class 0–3 of a unit with `n` plans (n ≥ 1). */
export function planClass(n: number): number {
  let c = 0;
  for (let i = 0; i < PLAN_CLASSES.length; i++) if (n >= PLAN_CLASSES[i]) c = i;
  return c;
}

/** "1", "2–3", "4–9", "10 trở lên". */
export function planClassLabel(c: number): string {
  const lo = PLAN_CLASSES[c];
  const hi = PLAN_CLASSES[c + 1];
  if (hi === undefined) return `${lo} trở lên`;
  return hi - 1 === lo ? String(lo) : `${lo}–${hi - 1}`;
}
