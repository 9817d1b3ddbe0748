/** The codebook as pages show it: measures under their groups, and what national documents ask. */
import { MEASURE_GROUPS, type Measure, type NationalDocument } from "../schemas/codebook.ts";
import type { ReferenceIdentity } from "./lineage/resolve.ts";
import type { PlanEntry } from "./model.ts";

/** A group of the codebook with its measures. */
export interface MeasureGroup {
  group: Measure["group"];
  measures: Measure[];
}

/** Measures in display order: by group (as `MEASURE_GROUPS`), keeping the given order inside a group. */
export function inGroupOrder(measures: readonly Measure[]): Measure[] {
  return measuresByGroup(measures).flatMap((g) => g.measures);
}

/** Measures under their groups, groups in display order; groups without measures are left out. */
export function measuresByGroup(measures: readonly Measure[]): MeasureGroup[] {
  return MEASURE_GROUPS.map((group) => ({ group, measures: measures.filter((m) => m.group === group) })).filter(
    (g) => g.measures.length > 0,
  );
}

/** What one national document asks of one measure, with the document's summary when there is one. */
export interface NationalAsk {
  document: NationalDocument;
  asks: string;
  /** The summarised plan of the document, found with the site's one reference resolver. */
  plan?: PlanEntry;
}

/** The asks of `measure`, each with its document and, when summarised, the document's plan. */
export function nationalAsks(
  measure: Measure,
  documents: readonly NationalDocument[],
  resolve: (ref: ReferenceIdentity) => PlanEntry | undefined,
): NationalAsk[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  return measure.national.flatMap((n) => {
    const document = byId.get(n.document);
    if (!document) return []; // the check refuses an unknown document
    const plan = document.number ? resolve({ ...document, number: document.number }) : undefined;
    return [{ document, asks: n.asks, plan }];
  });
}

/**
 * What the codebook says each summarised national document asks: plan slug → measure id → the ask.
 * Computed once for all plan pages (only the few national documents have any).
 */
export function asksByPlan(
  measures: readonly Measure[],
  documents: readonly NationalDocument[],
  resolve: (ref: ReferenceIdentity) => PlanEntry | undefined,
): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const m of measures)
    for (const ask of nationalAsks(m, documents, resolve)) {
      if (!ask.plan) continue;
      const mine = out.get(ask.plan.slug) ?? new Map<string, string>();
      // The first ask of a measure for a document, in codebook order.
      if (!mine.has(m.id)) mine.set(m.id, ask.asks);
      out.set(ask.plan.slug, mine);
    }
  return out;
}
