/** Provinces as pages show them: full names, the old provinces merged into them, their plans. */
import type { PlanEntry } from "./model.ts";
import type { Province } from "../schemas/locality.ts";
import type { Plan } from "../schemas/plan.ts";
import { ISSUER_LEVELS } from "./labels.ts";
import { placeOf, type Gazetteer, type ResolvedPlace } from "./gazetteer.ts";

/** "Tỉnh Sơn La", "Thành phố Hải Phòng". */
export function provinceTitle(p: Pick<Province, "kind" | "name">): string {
  return `${p.kind === "thành phố" ? "Thành phố" : "Tỉnh"} ${p.name}`;
}

/** Names the unit was known by before 1/7/2025, other than today's: merged provinces and old names. */
export function formerNames(p: Pick<Province, "name" | "mergedFrom" | "oldNames">): string[] {
  return [...new Set([...p.mergedFrom, ...p.oldNames])].filter((n) => n !== p.name);
}

/** Provinces sorted by name as Vietnamese readers expect (Đ after D, tones after the bare letter). */
export function byVietnameseName<T extends { name: string }>(items: readonly T[]): T[] {
  const collator = new Intl.Collator("vi");
  return [...items].sort((a, b) => collator.compare(a.name, b.name));
}

/** A province's plans, grouped by issuer level (province, former district, commune, unit), top down. */
export function plansByIssuerLevel(
  plans: readonly PlanEntry[],
): { issuerLevel: Plan["issuerLevel"]; plans: PlanEntry[] }[] {
  return (Object.keys(ISSUER_LEVELS) as Plan["issuerLevel"][])
    .map((issuerLevel) => ({ issuerLevel, plans: plans.filter((p) => p.plan.issuerLevel === issuerLevel) }))
    .filter((g) => g.plans.length > 0);
}

/**
 * The places (communes, wards, units) of a province that have plans, each with its plans, by name;
 * a place the gazetteer and localities.yaml do not know keeps its key as name.
 */
export function plansByPlace(
  plans: readonly PlanEntry[],
  province: Province,
  gazetteer?: Gazetteer,
): { place: ResolvedPlace; plans: PlanEntry[] }[] {
  const groups = new Map<string, { place: ResolvedPlace; plans: PlanEntry[] }>();
  for (const entry of plans) {
    const key = entry.plan.locality.place;
    if (!key || entry.plan.locality.province !== province.slug) continue;
    const group = groups.get(key) ?? {
      place: placeOf(province, key, gazetteer) ?? { key, name: key },
      plans: [],
    };
    group.plans.push(entry);
    groups.set(key, group);
  }
  const collator = new Intl.Collator("vi");
  return [...groups.values()].sort((a, b) => collator.compare(a.place.name, b.place.name));
}
