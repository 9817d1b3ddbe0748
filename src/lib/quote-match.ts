import type { Segmented } from "./extract/segment.ts";
import { blankResidue, pageResidue } from "./extract/text.ts";
import { toneInsensitiveKey } from "./vietnamese.ts";

/** Where a quote stands in its source, as offsets into the source string. */
export interface QuoteSpan {
  start: number;
  end: number;
}

/** Key of a quote of a plan: the `index`-th quote (from 0) of measure `measureId`. */
export const quoteKey = (measureId: string, index: number) => `${measureId}:${index}`;

/**
 * Where each quote of a plan was found, by `quoteKey`: the content check finds every quote once and
 * hands the spans to the pages, which would otherwise look each one up again.
 */
export type QuoteSpans = ReadonlyMap<string, QuoteSpan>;

/**
 * The spans of `quotes` in `source`: taken from `known` when it has them, found otherwise (the source
 * is prepared only if one is missing; given as a function, it is not even read then). A quote the
 * source lacks is absent.
 */
export function quoteSpansOf(
  source: string | (() => string),
  quotes: readonly { measureId: string; index: number; text: string }[],
  known?: QuoteSpans,
): Map<string, QuoteSpan> {
  const out = new Map<string, QuoteSpan>();
  let prepared: PreparedSource | undefined;
  for (const q of quotes) {
    const key = quoteKey(q.measureId, q.index);
    const span =
      known?.get(key) ??
      findQuote((prepared ??= prepareSource(typeof source === "string" ? source : source())), q.text);
    if (span) out.set(key, span);
  }
  return out;
}

/** A source text prepared once for many quote look-ups. */
export interface PreparedSource {
  text: string;
  key: string;
  origin: number[];
  /** The source segmented into sections, computed once when a check first needs it. */
  segmented?: Segmented;
}

/**
 * Prepares `text` for `findQuote`. Page furniture ("PAGE 3", "- 3 -", a lone page number on its line)
 * is blanked first, so a quote that runs across a page break is found as the reader sees it.
 */
export function prepareSource(text: string): PreparedSource {
  const { key, origin } = toneInsensitiveKey(blankResidue(text, pageResidue(text)));
  return { text, key, origin };
}

/**
 * Finds `quote` in `source`, ignoring Unicode form, tone placement ("hoá"/"hóa"), typographic quotes and
 * dashes, and runs of whitespace (line breaks included). Case and every other character must match.
 * Returns the span in the original source text, or null.
 */
export function findQuote(source: PreparedSource, quote: string): QuoteSpan | null {
  const needle = toneInsensitiveKey(quote).key;
  if (needle.length === 0) return null;
  const at = source.key.indexOf(needle);
  if (at < 0) return null;
  // A tone mark is keyed at the end of its word but comes from a letter inside it: take the extremes.
  let start = Infinity;
  let last = -1;
  for (let i = at; i < at + needle.length; i++) {
    start = Math.min(start, source.origin[i]);
    last = Math.max(last, source.origin[i]);
  }
  const lastChar = String.fromCodePoint(source.text.codePointAt(last) ?? 0);
  return { start, end: last + lastChar.length };
}
