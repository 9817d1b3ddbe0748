/**
 * Sentences inside a block and the quote proposed for a hit: one contiguous passage of the source,
 * ideally one sentence or clause of 60–300 characters, never crossing page-number residue.
 */
import type { Block, Segmented } from "./segment.ts";
import { collapseSpaces } from "./text.ts";

/** A span of the source: [start, end). */
export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END = /[.!?]["”)*]*\s+(?=[-+•]?\s*\p{Lu})/gu;
const ROW_BULLET = /\s[-+]\s+(?=\p{Lu})/gu;
const LEAD = /^(?:[-+•*–]\s*|\d{1,2}\s*[.)]\s+|\(?[a-zđ]\)\s+)+/u;
const MAX = 300;
const DEADLINE_IN_CELL =
  /truoc ngay|hang (quy|nam|thang)|\d+\s*%|\d+ (dot|bai|lan|bao cao|buoi)\b|thang \d{1,2}[/.-]\d{4}|\bquy (i{1,3}|iv|[1-4])\b|\bnam (19|20)\d{2}\b|\b(19|20)\d{2} ?- ?(19|20)\d{2}\b/;
const MIN = 60;

const boundaryCache = new WeakMap<Block, number[]>();

/** Offsets where a sentence (or a table cell) starts inside `block`, in order. */
function boundaries(seg: Segmented, block: Block): number[] {
  let cached = boundaryCache.get(block);
  if (cached) return cached;
  const text = seg.text.slice(block.start, block.end);
  const cuts = new Set<number>([block.start]);
  for (const m of text.matchAll(SENTENCE_END)) cuts.add(block.start + m.index + m[0].length);
  for (const m of text.matchAll(/\t+/g)) cuts.add(block.start + m.index + m[0].length);
  if (block.kind === "row") for (const m of text.matchAll(ROW_BULLET)) cuts.add(block.start + m.index + m[0].length);
  cached = [...cuts].sort((a, b) => a - b);
  boundaryCache.set(block, cached);
  return cached;
}

/** The sentence (or table cell) of `block` that contains offset `at`. */
export function sentenceAt(seg: Segmented, block: Block, at: number): Span {
  const cuts = boundaries(seg, block);
  let start = block.start;
  let end = block.end;
  for (const c of cuts) {
    if (c <= at) start = c;
    else {
      end = c;
      break;
    }
  }
  return trim(seg.text, { start, end });
}

/** `span` without surrounding whitespace, list markers and trailing commas or semicolons. */
function trim(text: string, span: Span): Span {
  let { start, end } = span;
  const lead = LEAD.exec(text.slice(start, end));
  if (lead) start += lead[0].length;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,;\t]/.test(text[end - 1])) end--;
  return { start, end };
}

/** Splits `span` at every occurrence of `sep`, keeping the pieces' offsets. */
function pieces(text: string, span: Span, sep: RegExp): Span[] {
  const out: Span[] = [];
  let at = span.start;
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(sep)) {
    const end = span.start + m.index + m[0].length;
    out.push({ start: at, end });
    at = end;
  }
  out.push({ start: at, end: span.end });
  return out.filter((p) => p.end > p.start);
}

/**
 * Grows the piece holding `hit` with its neighbours while the whole stays within `max` characters:
 * first to the left (towards the verb that governs it, up to two thirds of `max`), then to the right.
 */
function around(parts: Span[], hit: Span, max: number): Span {
  let i = parts.findIndex((p) => p.start <= hit.start && hit.start < p.end);
  if (i < 0) i = 0;
  let lo = i;
  let hi = i;
  while (hi + 1 < parts.length && parts[hi].end < hit.end && parts[hi + 1].end - parts[lo].start <= max) hi++;
  while (lo > 0 && parts[hi].end - parts[lo - 1].start <= (max * 2) / 3) lo--;
  while (hi + 1 < parts.length && parts[hi].end - parts[lo].start < MIN && parts[hi + 1].end - parts[lo].start <= max)
    hi++;
  return { start: parts[lo].start, end: parts[hi].end };
}

/** The part of `span` on the side of `hit` when page residue cuts through it. */
function avoidResidue(seg: Segmented, span: Span, hit: Span): Span {
  let { start, end } = span;
  for (const r of seg.residue) {
    if (r.end <= start || r.start >= end) continue;
    if (r.end <= hit.start) start = r.end;
    else if (r.start >= hit.end) end = r.start;
  }
  return trim(seg.text, { start, end });
}

/**
 * The quote proposed for a hit: its sentence, cut down to the clause (";") or to the comma-separated
 * pieces around the hit when longer than 300 characters, and extended over the next cells of a table
 * row when shorter than 60. Whitespace is collapsed, as the quote check allows. Null when too short.
 */
export function pickQuote(seg: Segmented, block: Block, hit: Span): string | null {
  let span = sentenceAt(seg, block, hit.start);
  if (span.end - span.start > MAX) {
    const clause = around(pieces(seg.text, span, /;\s*/g), hit, MAX);
    span = clause.end - clause.start > MAX ? around(pieces(seg.text, span, /,\s*/g), hit, MAX) : clause;
    span = trim(seg.text, span);
  }
  if (span.end - span.start < MIN && block.kind === "row") {
    // A short cell: add the next cells (body, deadline) up to the first that states a deadline.
    const ends = [...boundaries(seg, block).filter((c) => c > span.end), block.end];
    const spans = ends.map((c) => trim(seg.text, { start: span.start, end: c })).filter((x) => x.end - x.start <= 200);
    const withDeadline = spans.find((x) => DEADLINE_IN_CELL.test(seg.folded.slice(x.start, x.end)));
    span = withDeadline ?? spans.find((x) => x.end - x.start >= MIN) ?? spans.at(-1) ?? span;
  }
  span = avoidResidue(seg, span, hit);
  const text = collapseSpaces(seg.text.slice(span.start, span.end));
  return text.length >= 8 ? text : null;
}
