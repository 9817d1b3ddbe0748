/**
 * What /so-sanh/ needs to compare any 2–4 plans, as the same-origin file /so-sanh/du-lieu.json carries
 * it. The page is static and cannot know its query string at build, so its script reads this file
 * and draws the chosen plans. Short keys keep the file small; `compareData` builds it from the content.
 */
import type { Measure } from "../../schemas/codebook.ts";
import { inGroupOrder } from "../codebook.ts";
import { formatIssued, sortDate } from "../format.ts";
import type { ReferenceIdentity } from "../lineage/resolve.ts";
import type { PlanEntry } from "../model.ts";
import { referenceLabel } from "../plan-links.ts";

/** A measure as a row of the comparison. */
export interface CompareMeasure {
  id: string;
  name: string;
  group: string;
}

/** The document a plan carries out: its slug when summarised, and how it reads. */
export interface CompareParent {
  /** Slug of the parent's page, absent when the parent has no file. */
  s?: string;
  /** "Kết luận số 149-KL/TW ngày 10/4/2025 của Bộ Chính trị". */
  t: string;
}

/** One plan, as the comparison shows it. */
export interface ComparePlan {
  /** Slug. */
  s: string;
  /** Short title. */
  t: string;
  /** Number as printed, null when the document has none. */
  n: string | null;
  /** Issuer. */
  i: string;
  /** Issuer level (a key of ISSUER_LEVELS). */
  l: string;
  /** Date as the site writes it: "28/6/2025", "không ghi ngày (sau 15/8/2025)". */
  d: string;
  /** Where it applies, for the picker: today's province and the name the document used. */
  loc: string;
  /** The document it carries out, null when none. */
  p: CompareParent | null;
  /** By measure id: the level (null = not coded) then the quotes' texts. Measures absent are not coded. */
  m: Record<string, [number | null, ...string[]]>;
  /**
   * By measure id, one letter per quote: c = in wording shared with other documents, p = partly,
   * r = the plan's own (text reuse). Absent when the project holds no source text.
   */
  r?: Record<string, string>;
}

/** The whole data file. */
export interface CompareData {
  measures: CompareMeasure[];
  /** Newest first. */
  plans: ComparePlan[];
}

/** What `compareData` needs besides the plans. */
export interface CompareSources {
  measures: readonly Measure[];
  provinceNames: ReadonlyMap<string, string>;
  resolve: (ref: ReferenceIdentity) => PlanEntry | undefined;
  /** By plan slug: measure id → one reuse letter per quote (see ComparePlan.r). */
  reuse?: (slug: string) => Record<string, string> | undefined;
}

function comparePlan({ slug, plan }: PlanEntry, src: CompareSources): ComparePlan {
  const parentRef = plan.references.find((r) => r.relation === "thuc-hien");
  const parent = parentRef ? src.resolve(parentRef) : undefined;
  const province = plan.locality.province ? (src.provinceNames.get(plan.locality.province) ?? "") : "";
  const m: ComparePlan["m"] = {};
  for (const measure of src.measures) {
    const coding = plan.measures[measure.id];
    if (coding) m[measure.id] = [coding.level, ...coding.quotes.map((q) => q.text)];
  }
  return {
    s: slug,
    t: plan.shortTitle,
    n: plan.number,
    i: plan.issuer,
    l: plan.issuerLevel,
    d: formatIssued(plan.issued),
    loc: [province, plan.locality.asWritten ?? ""].filter(Boolean).join(", "),
    p: parentRef
      ? { ...(parent && parent.slug !== slug ? { s: parent.slug } : {}), t: referenceLabel(parentRef) }
      : null,
    m,
    ...(src.reuse?.(slug) ? { r: src.reuse(slug) } : {}),
  };
}

/** The comparison data of `plans`: measures in the codebook's group order, plans newest first. */
export function compareData(plans: readonly PlanEntry[], src: CompareSources): CompareData {
  const key = (p: PlanEntry) => sortDate(p.plan.issued)?.date ?? "";
  const sorted = [...plans].sort((a, b) => key(b).localeCompare(key(a)) || a.slug.localeCompare(b.slug));
  return {
    measures: inGroupOrder(src.measures).map(({ id, name, group }) => ({ id, name, group })),
    plans: sorted.map((p) => comparePlan(p, src)),
  };
}
