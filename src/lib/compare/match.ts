/**
 * The picker of /so-sanh/: plans found by number, issuer, locality or title, without diacritics, by
 * the site search (src/lib/search/engine.ts) whose names index is in shards, so that typing reads a few
 * shards, not a list of every plan (16.7 MB at 100,000 plans).
 */
import type { GroupedResults } from "../search/engine.ts";

/** A plan as the picker lists it: slug, short title, and issuer and date. */
export interface ComparePick {
  s: string;
  t: string;
  /** "Ban Thường vụ Tỉnh ủy Hà Tĩnh · 28/11/2025". */
  sub: string;
}

/** Plans listed at most. */
export const PICK_LIMIT = 8;

const PLAN_URL = /^\/ke-hoach\/([^/]+)\/$/;

/**
 * The plans among site-search `results` (searched with `PICK_LIMIT + skip.length` a group), best first,
 * without those of `skip` (already compared), at most `limit`.
 */
export function picksOf(results: GroupedResults, skip: readonly string[], limit = PICK_LIMIT): ComparePick[] {
  const hits = results.groups.find((g) => g.group === "ke-hoach")?.hits ?? [];
  const out: ComparePick[] = [];
  for (const h of hits) {
    const s = PLAN_URL.exec(h.doc.u)?.[1];
    if (s && !skip.includes(s)) out.push({ s, t: h.doc.t, sub: h.doc.s });
  }
  return out.slice(0, limit);
}
