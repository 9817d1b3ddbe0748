import { describe, expect, it } from "vitest";
import {
  highlightQuotes,
  isDoubleSpaced,
  quoteKey,
  segmentsToHtml,
  type QuoteRef,
} from "../../../src/lib/highlight.ts";

const SOURCE = "I. MỤC ĐÍCH\nTăng cường tuyên truyền về kế hoạch hoá gia đình.\nBáo cáo hàng quý về Văn phòng.";
const q = (measureId: string, index: number, text: string): QuoteRef => ({ measureId, index, text });
const marked = (source: string, quotes: QuoteRef[]) =>
  highlightQuotes(source, quotes)
    .segments.filter((s) => s.mark)
    .map((s) => s.text)
    .join("|");

describe("highlightQuotes(source, quotes)", () => {
  it("marks a quote where it stands and gives it an anchor named after its measure", () => {
    const { segments, anchors } = highlightQuotes(SOURCE, [q("kiem-tra-giam-sat", 0, "Báo cáo hàng quý")]);
    expect(segments.map((s) => s.text).join("")).toBe(SOURCE);
    expect(segments.find((s) => s.mark)?.text).toBe("Báo cáo hàng quý");
    expect(anchors.get(quoteKey("kiem-tra-giam-sat", 0))).toBe("trich-kiem-tra-giam-sat-1");
  });

  it("finds a quote written with the other tone placement and across a line break", () => {
    const text = marked(SOURCE, [q("suc-khoe-sinh-san", 0, "kế hoạch hóa gia đình. Báo cáo")]);
    expect(text).toBe("kế hoạch hoá gia đình.\nBáo cáo");
  });

  it("lets two measures share one quote, linking both to the same mark", () => {
    const quote = "Tăng cường tuyên truyền";
    const { anchors, segments } = highlightQuotes(SOURCE, [q("truyen-thong", 0, quote), q("mat-can-bang", 1, quote)]);
    expect(anchors.get(quoteKey("truyen-thong", 0))).toBe("trich-truyen-thong-1");
    expect(anchors.get(quoteKey("mat-can-bang", 1))).toBe("trich-truyen-thong-1");
    expect(segments.filter((s) => s.mark?.id).length).toBe(1);
    expect(segments.find((s) => s.mark)?.mark?.measures).toEqual(["truyen-thong", "mat-can-bang"]);
  });

  it("cuts overlapping quotes into pieces, each quote still reachable from where it starts", () => {
    const { anchors, segments } = highlightQuotes(SOURCE, [
      q("a", 0, "Tăng cường tuyên truyền về kế hoạch"),
      q("b", 0, "tuyên truyền về kế hoạch hoá gia đình"),
    ]);
    const pieces = segments.filter((s) => s.mark);
    expect(pieces.map((s) => s.text)).toEqual(["Tăng cường ", "tuyên truyền về kế hoạch", " hoá gia đình"]);
    expect(pieces.map((s) => s.mark?.measures)).toEqual([["a"], ["a", "b"], ["b"]]);
    expect(pieces.map((s) => s.mark?.id)).toEqual(["trich-a-1", "trich-b-1", undefined]);
    expect(anchors.get(quoteKey("b", 0))).toBe("trich-b-1");
  });

  it("lists the measures of a piece in the order of the quotes, whichever quote starts first", () => {
    // c starts first but comes last; a lies inside b; b ends where the text goes on unmarked.
    const { segments } = highlightQuotes(SOURCE, [
      q("a", 0, "về kế hoạch"),
      q("b", 0, "tuyên truyền về kế hoạch hoá"),
      q("c", 0, "Tăng cường tuyên truyền về"),
    ]);
    const pieces = segments.filter((s) => s.mark).map((s) => [s.text, s.mark?.measures.join(",")]);
    expect(pieces).toEqual([
      ["Tăng cường ", "c"],
      ["tuyên truyền ", "b,c"],
      ["về", "a,b,c"],
      [" kế hoạch", "a,b"],
      [" hoá", "b"],
    ]);
  });

  it("reports a quote that is not in the source instead of marking something else", () => {
    const { missing, segments } = highlightQuotes(SOURCE, [q("a", 0, "không có trong văn bản")]);
    expect(missing.map((m) => m.text)).toEqual(["không có trong văn bản"]);
    expect(segments.some((s) => s.mark)).toBe(false);
  });
});

describe("segmentsToHtml(segments, measureName)", () => {
  it("escapes the source text so nothing in it can become markup", () => {
    const { segments } = highlightQuotes('Điều 1 <script>alert("x")</script> & hết', [q("a", 0, "Điều 1")]);
    const html = segmentsToHtml(segments, () => "A");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; hết");
  });

  it("writes each mark with its id and the names of the measures it proves", () => {
    const { segments } = highlightQuotes(SOURCE, [q("truyen-thong", 0, "Tăng cường tuyên truyền")]);
    const html = segmentsToHtml(segments, (id) => (id === "truyen-thong" ? "Truyền thông" : id));
    expect(html).toContain(
      '<mark id="trich-truyen-thong-1" title="Trích dẫn cho: Truyền thông" data-bien-phap="truyen-thong">Tăng cường tuyên truyền</mark>',
    );
  });

  it("drops the blank lines and the page-number field left at the top of an extracted text", () => {
    const { segments } = highlightQuotes("PAGE  \n3\n\n\tĐẢNG BỘ KHỐI\n\n", []);
    expect(segmentsToHtml(segments, (id) => id)).toBe("ĐẢNG BỘ KHỐI");
  });
});

describe("isDoubleSpaced(text)", () => {
  it("recognises a text extracted with a blank line after every line, and only that", () => {
    const lines = Array.from({ length: 20 }, (_, i) => `dòng ${i} `);
    expect(isDoubleSpaced(lines.join("\n \n"))).toBe(true);
    expect(isDoubleSpaced(lines.join("\n"))).toBe(false);
    expect(isDoubleSpaced(["I. MỤC ĐÍCH", "", ...lines.slice(0, 8), "", "II. NHIỆM VỤ", "", ...lines].join("\n"))).toBe(
      false,
    );
  });

  it("drops those blank lines when writing the HTML, leaving the words as they were", () => {
    const source = "Dòng một \n \nDòng hai \n \nDòng ba";
    const { segments } = highlightQuotes(source, [q("a", 0, "Dòng hai Dòng ba")]);
    expect(segmentsToHtml(segments, (id) => id, { doubleSpaced: true })).toBe(
      'Dòng một \n<mark id="trich-a-1" title="Trích dẫn cho: a" data-bien-phap="a">Dòng hai \nDòng ba</mark>',
    );
  });
});
