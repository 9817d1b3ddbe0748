/**
 * The explorer's first view, computed from the content at build time (the same shapes DuckDB gives in
 * the browser). Build-time only: it imports the schemas' helpers.
 */
import { formatIssued, sortDate } from "../format.ts";
import type { PlanEntry } from "../model.ts";
import type { Province } from "../../schemas/locality.ts";
import type { PlanMeasureCell, PlanResult } from "./shape.ts";

/** The results of the empty filter, from the content (for the server-rendered first view). */
export function planResultFromEntry(
  { slug, plan }: PlanEntry,
  provinces: ReadonlyMap<string, Province>,
  minLevel = 1,
): PlanResult {
  const province = plan.locality.province ? provinces.get(plan.locality.province) : undefined;
  const when = sortDate(plan.issued);
  const levels = Object.values(plan.measures).map((m) => m.level);
  return {
    slug,
    url: `/ke-hoach/${slug}/`,
    title: plan.title,
    shortTitle: plan.shortTitle,
    number: plan.number,
    issuedLabel: formatIssued(plan.issued),
    sortDate: when?.date ?? null,
    dateEstimated: when?.estimated ?? false,
    issuer: plan.issuer,
    issuerKind: plan.issuerKind,
    issuerLevel: plan.issuerLevel,
    province: plan.locality.province ?? null,
    provinceName: province?.name ?? null,
    provinceAsWritten: plan.locality.asWritten ?? null,
    placeName: province?.places.find((p) => p.slug === plan.locality.place)?.name ?? null,
    measuresCoded: levels.filter((l) => l !== null).length,
    measuresAtLevel: levels.filter((l) => l !== null && l >= minLevel).length,
    matchedQuote: null,
  };
}

/** The cells of plans, from the content, in the order of `measureIds`. */
export function cellsFromEntries(entries: readonly PlanEntry[], measureIds: readonly string[]): PlanMeasureCell[] {
  return entries.flatMap(({ slug, plan }) => {
    const when = sortDate(plan.issued);
    return measureIds.map((id) => ({
      slug,
      measureId: id,
      level: plan.measures[id]?.level ?? null,
      quote: null,
      province: plan.locality.province ?? null,
      issuerKind: plan.issuerKind,
      issuerLevel: plan.issuerLevel,
      date: when?.date ?? null,
      estimated: when?.estimated ?? false,
    }));
  });
}
