/**
 * Highlights a plan's quotes in its source text: every quote becomes a `<mark>` that the measures table
 * links to. Quotes may overlap or repeat (one sentence can prove two measures), so the text is cut at
 * every quote's start and end and each piece lists the measures that cover it.
 */
import { quoteKey, quoteSpansOf, type QuoteSpans } from "./quote-match.ts";
import { MAX_PASSAGE_LINKS, type SharedMark } from "./reuse/view.ts";

/** A quote of a plan: which measure, which of its quotes, and the words. */
export interface QuoteRef {
  measureId: string;
  /** Position among the measure's quotes, from 0. */
  index: number;
  text: string;
}

/** A piece of the source text, highlighted when some quote covers it. */
export interface SourceSegment {
  text: string;
  mark?: {
    /** Set on the piece where a quote starts: the anchor the measures table links to. */
    id?: string;
    /** Measures whose quotes cover this piece, in the order of the quotes given. */
    measures: string[];
  };
  /** Set when shared passages (text reuse) cover this piece. */
  shared?: {
    /** Passage ids covering it. */
    ids: string[];
    /** Set on the piece where passages' first occurrences start: "doan-<id>", one per passage. */
    anchors: string[];
    /**
     * Set on the last piece of a run of overlapping or touching passages: the passages of that run,
     * whose links to other plans go after it (once for the run, not once a passage).
     */
    ends: SharedMark[];
  };
}

/** The source cut into segments, and where each quote can be reached. */
export interface HighlightedSource {
  segments: SourceSegment[];
  /** `quoteKey(measureId, index)` → id of the `<mark>` where the quote starts. */
  anchors: Map<string, string>;
  /** Quotes not found in the source (the content check normally stops the build first). */
  missing: QuoteRef[];
  /** `quoteKey(measureId, index)` → where the quote lies in the source. */
  spans: Map<string, { start: number; end: number }>;
}

/** Key of a quote in `HighlightedSource.anchors`. */
export { quoteKey };

/** The anchor id of a quote: "trich-truyen-thong-2" for the second quote of `truyen-thong`. */
export const quoteAnchorId = (measureId: string, index: number) => `trich-${measureId}-${index + 1}`;

/** The anchor id of a shared passage in a plan's source text: "doan-18060520ac". */
export const passageAnchorId = (passageId: string) => `doan-${passageId}`;

/**
 * Cuts `source` at every quote's and shared passage's start and end; see `HighlightedSource`.
 * `shared` are the plan's shared passages (text reuse), marked apart from the quotes; `known` the
 * quotes' spans as the content check found them (looked up again when absent).
 */
export function highlightQuotes(
  source: string,
  quotes: readonly QuoteRef[],
  shared: readonly SharedMark[] = [],
  known?: QuoteSpans,
): HighlightedSource {
  const found = quoteSpansOf(source, quotes, known);
  const spans: { ref: QuoteRef; start: number; end: number }[] = [];
  const missing: QuoteRef[] = [];
  for (const ref of quotes) {
    const span = found.get(quoteKey(ref.measureId, ref.index));
    if (span) spans.push({ ref, ...span });
    else missing.push(ref);
  }
  const marks = shared.filter((m) => m.end > m.start && m.start >= 0 && m.end <= source.length);
  // Runs of passages that overlap or touch (at most one character apart): one set of links each.
  const runEnds = new Map<number, SharedMark[]>();
  {
    let run: SharedMark[] = [];
    let reach = -2;
    for (const m of [...marks].sort((a, b) => a.start - b.start || a.end - b.end)) {
      if (run.length > 0 && m.start > reach + 1) {
        runEnds.set(reach, run);
        run = [];
      }
      run.push(m);
      reach = Math.max(run.length === 1 ? m.end : reach, m.end);
    }
    if (run.length > 0) runEnds.set(reach, run);
  }
  const cuts = [
    ...new Set([
      0,
      source.length,
      ...spans.flatMap((s) => [s.start, s.end]),
      ...marks.flatMap((m) => [m.start, m.end]),
    ]),
  ].sort((a, b) => a - b);
  const anchors = new Map<string, string>();
  const segments: SourceSegment[] = [];
  const anchored = new Set<string>();
  // One sweep over the pieces: the quotes and passages covering a piece are those begun at or before
  // it and not yet ended (a filter of every quote for every piece made a long text's page slow).
  const spanSweep = new Sweep(spans);
  const markSweep = new Sweep(marks);
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const segment: SourceSegment = { text: source.slice(from, to) };
    const covering = spanSweep.covering(from, to);
    if (covering.length > 0) {
      const starting = covering.filter((s) => s.start === from);
      const id = starting.length > 0 ? quoteAnchorId(starting[0].ref.measureId, starting[0].ref.index) : undefined;
      for (const s of starting) if (id) anchors.set(quoteKey(s.ref.measureId, s.ref.index), id);
      segment.mark = { id, measures: [...new Set(covering.map((s) => s.ref.measureId))] };
    }
    const inPassages = markSweep.covering(from, to);
    if (inPassages.length > 0) {
      const fresh = [
        ...new Set(inPassages.filter((m) => m.start === from && !anchored.has(m.passageId)).map((m) => m.passageId)),
      ];
      for (const id of fresh) anchored.add(id);
      segment.shared = {
        ids: [...new Set(inPassages.map((m) => m.passageId))],
        anchors: fresh.map(passageAnchorId),
        ends: runEnds.get(to) ?? [],
      };
    }
    segments.push(segment);
  }
  const quoteSpans = new Map(
    spans.map((s) => [quoteKey(s.ref.measureId, s.ref.index), { start: s.start, end: s.end }]),
  );
  return { segments, anchors, missing, spans: quoteSpans };
}

/**
 * The spans covering each piece of a text cut at every span's start and end, asked piece by piece in
 * text order: those with start ≤ from and end ≥ to, in the order the spans were given.
 */
class Sweep<T extends { start: number; end: number }> {
  private readonly spans: readonly T[];
  private readonly byStart: number[];
  private next = 0;
  private readonly active: number[] = [];

  constructor(spans: readonly T[]) {
    this.spans = spans;
    this.byStart = spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start || a - b);
  }

  covering(from: number, to: number): T[] {
    let added = false;
    while (this.next < this.byStart.length && this.spans[this.byStart[this.next]].start <= from) {
      this.active.push(this.byStart[this.next++]);
      added = true;
    }
    // A span that ends before this piece's end ends at or before its start: no later piece is in it.
    let kept = 0;
    for (const i of this.active) if (this.spans[i].end >= to) this.active[kept++] = i;
    this.active.length = kept;
    if (added && this.active.length > 1) this.active.sort((a, b) => a - b);
    return this.active.map((i) => this.spans[i]);
  }
}

const BLANK_LINE = /\n[ \t]*\n/g;

/**
 * True when a text's extraction put a blank line after every line (most lines are followed by one):
 * such a text reads better with the blank lines dropped, which changes nothing of its words.
 */
export function isDoubleSpaced(text: string): boolean {
  const lines = text.split("\n");
  const filled = lines.filter((l) => l.trim() !== "").length;
  const blank = lines.length - filled;
  return filled > 10 && blank >= filled * 0.8;
}

const LEADING_NOISE = /^\s*(?:PAGE\s*\n\s*\d+\s*\n)?\s*/;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const SPECIAL = /[&<>"]/;

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return SPECIAL.test(text) ? text.replace(/[&<>"]/g, (c) => ESCAPES[c]) : text;
}

/**
 * The segments as HTML: plain text escaped, highlighted pieces in `<mark>` with their id and, as a
 * tooltip, the names of the measures they prove. Built as a string so that no template whitespace
 * slips into the preformatted text.
 */
export function segmentsToHtml(
  segments: readonly SourceSegment[],
  measureName: (id: string) => string,
  options: { doubleSpaced?: boolean } = {},
): string {
  return segments
    .map(({ text, mark, shared }, i) => {
      if (options.doubleSpaced) text = text.replace(BLANK_LINE, "\n");
      // Blank lines around the text, and a word processor's page-number field left at the top
      // ("PAGE" then a number, see data/README.md), are extraction noise.
      if (!mark && !shared && i === 0) text = text.replace(LEADING_NOISE, "");
      if (!mark && !shared && i === segments.length - 1) text = text.trimEnd();
      let html = escapeHtml(text);
      if (mark) {
        const id = mark.id ? ` id="${escapeHtml(mark.id)}"` : "";
        const title = escapeHtml(`Trích dẫn cho: ${mark.measures.map(measureName).join("; ")}`);
        html = `<mark${id} title="${title}" data-bien-phap="${escapeHtml(mark.measures.join(" "))}">${html}</mark>`;
      }
      if (shared) {
        // One element per anchor: the first is the marked piece, any other passage starting here too
        // gets an empty element of its own, so that every link finds its passage.
        const [first, ...more] = shared.anchors;
        const id = first ? ` id="${escapeHtml(first)}"` : "";
        const extra = more.map((a) => `<span class="chung-neo" id="${escapeHtml(a)}"></span>`).join("");
        html = `${extra}<span class="chung"${id} data-doan="${escapeHtml(shared.ids.join(" "))}">${html}</span>`;
        if (shared.ends.length > 0) html += passageLinksHtml(shared.ends);
      }
      return html;
    })
    .join("");
}

/**
 * After a run of shared passages: where else it occurs, as links to the same passage in the other
 * plans (each plan once, linked to the first passage of the run it carries), then "và N văn bản khác".
 */
function passageLinksHtml(run: readonly SharedMark[]): string {
  const seen = new Map<string, { label: string; passageId: string }>();
  let more = 0;
  for (const m of run) {
    for (const p of m.peers) if (!seen.has(p.slug)) seen.set(p.slug, { label: p.label, passageId: m.passageId });
    more = Math.max(more, m.more);
  }
  const shown = [...seen].slice(0, MAX_PASSAGE_LINKS);
  more += seen.size - shown.length;
  const links = shown.map(
    ([slug, p]) =>
      `<a href="/ke-hoach/${escapeHtml(slug)}/#${passageAnchorId(p.passageId)}">${escapeHtml(p.label)}</a>`,
  );
  // One passage knows how many more carry it; for several, the union is not known here.
  const rest = run.length === 1 ? `và ${more} văn bản khác` : "và các văn bản khác";
  if (more > 0) links.push(`<a href="/cau-chu-chung/#${passageAnchorId(run[0].passageId)}">${rest}</a>`);
  return ` <span class="chung-nguon">[cũng có ở: ${links.join("; ")}]</span>`;
}
