/**
 * What site search finds: one document per plan, measure, locality and quote, with the words it is
 * found by and the text its snippet is cut from. Built at build time from the content, read by the
 * index (src/lib/search/engine.ts). Pure: no node:*, no DOM.
 */
import type { Measure } from "../../schemas/codebook.ts";
import type { Province } from "../../schemas/locality.ts";
import type { PlanEntry } from "../model.ts";
import { formatIssued } from "../format.ts";

/** The four groups results are shown in, in display order. */
export const SEARCH_GROUPS = ["ke-hoach", "bien-phap", "dia-phuong", "trich-dan"] as const;
export type SearchGroup = (typeof SEARCH_GROUPS)[number];

/** The heading of each group. */
export const SEARCH_GROUP_LABELS: Record<SearchGroup, string> = {
  "ke-hoach": "Kế hoạch",
  "bien-phap": "Biện pháp",
  "dia-phuong": "Địa phương",
  "trich-dan": "Trích dẫn",
};

/** One searchable document. Short field names: the index file carries them thousands of times. */
export interface SearchDoc {
  /** Position in the document list, the index's id. */
  id: number;
  /** Group. */
  g: SearchGroup;
  /** Link: the page, with the anchor of the measure row for a quote. */
  u: string;
  /** Title shown in the results; searched, boosted. */
  t: string;
  /** Document number ("341-KH/TU"), "" when none; searched, boosted most. */
  n: string;
  /** Places: today's province, its old names and the provinces merged into it, the commune or unit. */
  p: string;
  /** Other names it is found by: a plan's issuer, a measure's short name and description. */
  b: string;
  /** Full text, searched through the shards (src/lib/search/shards.ts): a plan's full title and summary, a quote, what is asked. */
  x: string;
  /** One line under the title: issuer and date, measure and plan, merged provinces. */
  s: string;
}

/** A document before it has an id. */
export type SearchDocInput = Omit<SearchDoc, "id">;

/** The names a province is found by: today's, its old names, those merged into it. */
function provinceNames(p: Province | undefined): string[] {
  return p ? [p.name, ...p.oldNames, ...p.mergedFrom] : [];
}

/** The documents of one plan: the plan itself and each of its quotes. */
export function planDocuments(entry: PlanEntry, measures: readonly Measure[], province?: Province): SearchDocInput[] {
  const { plan, slug } = entry;
  const place = province?.places.find((x) => x.slug === plan.locality.place);
  const places = [
    ...provinceNames(province),
    plan.locality.asWritten ?? "",
    place?.name ?? "",
    ...(place?.oldNames ?? []),
  ].filter(Boolean);
  const url = `/ke-hoach/${slug}/`;
  const docs: SearchDocInput[] = [
    {
      g: "ke-hoach",
      u: url,
      t: plan.shortTitle,
      n: plan.number ?? "",
      p: [...new Set(places)].join(" · "),
      b: plan.issuer,
      // The long title goes with the summary into the full text: the names file stays small.
      x: [plan.title, plan.issuerShort, entry.body.trim()].join("\n"),
      s: `${plan.issuer} · ${formatIssued(plan.issued)}`,
    },
  ];
  for (const m of measures) {
    for (const q of plan.measures[m.id]?.quotes ?? []) {
      docs.push({
        g: "trich-dan",
        u: `${url}#bp-${m.id}`,
        t: `${m.shortName} — ${plan.shortTitle}`,
        n: "",
        p: "",
        b: "",
        x: q.text,
        s: [m.name, q.section ? `mục ${q.section}` : ""].filter(Boolean).join(" · "),
      });
    }
  }
  return docs;
}

/** The document of a measure of the codebook. */
export function measureDocument(m: Measure): SearchDocInput {
  return {
    g: "bien-phap",
    u: `/bien-phap/${m.id}/`,
    t: m.name,
    n: "",
    p: "",
    b: [m.shortName, m.id.replace(/-/g, " "), m.description].join("\n"),
    x: m.national.map((n) => n.asks).join("\n"),
    s: m.description,
  };
}

/** What a province was before 1/7/2025, in one line: "Tỉnh, hợp nhất từ Quảng Bình, Quảng Trị (cũ)". */
export function provinceHistory(p: Province): string {
  const kind = p.kind === "tỉnh" ? "Tỉnh" : "Thành phố";
  const parts = [kind];
  if (p.mergedFrom.length > 0) parts.push(`từ 1/7/2025 hợp nhất ${p.mergedFrom.join(", ")} (cũ)`);
  if (p.oldNames.length > 0) parts.push(`tên cũ ${p.oldNames.join(", ")}`);
  if (parts.length === 1) parts.push("giữ nguyên khi sắp xếp năm 2025");
  return parts.join(", ");
}

/** The document of one of today's 34 provinces, found by its old names and its places too. */
export function provinceDocument(p: Province): SearchDocInput {
  return {
    g: "dia-phuong",
    u: `/dia-phuong/${p.slug}/`,
    t: p.name,
    n: "",
    p: [...new Set([...provinceNames(p), ...p.places.flatMap((x) => [x.name, ...x.oldNames])])].join(" · "),
    b: "",
    x: "",
    s: provinceHistory(p),
  };
}

/**
 * Every document of the site, ids in group order (plans, measures, provinces, quotes) so that the group
 * of an id is known from `groupRanges` without loading the document.
 */
export function searchDocuments(
  plans: readonly PlanEntry[],
  measures: readonly Measure[],
  provinces: readonly Province[],
): SearchDoc[] {
  const bySlug = new Map(provinces.map((p) => [p.slug, p]));
  const perPlan = plans.map((e) =>
    planDocuments(e, measures, e.plan.locality.province ? bySlug.get(e.plan.locality.province) : undefined),
  );
  const inputs: SearchDocInput[] = [
    ...perPlan.map((docs) => docs[0]),
    ...measures.map(measureDocument),
    ...provinces.map(provinceDocument),
    ...perPlan.flatMap((docs) => docs.slice(1)),
  ];
  return inputs.map((d, id) => ({ id, ...d }));
}

/** For each group, the first id after its documents (ids are in SEARCH_GROUPS order, see searchDocuments). */
export function groupEnds(docs: readonly SearchDoc[]): number[] {
  return SEARCH_GROUPS.map((g) => {
    let end = 0;
    for (const d of docs) if (SEARCH_GROUPS.indexOf(d.g) <= SEARCH_GROUPS.indexOf(g)) end = d.id + 1;
    return end;
  });
}

/** The group of `id`, given `groupEnds`. */
export function groupOf(id: number, ends: readonly number[]): SearchGroup {
  const i = ends.findIndex((end) => id < end);
  return SEARCH_GROUPS[i < 0 ? SEARCH_GROUPS.length - 1 : i];
}
