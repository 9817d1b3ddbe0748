/**
 * Where to hang a document whose direct parent nobody names: a document known only from references
 * (a ghost), a plan that only cites ("căn cứ"), or a plan whose direct parent would close a loop.
 */
import type { IssuerLevel, LineageEdge, LineageNode } from "./types.ts";

const RANK: Record<IssuerLevel, number> = { "trung-uong": 0, tinh: 1, huyen: 2, xa: 3, "don-vi": 4 };

/** Rank of a level, top (0, Trung ương) to bottom (4, đơn vị); unknown levels rank last. */
export function levelRank(level: IssuerLevel | null): number {
  return level === null ? 5 : RANK[level];
}

/** True when following tree parents up from `start` reaches `target` (or `start` is `target`). */
export function reaches(nodes: ReadonlyMap<string, LineageNode>, start: string, target: string): boolean {
  const seen = new Set<string>();
  for (let id: string | undefined = start; id !== undefined && !seen.has(id); id = nodes.get(id)?.parent) {
    if (id === target) return true;
    seen.add(id);
  }
  return false;
}

/**
 * The documents that may be above `node`, each with the plans that suggest it. A plan suggests what it
 * cites itself; for a ghost, each plan naming it suggests its other "căn cứ" documents (not its own
 * direct parent: that one sits beside or below the ghost, not above it).
 */
function candidatesOf(
  node: LineageNode,
  edgesFrom: ReadonlyMap<string, readonly LineageEdge[]>,
): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const add = (to: string, via: string) => {
    if (to === node.id) return;
    const list = found.get(to);
    if (!list) found.set(to, [via]);
    else if (!list.includes(via)) list.push(via);
  };
  if (node.kind === "plan") for (const e of edgesFrom.get(node.id) ?? []) add(e.to, node.id);
  else
    for (const citer of node.citedBy)
      for (const e of edgesFrom.get(citer) ?? []) if (e.relation === "can-cu") add(e.to, citer);
  return found;
}

const byDate = (a?: string, b?: string) => (a ?? "9999").localeCompare(b ?? "9999");

/**
 * Picks the parent of `node` among its candidates: the nearest document above it. A candidate is
 * plausible when it is at the same or a higher level and not issued later; the latest plausible one
 * wins (plans cascade: the most recent document cited is usually the one carried out), then the one
 * at the lowest level. When none is plausible, the highest document cited. Never closes a loop.
 */
function chooseParent(
  node: LineageNode,
  candidates: readonly string[],
  nodes: ReadonlyMap<string, LineageNode>,
): string | undefined {
  const open = candidates.filter((id) => nodes.has(id) && !reaches(nodes, id, node.id));
  const doc = (id: string) => nodes.get(id) as LineageNode;
  const rank = (id: string) => levelRank(doc(id).issuerLevel);
  const plausible = open.filter((id) => {
    const c = doc(id);
    const higher = c.issuerLevel === null || node.issuerLevel === null || rank(id) <= levelRank(node.issuerLevel);
    const earlier = !c.sortDate || !node.sortDate || c.sortDate <= node.sortDate;
    return higher && earlier;
  });
  if (plausible.length > 0) {
    const known = (id: string) => (doc(id).issuerLevel === null ? -1 : rank(id));
    const date = (id: string) => doc(id).sortDate ?? "0000";
    return [...plausible].sort((a, b) => date(b).localeCompare(date(a)) || known(b) - known(a))[0];
  }
  return [...open].sort((a, b) => rank(a) - rank(b) || byDate(doc(a).sortDate, doc(b).sortDate))[0];
}

/**
 * Gives every node without a parent one, when its references allow (placement "inferred-placement",
 * with the plans that suggested it), else makes it a root. Higher and older documents are placed
 * first, so a ghost's own place is known before documents are hung under it.
 */
export function placeOrphans(
  nodes: ReadonlyMap<string, LineageNode>,
  edgesFrom: ReadonlyMap<string, readonly LineageEdge[]>,
): void {
  const orphans = [...nodes.values()]
    .filter((n) => n.parent === undefined)
    .sort(
      (a, b) =>
        levelRank(a.issuerLevel) - levelRank(b.issuerLevel) ||
        byDate(a.sortDate, b.sortDate) ||
        a.id.localeCompare(b.id),
    );
  for (const node of orphans) {
    const candidates = candidatesOf(node, edgesFrom);
    const parent = chooseParent(node, [...candidates.keys()], nodes);
    if (parent === undefined) {
      node.placement = "root";
      continue;
    }
    node.parent = parent;
    node.placement = "inferred-placement";
    node.inferredFrom = [...(candidates.get(parent) ?? [])].sort();
  }
}
