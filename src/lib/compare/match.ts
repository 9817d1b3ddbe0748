/** The picker of /so-sanh/: finding plans by number, issuer, locality or title, without diacritics. */
import { foldVietnamese } from "../vietnamese.ts";
import type { ComparePick } from "./parts.ts";

/** The text a plan is found by, folded: number, issuer, locality and short title. */
export function pickerKey(p: ComparePick): string {
  return foldVietnamese([p.n ?? "", p.i, p.loc, p.t].join(" "));
}

/**
 * The plans whose key holds every word of `query` (folded: "dak lak" finds "Đắk Lắk", "du" finds
 * "ĐU"), in the given order, at most `limit`. An empty query matches nothing.
 */
export function matchPlans<P extends ComparePick>(query: string, plans: readonly P[], limit = 8): P[] {
  const words = foldVietnamese(query).split(" ").filter(Boolean);
  if (words.length === 0) return [];
  const out: P[] = [];
  for (const p of plans) {
    const key = pickerKey(p);
    if (words.every((w) => key.includes(w))) out.push(p);
    if (out.length >= limit) break;
  }
  return out;
}
