/**
 * The choice of /so-sanh/ as it lives in the address: `?ke-hoach=<slug>,<slug>` with two to four
 * plans, so a comparison can be shared and back/forward restore it.
 */

/** The query parameter. */
export const COMPARE_PARAM = "ke-hoach";
/** At least this many plans make a comparison. */
export const MIN_PLANS = 2;
/** At most this many plans side by side. */
export const MAX_PLANS = 4;

/** A slug of the address that was not used, and why. */
export interface IgnoredSlug {
  slug: string;
  reason: "unknown" | "duplicate" | "too-many";
}

/** What an address asks for: the plans kept, in the order given, and what was ignored. */
export interface CompareState {
  slugs: string[];
  ignored: IgnoredSlug[];
}

/**
 * Reads the parameter's value (`"a,b"`, or null when absent): keeps known slugs in order, at most
 * `MAX_PLANS`; a slug not in `known`, repeated or past the fourth is ignored with its reason.
 */
export function parseCompareParam(value: string | null, known: ReadonlySet<string>): CompareState {
  const slugs: string[] = [];
  const ignored: IgnoredSlug[] = [];
  for (const raw of (value ?? "").split(",")) {
    const slug = raw.trim();
    if (slug === "") continue;
    if (!known.has(slug)) ignored.push({ slug, reason: "unknown" });
    else if (slugs.includes(slug)) ignored.push({ slug, reason: "duplicate" });
    else if (slugs.length >= MAX_PLANS) ignored.push({ slug, reason: "too-many" });
    else slugs.push(slug);
  }
  return { slugs, ignored };
}

/** The address of a comparison: "/so-sanh/?ke-hoach=a,b", or "/so-sanh/" when nothing is chosen. */
export function compareHref(slugs: readonly string[]): string {
  return slugs.length === 0 ? "/so-sanh/" : `/so-sanh/?${COMPARE_PARAM}=${slugs.map(encodeURIComponent).join(",")}`;
}

const REASONS: Record<IgnoredSlug["reason"], string> = {
  unknown: "không có kế hoạch này",
  duplicate: "trùng",
  "too-many": `quá ${MAX_PLANS} văn bản`,
};

/** The notice about ignored slugs, in Vietnamese; null when nothing was ignored. */
export function ignoredNotice(ignored: readonly IgnoredSlug[]): string | null {
  if (ignored.length === 0) return null;
  const parts = ignored.map((i) => `“${i.slug}” (${REASONS[i.reason]})`);
  return `Đã bỏ qua trong địa chỉ: ${parts.join(", ")}.`;
}
