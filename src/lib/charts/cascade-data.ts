/**
 * "Down the hierarchy": for one measure, the level of every document along each lineage chain (from
 * NQ 21 down to the plan), how the levels spread per issuer level, and how a plan's level compares
 * with that of the nearest coded document above it. Pure functions over the lineage graph.
 */
import { ISSUER_LEVELS } from "../labels.ts";
import type { IssuerLevel, LineageGraph, LineageNode } from "../lineage/types.ts";

/** Issuer levels top to bottom, then "unknown" (a ghost whose issuer says nothing). */
export const CASCADE_LEVELS = [...(Object.keys(ISSUER_LEVELS) as IssuerLevel[]), "khong-ro"] as const;
/** A column of the cascade: an issuer level, or "khong-ro". */
export type CascadeLevel = (typeof CASCADE_LEVELS)[number];

/** What a document says about the measure: a level 0–3, "not coded" (null), or no file at all (a ghost). */
export type CascadeValue = number | null | "khong-co-tep";

/** One document of a chain. */
export interface CascadeStep {
  id: string;
  /** Plan slug, for summarised documents. */
  slug?: string;
  title: string;
  /** Number as written, or "Văn bản không số". */
  label: string;
  issuerLevel: CascadeLevel;
  value: CascadeValue;
}

/** A chain from the top document (NQ 21) down to a summarised plan with no summarised plan below it. */
export interface CascadeChain {
  /** Id of the plan at the bottom. */
  leaf: string;
  /** Top first. */
  steps: CascadeStep[];
}

/** How many documents of one issuer level stand at each value. */
export interface LevelDistribution {
  issuerLevel: CascadeLevel;
  /** Summarised plans at levels 0–3. */
  counts: [number, number, number, number];
  notCoded: number;
  /** Documents known only from references. */
  ghosts: number;
}

/** Plans compared with the nearest coded document above them, for one step (upper level → lower level). */
export interface Transition {
  from: CascadeLevel;
  to: CascadeLevel;
  weaker: number;
  same: number;
  stronger: number;
}

/** Everything the cascade charts of one measure draw. */
export interface CascadeData {
  measureId: string;
  measureName: string;
  measureShort: string;
  /** Every chain, the most informative first (most coded documents, then longest, then by leaf id). */
  chains: CascadeChain[];
  /** Per issuer level with at least one document, in order top to bottom. */
  distribution: LevelDistribution[];
  /** Steps with at least one comparable pair, top to bottom. */
  transitions: Transition[];
  /** Coded plans with no coded document above them: nothing to compare with. */
  uncomparable: number;
}

/** The measure as the cascade needs it. */
export interface CascadeMeasure {
  id: string;
  name: string;
  shortName: string;
}

/** The level of each measure in each summarised plan: slug → measure id → level. */
export type PlanLevels = ReadonlyMap<string, Readonly<Record<string, number | null>>>;

const rank = (l: CascadeLevel) => CASCADE_LEVELS.indexOf(l);
const levelOfNode = (n: LineageNode): CascadeLevel => n.issuerLevel ?? "khong-ro";

/** The levels of `plans` (`PlanEntry`s or checked plans), as `cascadeData` reads them. */
export function planLevels(
  plans: readonly { slug: string; plan: { measures: Record<string, { level: number | null }> } }[],
): PlanLevels {
  return new Map(
    plans.map(({ slug, plan }) => [
      slug,
      Object.fromEntries(Object.entries(plan.measures).map(([id, c]) => [id, c.level])),
    ]),
  );
}

/** A node and its ancestors, bottom first; stops at a repeated id, so a loop cannot hang it. */
function upward(byId: ReadonlyMap<string, LineageNode>, id: string): LineageNode[] {
  const out: LineageNode[] = [];
  const seen = new Set<string>();
  for (let n = byId.get(id); n && !seen.has(n.id); n = n.parent ? byId.get(n.parent) : undefined) {
    seen.add(n.id);
    out.push(n);
  }
  return out;
}

/** What the cascades of every measure share: the plans, each plan's chain upward and the leaves. */
interface GraphShape {
  plans: LineageNode[];
  /** Plan id → the plan and its ancestors, bottom first. */
  up: Map<string, LineageNode[]>;
  /** Plans with no summarised plan below them, in graph order. */
  leaves: LineageNode[];
}

/** One shape per graph: a build draws the cascade of each of its ~20 measures over the same graph. */
const shapes = new WeakMap<LineageGraph, GraphShape>();

function shapeOf(graph: LineageGraph): GraphShape {
  let shape = shapes.get(graph);
  if (!shape) {
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    const plans = graph.nodes.filter((n) => n.kind === "plan");
    const up = new Map(plans.map((p) => [p.id, upward(byId, p.id)]));
    const above = new Set([...up.values()].flatMap((chain) => chain.slice(1)).map((n) => n.id));
    shape = { plans, up, leaves: plans.filter((p) => !above.has(p.id)) };
    shapes.set(graph, shape);
  }
  return shape;
}

/** The cascade of one measure over the lineage `graph`. */
export function cascadeData(graph: LineageGraph, levels: PlanLevels, measure: CascadeMeasure): CascadeData {
  const { plans, up, leaves } = shapeOf(graph);
  const valueOf = (n: LineageNode): CascadeValue =>
    n.kind === "ghost" ? "khong-co-tep" : (levels.get(n.slug ?? n.id)?.[measure.id] ?? null);
  const coded = new Map<CascadeChain, number>();
  const chains: CascadeChain[] = [];
  for (const p of leaves) {
    const steps = (up.get(p.id) ?? [])
      .map((n) => ({
        id: n.id,
        slug: n.slug,
        title: n.title,
        label: n.number ?? "Văn bản không số",
        issuerLevel: levelOfNode(n),
        value: valueOf(n),
      }))
      .reverse();
    const n = steps.filter((s) => typeof s.value === "number").length;
    if (n === 0) continue;
    const chain = { leaf: p.id, steps };
    coded.set(chain, n);
    chains.push(chain);
  }
  chains.sort(
    (a, b) => coded.get(b)! - coded.get(a)! || b.steps.length - a.steps.length || a.leaf.localeCompare(b.leaf),
  );

  const distribution = CASCADE_LEVELS.map((issuerLevel): LevelDistribution => ({
    issuerLevel,
    counts: [0, 0, 0, 0],
    notCoded: 0,
    ghosts: 0,
  }));
  for (const n of graph.nodes) {
    const d = distribution[rank(levelOfNode(n))];
    const v = valueOf(n);
    if (v === "khong-co-tep") d.ghosts += 1;
    else if (v === null) d.notCoded += 1;
    else d.counts[v] += 1;
  }

  const steps = new Map<string, Transition>();
  let uncomparable = 0;
  for (const p of plans) {
    const v = valueOf(p);
    if (typeof v !== "number") continue;
    const parent = (up.get(p.id) ?? []).slice(1).find((n) => typeof valueOf(n) === "number");
    if (!parent) {
      uncomparable += 1;
      continue;
    }
    const [from, to] = [levelOfNode(parent), levelOfNode(p)];
    const t = steps.get(`${from}>${to}`) ?? { from, to, weaker: 0, same: 0, stronger: 0 };
    steps.set(`${from}>${to}`, t);
    const above = valueOf(parent) as number;
    if (v < above) t.weaker += 1;
    else if (v === above) t.same += 1;
    else t.stronger += 1;
  }
  return {
    measureId: measure.id,
    measureName: measure.name,
    measureShort: measure.shortName,
    chains,
    distribution: distribution.filter((d) => d.ghosts + d.notCoded + d.counts.reduce((a, b) => a + b) > 0),
    transitions: [...steps.values()].sort((a, b) => rank(a.from) - rank(b.from) || rank(a.to) - rank(b.to)),
    uncomparable,
  };
}
