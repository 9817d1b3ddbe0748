import type { Measure } from "../schemas/codebook.ts";
import type { Plan } from "../schemas/plan.ts";
import { sortDate } from "./format.ts";

/**
 * A plan that passed every check: its slug (the file name), its file, its validated frontmatter and
 * its summary. The ONE plan type of the check, the data build, the pages and the charts.
 */
export interface PlanEntry {
  /** File name without ".md": the plan's URL is /ke-hoach/<slug>/. */
  slug: string;
  /** Path of the file, relative to the project root: "content/plans/x.md". */
  file: string;
  plan: Plan;
  /** The markdown summary after the frontmatter. */
  body: string;
}

/** One plan × one measure: the shape of the `plan_measures` table and of every chart's input. */
export interface PlanMeasureRow {
  slug: string;
  shortTitle: string;
  measureId: string;
  measureName: string;
  /** Short measure name for axes. */
  measureShort: string;
  group: string;
  /** 0–3, or null when not coded. */
  level: number | null;
  /** Today's province slug, null for national documents. */
  province: string | null;
  issuerKind: Plan["issuerKind"];
  issuerLevel: Plan["issuerLevel"];
  /** Date to sort and plot by (printed date or earliest bound), null when nothing bounds it. */
  date: string | null;
  /** True when `date` is a bound, not the printed date. */
  estimated: boolean;
}

/** Every plan × every codebook measure, in codebook order; a measure a plan does not code is null. */
export function planMeasureRows(plans: readonly PlanEntry[], measures: readonly Measure[]): PlanMeasureRow[] {
  const rows: PlanMeasureRow[] = [];
  for (const { slug, plan } of plans) {
    const when = sortDate(plan.issued);
    for (const m of measures) {
      rows.push({
        slug,
        shortTitle: plan.shortTitle,
        measureId: m.id,
        measureName: m.name,
        measureShort: m.shortName,
        group: m.group,
        level: plan.measures[m.id]?.level ?? null,
        province: plan.locality.province ?? null,
        issuerKind: plan.issuerKind,
        issuerLevel: plan.issuerLevel,
        date: when?.date ?? null,
        estimated: when?.estimated ?? false,
      });
    }
  }
  return rows;
}

/** Plans sorted newest first (by printed date or earliest bound), then by slug. */
export function newestFirst<T extends PlanEntry>(plans: readonly T[]): T[] {
  // Each date worked out once, not twice a comparison; ISO dates and slugs (a-z, 0-9, "-") compared by
  // code unit, which orders them as localeCompare does at a fraction of its cost (7 lists of every plan
  // a build).
  const keyed = plans.map((p) => ({ p, date: sortDate(p.plan.issued)?.date ?? "" }));
  keyed.sort((a, b) => compareUnits(b.date, a.date) || compareUnits(a.p.slug, b.p.slug));
  return keyed.map((k) => k.p);
}

const compareUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
