/** Where each quote of a plan stands in its text reuse: shared wording, partly, or its own. Pure. */
import { quoteKey, type QuoteRef } from "../highlight.ts";
import { findQuote, prepareSource } from "../quote-match.ts";
import { quoteReuse, type QuoteReuse, type SharedMark } from "./view.ts";

/** `quoteKey(measure, index)` → where the quote stands; quotes not found in `source` are absent. */
export function quoteReuses(
  source: string,
  quotes: readonly QuoteRef[],
  marks: readonly SharedMark[],
): Map<string, QuoteReuse> {
  const out = new Map<string, QuoteReuse>();
  if (quotes.length === 0) return out;
  const prepared = prepareSource(source);
  for (const q of quotes) {
    const span = findQuote(prepared, q.text);
    if (span) out.set(quoteKey(q.measureId, q.index), quoteReuse(span, marks));
  }
  return out;
}

/** One letter per reuse kind, for compact data files: c(hung), p(hần), r(iêng). */
export const REUSE_LETTER: Record<QuoteReuse["kind"], string> = { shared: "c", partly: "p", own: "r" };
