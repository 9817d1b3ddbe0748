import { describe, expect, it } from "vitest";
import { findQuote, prepareSource, quoteKey, quoteSpansOf } from "../../../src/lib/quote-match.ts";

describe("findQuote(source, quote)", () => {
  const text = "II. NHIỆM VỤ\n- Chuyển trọng tâm từ kế hoạch hoá gia đình\nsang dân số và phát triển.";
  const source = prepareSource(text);

  it("finds a quote across a line break and returns its span in the source", () => {
    const span = findQuote(source, "kế hoạch hoá gia đình sang dân số");
    expect(span).not.toBeNull();
    expect(text.slice(span!.start, span!.end)).toBe("kế hoạch hoá gia đình\nsang dân số");
  });

  it("matches new tone placement against old", () => {
    const span = findQuote(source, "kế hoạch hóa gia đình");
    expect(text.slice(span!.start, span!.end)).toBe("kế hoạch hoá gia đình");
  });

  it("ends the span after the last letter when the quote ends in a toned word", () => {
    const span = findQuote(source, "Chuyển trọng tâm từ kế hoạch hóa");
    expect(text.slice(span!.start, span!.end)).toBe("Chuyển trọng tâm từ kế hoạch hoá");
  });

  it("returns null for words that are not in the source", () => {
    expect(findQuote(source, "mạng lưới lão khoa")).toBeNull();
    expect(findQuote(source, "")).toBeNull();
  });

  it("treats typographic quotes and dashes as their plain forms", () => {
    const typographic = prepareSource("gọi là “Kết luận” – như trên");
    expect(findQuote(typographic, '"Kết luận" - như')).not.toBeNull();
  });
});

describe("quoteSpansOf(source, quotes, known)", () => {
  const text = "II. NHIỆM VỤ\n- Chuyển trọng tâm từ kế hoạch hoá gia đình\nsang dân số và phát triển.";
  const quotes = [
    { measureId: "a", index: 0, text: "kế hoạch hóa gia đình" },
    { measureId: "b", index: 0, text: "dân số và phát triển" },
  ];

  it("reads the source only when a quote has no span from the check", () => {
    let reads = 0;
    const read = () => (reads++, text);
    const all = quoteSpansOf(read, quotes);
    expect(reads).toBe(1);
    const known = new Map([...all].map(([k, v]) => [k, v]));
    expect(quoteSpansOf(read, quotes, known)).toEqual(all);
    expect(reads).toBe(1);
    known.delete(quoteKey("b", 0));
    expect(quoteSpansOf(read, quotes, known)).toEqual(all);
    expect(reads).toBe(2);
  });
});
