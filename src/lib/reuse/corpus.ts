/**
 * Text reuse over the corpus: the shared passages of every plan's stored source text, as the rows of
 * the `passages` and `passage_occurrences` tables and each plan's shared share. One source text used
 * by two plans is one document. Documents are taken earliest first (by date, then file name), so a
 * passage's text is that of the earliest document. Pure.
 */
import { sortDate } from "../format.ts";
import { issuerKey } from "../identity.ts";
import type { PlanEntry } from "../model.ts";
import { findSharedPassages } from "./detect.ts";
import type { ReuseSummary } from "./view.ts";

/** A row of the `passages` table. */
export type PassageRow = {
  passage_id: string;
  text: string;
  words: number;
  documents: number;
  issuers: number;
  citation: boolean;
  first_plan: string;
};

/** A row of the `passage_occurrences` table. */
export type OccurrenceRow = {
  passage_id: string;
  plan: string;
  start: number;
  end: number;
  words: number;
};

export interface CorpusReuse {
  passages: PassageRow[];
  occurrences: OccurrenceRow[];
  /** Plan slug → shared share (0–1); plans without a stored source text are absent. */
  share: Map<string, number>;
  /** Plan slug → what its page says of its shared wording (as `reuseSummary` counts it from the marks). */
  summaries: Map<string, ReuseSummary>;
}

/** The shared passages of the plans' source texts (`sources`: file name → text). */
export function corpusReuse(plans: readonly PlanEntry[], sources: ReadonlyMap<string, string>): CorpusReuse {
  const bySource = new Map<string, PlanEntry[]>();
  for (const entry of plans) {
    const file = entry.plan.source;
    if (!file || !sources.has(file)) continue;
    const list = bySource.get(file);
    if (list) list.push(entry);
    else bySource.set(file, [entry]);
  }
  // Each source's earliest date, once, then sources by it (and by name).
  const firstDate = new Map(
    [...bySource].map(([file, list]) => [
      file,
      list.map((e) => sortDate(e.plan.issued)?.date ?? "9999-12-31").sort()[0] ?? "9999-12-31",
    ]),
  );
  const files = [...bySource.keys()].sort((a, b) => {
    const [da, db] = [firstDate.get(a)!, firstDate.get(b)!];
    return da < db ? -1 : da > db ? 1 : a < b ? -1 : a > b ? 1 : 0;
  });
  const docPlans = files.map((f) =>
    (bySource.get(f) ?? []).slice().sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)),
  );
  const { passages, documents } = findSharedPassages(files.map((f) => sources.get(f) ?? ""));

  // Each document's issuers, once: a passage can be carried by thousands of documents.
  const docIssuers = docPlans.map((list) => list.map((e) => issuerKey(e.plan.issuer)));
  const passageRows: PassageRow[] = [];
  const occurrences: OccurrenceRow[] = [];
  for (const p of passages) {
    const issuers = new Set(p.docs.flatMap((d) => docIssuers[d]));
    passageRows.push({
      passage_id: p.id,
      text: p.text,
      words: p.words,
      documents: p.docs.length,
      issuers: issuers.size,
      citation: p.citation,
      first_plan: docPlans[p.docs[0]][0].slug,
    });
    for (const o of p.occurrences)
      for (const e of docPlans[o.doc])
        occurrences.push({
          passage_id: p.id,
          plan: e.slug,
          start: o.start,
          end: o.end,
          words: o.wordEnd - o.wordStart,
        });
  }
  const share = new Map<string, number>();
  const summaries = new Map<string, ReuseSummary>();
  documents.forEach((d, i) => {
    const { words, sharedWords, citationWords, passages: carried, sections } = d;
    for (const e of docPlans[i]) {
      share.set(e.slug, Math.round(d.share * 10000) / 10000);
      summaries.set(e.slug, { words, sharedWords, citationWords, passages: carried, sections });
    }
  });
  return { passages: passageRows, occurrences, share, summaries };
}
