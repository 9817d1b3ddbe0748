/**
 * Builds the lineage graph from the summarised plans: one node per document (identity = number +
 * issuer + date), one edge per reference, and each node's parent in the tree.
 */
import type { Plan, Reference } from "../../schemas/plan.ts";
import { DOC_TYPES } from "../labels.ts";
import type { Province } from "../../schemas/locality.ts";
import { formatDate } from "../labels.ts";
import { sortDate } from "../format.ts";
import { identityKey } from "../identity.ts";
import { slugify } from "../vietnamese.ts";
import { abbreviateIssuer, createProvinceFinder, guessIssuerLevel } from "./issuer.ts";
import { placeOrphans, reaches } from "./placement.ts";
import { createDocumentResolver, createPlanResolver } from "./resolve.ts";
import type { LineageEdge, LineageGraph, LineageNode, LineageProvince } from "./types.ts";
import { placeOf, type Gazetteer } from "../gazetteer.ts";

/** What the graph is built from: a plan and its slug (a `PlanEntry` or a checked plan). */
export interface LineageInput {
  slug: string;
  plan: Plan;
}

/** The short date of a node's label: "28/6/2025", "sau 15/8/2025", "trước 1/7/2025", "không rõ ngày". */
export function shortDateLabel(issued: Plan["issued"]): string {
  if (issued.date) return formatDate(issued.date);
  if (issued.after) return `sau ${formatDate(issued.after)}`;
  if (issued.before) return `trước ${formatDate(issued.before)}`;
  return "không rõ ngày";
}

function planNode({ slug, plan }: LineageInput, places: ReadonlyMap<string, string>): LineageNode {
  return {
    id: slug,
    kind: "plan",
    slug,
    number: plan.number,
    docType: plan.docType,
    issuer: plan.issuer,
    issuerShort: plan.issuerShort,
    date: plan.issued.date,
    dateLabel: shortDateLabel(plan.issued),
    sortDate: sortDate(plan.issued)?.date,
    issuerLevel: plan.issuerLevel,
    issuerLevelGuessed: false,
    province: plan.locality.province,
    place: plan.locality.place ? places.get(`${plan.locality.province}/${plan.locality.place}`) : undefined,
    title: plan.shortTitle,
    citedBy: [],
    placement: "root",
  };
}

function ghostNode(ref: Reference, findProvince: (issuer: string) => string | undefined): LineageNode {
  const level = guessIssuerLevel(ref.issuer);
  return {
    id: `vb-${slugify(identityKey(ref))}`,
    kind: "ghost",
    number: ref.number,
    docType: ref.docType,
    issuer: ref.issuer,
    issuerShort: abbreviateIssuer(ref.issuer),
    date: ref.date,
    dateLabel: ref.date ? formatDate(ref.date) : "không rõ ngày",
    sortDate: ref.date,
    issuerLevel: level,
    issuerLevelGuessed: level !== null,
    province: findProvince(ref.issuer),
    title: `${DOC_TYPES[ref.docType]} ${ref.number}`,
    citedBy: [],
    placement: "root",
  };
}

/**
 * Resolves every reference to a node: a summarised plan when one matches (`referenceMatches`), else a
 * ghost shared by every reference with the same identity. A reference without a date joins the dated
 * ghost of the same number and issuer, if there is one.
 */
function resolveAll(plans: readonly LineageInput[], nodes: Map<string, LineageNode>, provinces: readonly Province[]) {
  const byId = Object.fromEntries(provinces.map((p) => [p.slug, p]));
  const findProvince = createProvinceFinder(byId);
  const resolvePlan = createPlanResolver(plans);
  const refs = plans.flatMap(({ slug, plan }) => plan.references.map((ref) => ({ from: slug, ref })));
  const target = new Map<(typeof refs)[number], string>();
  const ghosts = new Map<string, LineageNode>();
  for (const r of refs) {
    const plan = resolvePlan(r.ref);
    if (plan) target.set(r, plan.slug);
    else if (r.ref.date) {
      const ghost = ghosts.get(identityKey(r.ref)) ?? ghostNode(r.ref, findProvince);
      ghosts.set(identityKey(r.ref), ghost);
      target.set(r, ghost.id);
    }
  }
  const resolveGhost = createDocumentResolver([...ghosts.values()], (g) => g);
  for (const r of refs) {
    if (target.has(r)) continue;
    const key = identityKey(r.ref);
    const ghost = resolveGhost(r.ref) ?? ghosts.get(key) ?? ghostNode(r.ref, findProvince);
    if (!ghosts.has(key) && ghost.date === undefined) ghosts.set(key, ghost);
    target.set(r, ghost.id);
  }
  for (const g of ghosts.values()) nodes.set(g.id, g);
  return refs.map((r) => ({ from: r.from, to: target.get(r) as string, ref: r.ref }));
}

/**
 * The lineage graph of `plans`. Each summarised plan hangs under the first document it carries out
 * ("thuc-hien"); a loop of such links is reported in `cycles` and broken; every other node is placed
 * by `placeOrphans`. Deterministic: the same plans in any order give the same graph.
 */
export function buildLineage(
  input: readonly LineageInput[],
  provinces: readonly Province[] = [],
  gazetteer?: Gazetteer,
): LineageGraph {
  const plans = [...input].sort((a, b) => a.slug.localeCompare(b.slug));
  const places = new Map<string, string>();
  for (const p of provinces) for (const pl of p.places) places.set(`${p.slug}/${pl.slug}`, pl.name);
  // Communes of the gazetteer that plans name without registering them in localities.yaml.
  const bySlug = new Map(provinces.map((p) => [p.slug, p]));
  for (const { plan } of plans) {
    const { province, place } = plan.locality;
    const unit = province ? bySlug.get(province) : undefined;
    const found = unit && place && !places.has(`${province}/${place}`) ? placeOf(unit, place, gazetteer) : undefined;
    if (found) places.set(`${province}/${place}`, found.name);
  }
  const nodes = new Map<string, LineageNode>(plans.map((p) => [p.slug, planNode(p, places)]));
  const resolved = resolveAll(plans, nodes, provinces);

  const edgesFrom = new Map<string, LineageEdge[]>();
  for (const { from, to, ref } of resolved) {
    if (from === to) continue;
    const list = edgesFrom.get(from) ?? [];
    edgesFrom.set(from, list);
    const same = list.find((e) => e.to === to);
    if (!same) {
      list.push({ from, to, relation: ref.relation, stated: ref.stated });
      (nodes.get(to) as LineageNode).citedBy.push(from);
    } else if (same.relation === "can-cu" && ref.relation === "thuc-hien") {
      same.relation = "thuc-hien";
      same.stated = ref.stated;
    }
  }

  const cycles: string[][] = [];
  for (const { slug } of plans) {
    const direct = edgesFrom.get(slug)?.find((e) => e.relation === "thuc-hien");
    if (!direct) continue;
    if (reaches(nodes, direct.to, slug)) {
      const loop: string[] = [slug];
      for (let id = direct.to; id !== slug; id = nodes.get(id)?.parent as string) loop.push(id);
      cycles.push(loop);
      continue;
    }
    const node = nodes.get(slug) as LineageNode;
    node.parent = direct.to;
    node.placement = direct.stated ? "stated" : "inferred-link";
  }
  placeOrphans(nodes, edgesFrom);

  const used: Record<string, LineageProvince> = {};
  const provinceBySlug = new Map(provinces.map((p) => [p.slug, p]));
  for (const n of nodes.values()) {
    n.citedBy.sort();
    const p = n.province ? provinceBySlug.get(n.province) : undefined;
    if (p) used[p.slug] = { name: p.name, oldNames: [...p.oldNames, ...p.mergedFrom] };
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => a.id.localeCompare(b.id)),
    edges: [...edgesFrom.values()]
      .flat()
      .map(({ from, to, relation, stated }) => ({ from, to, relation, stated }))
      .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to)),
    cycles,
    provinces: used,
  };
}
