/** Shapes chart rows (one per plan × measure) into what the charts draw. Pure functions. */
import type { PlanMeasureRow } from "../model.ts";
import { formatNumber } from "../format.ts";

/** One plan, as the charts see it. */
export interface ChartPlan {
  slug: string;
  shortTitle: string;
  issuerKind: PlanMeasureRow["issuerKind"];
  issuerLevel: PlanMeasureRow["issuerLevel"];
  date: string | null;
  estimated: boolean;
  /** Level of each measure id in the rows. */
  levels: Map<string, number | null>;
}

/** One measure, as the charts see it. */
export interface ChartMeasure {
  id: string;
  name: string;
  short: string;
  group: string;
}

/** Plans in the order they first appear in `rows`. */
export function plansOf(rows: readonly PlanMeasureRow[]): ChartPlan[] {
  const bySlug = new Map<string, ChartPlan>();
  for (const r of rows) {
    let plan = bySlug.get(r.slug);
    if (!plan) {
      plan = {
        slug: r.slug,
        shortTitle: r.shortTitle,
        issuerKind: r.issuerKind,
        issuerLevel: r.issuerLevel,
        date: r.date,
        estimated: r.estimated,
        levels: new Map(),
      };
      bySlug.set(r.slug, plan);
    }
    plan.levels.set(r.measureId, r.level);
  }
  return [...bySlug.values()];
}

/** Measures in the order they first appear in `rows` (codebook order for `planMeasureRows`). */
export function measuresOf(rows: readonly PlanMeasureRow[]): ChartMeasure[] {
  const byId = new Map<string, ChartMeasure>();
  for (const r of rows)
    if (!byId.has(r.measureId))
      byId.set(r.measureId, { id: r.measureId, name: r.measureName, short: r.measureShort, group: r.group });
  return [...byId.values()];
}

/** How many plans code a measure at each level; `null` counts plans that do not code it. */
export interface LevelCounts {
  measure: ChartMeasure;
  counts: [number, number, number, number];
  notCoded: number;
  /** Sum of the coded levels: the order of "most adopted". */
  score: number;
}

/** Level counts of every measure, in measure order. */
export function levelCounts(rows: readonly PlanMeasureRow[]): LevelCounts[] {
  const out = new Map<string, LevelCounts>(
    measuresOf(rows).map((m) => [m.id, { measure: m, counts: [0, 0, 0, 0], notCoded: 0, score: 0 }]),
  );
  for (const r of rows) {
    const c = out.get(r.measureId);
    if (!c) continue;
    if (r.level === null) c.notCoded += 1;
    else {
      c.counts[r.level] += 1;
      c.score += r.level;
    }
  }
  return [...out.values()];
}

/** Sum of a plan's coded levels, and whether it codes anything at all. */
function planScore(plan: ChartPlan): { score: number; coded: boolean } {
  let score = 0;
  let coded = false;
  for (const level of plan.levels.values())
    if (level !== null) {
      coded = true;
      score += level;
    }
  return { score, coded };
}

/**
 * The order of the adoption matrix, so patterns show: measures from the most to the least adopted
 * (sum of levels), plans that code nothing (the national documents) first by date, then coded plans
 * from the most to the least committed. Ties keep the input order, so the result is stable.
 */
export function matrixOrder(rows: readonly PlanMeasureRow[]): { plans: ChartPlan[]; measures: ChartMeasure[] } {
  const counts = levelCounts(rows);
  const measureRank = new Map(counts.map((c, i) => [c.measure.id, i]));
  const measures = [...counts]
    .sort((a, b) => b.score - a.score || measureRank.get(a.measure.id)! - measureRank.get(b.measure.id)!)
    .map((c) => c.measure);
  const plans = plansOf(rows).map((plan, index) => ({ plan, index, ...planScore(plan) }));
  plans.sort((a, b) => {
    if (a.coded !== b.coded) return a.coded ? 1 : -1;
    if (!a.coded) return (a.plan.date ?? "").localeCompare(b.plan.date ?? "") || a.index - b.index;
    return b.score - a.score || a.index - b.index;
  });
  return { plans: plans.map((p) => p.plan), measures };
}

/** Link to a plan's page, or to one measure's row on it. */
export function planHref(slug: string, measureId?: string): string {
  return `/ke-hoach/${slug}/${measureId ? `#bp-${measureId}` : ""}`;
}

/** Link to a measure's page. */
export function measureHref(id: string): string {
  return `/bien-phap/${id}/`;
}

/** Vietnamese count with its noun: "1 kế hoạch", "12 kế hoạch" (Vietnamese nouns do not inflect). */
export function count(n: number, noun: string): string {
  return `${formatNumber(n)} ${noun}`;
}
