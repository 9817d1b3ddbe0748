import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../../src/data/corpus.ts";
import { highlightQuotes, quoteKey, type QuoteRef } from "../../../src/lib/highlight.ts";
import { quoteReuses } from "../../../src/lib/reuse/quotes.ts";
import { FIXTURE_DATA, FIXTURE_PATHS } from "../../fixture-corpus.ts";

/** The check finds every quote once and hands its span to the pages: the spans must be the pages' own. */
describe("the check's quote spans", () => {
  const corpus = loadCorpus(FIXTURE_PATHS);
  const withSource = corpus.plans.filter((p) => p.plan.source);

  it("has a span for every quote of every plan with a source text, and for nothing else", () => {
    expect(withSource.length).toBeGreaterThan(0);
    for (const { slug, plan } of corpus.plans) {
      const keys = Object.entries(plan.measures).flatMap(([id, c]) => c.quotes.map((_, i) => quoteKey(id, i)));
      expect([...(corpus.quoteSpans.get(slug)?.keys() ?? [])].sort(), slug).toEqual(plan.source ? keys.sort() : []);
    }
  });

  it("gives the plan page the spans it would find itself", () => {
    for (const { slug, plan } of withSource) {
      const source = readFileSync(join(FIXTURE_DATA, "sources", plan.source!), "utf8");
      const quotes: QuoteRef[] = Object.entries(plan.measures).flatMap(([measureId, c]) =>
        c.quotes.map((q, index) => ({ measureId, index, text: q.text })),
      );
      const known = corpus.quoteSpans.get(slug);
      expect(highlightQuotes(source, quotes, [], known), slug).toEqual(highlightQuotes(source, quotes));
      expect(quoteReuses(source, quotes, [], known)).toEqual(quoteReuses(source, quotes, []));
    }
  });
});

describe("highlightQuotes(source, quotes, shared, known)", () => {
  const SOURCE = "Tăng cường tuyên truyền. Báo cáo hàng quý.";
  const quotes: QuoteRef[] = [
    { measureId: "truyen-thong", index: 0, text: "tuyên truyền" },
    { measureId: "bao-cao", index: 0, text: "Báo cáo hàng quý" },
  ];

  it("takes a known span as it is and looks up only the quotes it lacks", () => {
    const known = new Map([[quoteKey("truyen-thong", 0), { start: 0, end: 9 }]]);
    const { spans } = highlightQuotes(SOURCE, quotes, [], known);
    expect(spans.get(quoteKey("truyen-thong", 0))).toEqual({ start: 0, end: 9 });
    expect(spans.get(quoteKey("bao-cao", 0))).toEqual({ start: 25, end: 41 });
  });
});
