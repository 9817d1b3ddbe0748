/** Where each quote of a plan stands in its text reuse: shared wording, partly, or its own. Pure. */
import type { QuoteRef } from "../highlight.ts";
import { quoteSpansOf, type QuoteSpans } from "../quote-match.ts";
import { quoteReuse, type QuoteReuse, type SharedMark } from "./view.ts";

/**
 * `quoteKey(measure, index)` → where the quote stands; quotes not found in `source` are absent.
 * `known`: the spans the content check found (looked up again when absent; `source` may then be a
 * function that reads the text, called only if one is).
 */
export function quoteReuses(
  source: string | (() => string),
  quotes: readonly QuoteRef[],
  marks: readonly SharedMark[],
  known?: QuoteSpans,
): Map<string, QuoteReuse> {
  const out = new Map<string, QuoteReuse>();
  for (const [key, span] of quoteSpansOf(source, quotes, known)) out.set(key, quoteReuse(span, marks));
  return out;
}

/** One letter per reuse kind, for compact data files: c(hung), p(hần), r(iêng). */
export const REUSE_LETTER: Record<QuoteReuse["kind"], string> = { shared: "c", partly: "p", own: "r" };
