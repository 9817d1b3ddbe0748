/**
 * Text reuse as a plan page shows it: the shared passages to mark in the source text (with the other
 * plans that carry each), how much of the plan is shared wording, the sections with the most words of
 * its own, and whether each quote lies in shared wording. Pure: the page hands it the rows of the
 * `passages` and `passage_occurrences` tables.
 */
import { citationSpans, type Span } from "./citations.ts";
import { tokenize, wordsInside } from "./tokens.ts";
import { ownSections, type OwnSection } from "./sections.ts";
import type { OccurrenceRow, PassageRow } from "./corpus.ts";

/** Links shown after a passage: at most this many other plans, then "và N văn bản khác". */
export const MAX_PASSAGE_LINKS = 3;

/** Another plan that carries a passage, for a link to it. */
export interface PassagePeer {
  slug: string;
  label: string;
}

/** A shared passage where it occurs in this plan's source text. */
export interface SharedMark extends Span {
  passageId: string;
  /** Documents that carry it, this one included. */
  documents: number;
  /** Up to MAX_PASSAGE_LINKS other plans, earliest first. */
  peers: PassagePeer[];
  /** Other plans beyond `peers`. */
  more: number;
}

/** The reuse tables, indexed for pages. */
export interface ReuseIndex {
  passages: Map<string, PassageRow>;
  /** Plan slug → its occurrences, in text order. */
  byPlan: Map<string, OccurrenceRow[]>;
  /** Passage id → the plans that carry it (each once), in the order given (earliest first). */
  plansOf: Map<string, string[]>;
  /** Plan slug → shared share (0–1), for plans with a stored source text. */
  share: Map<string, number>;
}

/**
 * Indexes the rows. `planOrder` lists plan slugs earliest first; plans of a passage are listed in that
 * order.
 */
export function indexReuse(
  passages: readonly PassageRow[],
  occurrences: readonly OccurrenceRow[],
  planOrder: readonly string[],
  share: ReadonlyMap<string, number> = new Map(),
): ReuseIndex {
  const rank = new Map(planOrder.map((s, i) => [s, i]));
  const byPlan = new Map<string, OccurrenceRow[]>();
  const plansOf = new Map<string, string[]>();
  // Each plan once per passage: a Set, not a scan of the list (a passage can be in every plan).
  const seen = new Map<string, Set<string>>();
  for (const o of occurrences) {
    const mine = byPlan.get(o.plan);
    if (mine) mine.push(o);
    else byPlan.set(o.plan, [o]);
    let carriers = seen.get(o.passage_id);
    if (!carriers) {
      carriers = new Set();
      seen.set(o.passage_id, carriers);
      plansOf.set(o.passage_id, []);
    }
    if (!carriers.has(o.plan)) {
      carriers.add(o.plan);
      plansOf.get(o.passage_id)!.push(o.plan);
    }
  }
  for (const list of byPlan.values()) list.sort((a, b) => a.start - b.start);
  const order = (s: string) => rank.get(s) ?? Number.MAX_SAFE_INTEGER;
  for (const list of plansOf.values()) list.sort((a, b) => order(a) - order(b) || (a < b ? -1 : 1));
  return { passages: new Map(passages.map((p) => [p.passage_id, p])), byPlan, plansOf, share: new Map(share) };
}

/** The passages of substance (citations left out) to mark in `slug`'s source text. */
export function sharedMarks(index: ReuseIndex, slug: string, label: (slug: string) => string): SharedMark[] {
  const out: SharedMark[] = [];
  for (const o of index.byPlan.get(slug) ?? []) {
    const p = index.passages.get(o.passage_id);
    if (!p || p.citation) continue;
    // The plan itself is one of the carriers (its occurrence is one of them), so the first
    // MAX_PASSAGE_LINKS + 1 carriers hold every peer named: never read the whole list (a passage can
    // be in every plan, and every plan page asks).
    const carriers = index.plansOf.get(o.passage_id) ?? [];
    const peers: PassagePeer[] = [];
    for (let i = 0; i < carriers.length && i <= MAX_PASSAGE_LINKS && peers.length < MAX_PASSAGE_LINKS; i++)
      if (carriers[i] !== slug) peers.push({ slug: carriers[i], label: label(carriers[i]) });
    const others = carriers.length - 1;
    out.push({
      start: o.start,
      end: o.end,
      passageId: o.passage_id,
      documents: p.documents,
      peers,
      more: Math.max(0, others - peers.length),
    });
  }
  return out;
}

export type { OwnSection };

/** The plan's shared wording in words, and its sections with the most words of its own. */
export interface ReuseSummary {
  words: number;
  sharedWords: number;
  citationWords: number;
  /** Passages of substance it shares (each counted once). */
  passages: number;
  /** Sections, most own words first. */
  sections: OwnSection[];
}

/**
 * How much of `source` the marks cover, and where its own wording is. The data build counts the same
 * for every plan with the passages (corpusReuse); a page counts it here when that count is missing.
 */
export function reuseSummary(source: string, marks: readonly SharedMark[]): ReuseSummary {
  const tokens = tokenize(source);
  const cited = wordsInside(tokens, citationSpans(source));
  const shared = wordsInside(tokens, marks);
  let sharedWords = 0;
  let citationWords = 0;
  for (let i = 0; i < tokens.words.length; i++) {
    if (cited[i]) citationWords++;
    else if (shared[i]) sharedWords++;
  }
  return {
    words: tokens.words.length,
    sharedWords,
    citationWords,
    passages: new Set(marks.map((m) => m.passageId)).size,
    sections: ownSections(source, tokens, (i) => !cited[i] && !shared[i]),
  };
}

/** Whether a quote lies in shared wording, and the passage that covers most of it. */
export interface QuoteReuse {
  /** "shared": at least half of it is shared wording; "partly": some of it; "own": none. */
  kind: "shared" | "partly" | "own";
  /** Share of the quote's characters inside shared passages (0–1). */
  coverage: number;
  /** Documents carrying that passage (this one included); 0 when the quote is the plan's own. */
  documents: number;
  /** The passage, for a link into the source text. */
  passageId?: string;
}

/** Where a quote (a span of the source) stands: in shared wording, partly, or the plan's own. */
export function quoteReuse(span: Span, marks: readonly SharedMark[]): QuoteReuse {
  const length = span.end - span.start;
  let covered = 0;
  let best: SharedMark | undefined;
  let bestOverlap = 0;
  let reach = span.start;
  for (const m of byStart(marks)) {
    // In text order: a passage starting past the quote's end, and every one after it, misses it.
    if (m.start >= span.end) break;
    const overlap = Math.min(span.end, m.end) - Math.max(span.start, m.start);
    if (overlap <= 0) continue;
    const from = Math.max(reach, m.start);
    const to = Math.min(span.end, m.end);
    if (to > from) covered += to - from;
    reach = Math.max(reach, to);
    if (overlap > bestOverlap) [best, bestOverlap] = [m, overlap];
  }
  const coverage = length > 0 ? covered / length : 0;
  if (!best || coverage === 0) return { kind: "own", coverage: 0, documents: 0 };
  return {
    kind: coverage >= 0.5 ? "shared" : "partly",
    coverage,
    documents: best.documents,
    passageId: best.passageId,
  };
}

/** The marks in text order: as given when they already are (sharedMarks lists them so), else sorted. */
function byStart(marks: readonly SharedMark[]): readonly SharedMark[] {
  for (let i = 1; i < marks.length; i++)
    if (marks[i].start < marks[i - 1].start) return [...marks].sort((a, b) => a.start - b.start);
  return marks;
}
