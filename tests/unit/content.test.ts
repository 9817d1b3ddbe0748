import { describe, expect, it } from "vitest";
import { checkCorpus } from "../../src/lib/check/index.ts";
import { findQuote, prepareSource } from "../../src/lib/quote-match.ts";
import { loadCorpus } from "../../scripts/lib/load-content.ts";

const corpus = loadCorpus();
const { issues, plans } = checkCorpus(corpus);

describe("the content of content/plans/", () => {
  it("passes every check without an error", () => {
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("validates every plan file", () => {
    expect(plans.length).toBe(corpus.plans.length);
  });

  it("finds every quote of every plan in its source text", () => {
    let count = 0;
    for (const { plan, file } of plans) {
      if (!plan.source) continue;
      const source = prepareSource(corpus.sources.get(plan.source) ?? "");
      for (const [id, coding] of Object.entries(plan.measures))
        for (const quote of coding.quotes) {
          count++;
          expect(findQuote(source, quote.text), `${file} › ${id}: ${quote.text}`).not.toBeNull();
        }
    }
    expect(count).toBeGreaterThan(20);
  });

  it("holds the five seed plans and the three national documents", () => {
    const sources = plans.map((p) => p.plan.source).filter(Boolean);
    expect(new Set(sources).size).toBe(5);
    const numbers = plans.map((p) => p.plan.number);
    expect(numbers).toEqual(
      expect.arrayContaining(["21-NQ/TW", "149-KL/TW", "1745/QĐ-TTg", "07-KH/ĐU-CDSL", "49-KH/ĐUK"]),
    );
  });
});
