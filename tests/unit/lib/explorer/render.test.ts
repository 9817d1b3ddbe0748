import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { escapeHtml } from "../../../../src/lib/html.ts";
import { renderMatrix, renderResultsTable, shorten } from "../../../../src/lib/explorer/render.ts";
import { localityMatrix, type PlanMeasureCell, type PlanResult } from "../../../../src/lib/explorer/shape.ts";

const result = (over: Partial<PlanResult> = {}): PlanResult => ({
  slug: "ke-hoach-a",
  url: "/ke-hoach/ke-hoach-a/",
  title: "Kế hoạch A",
  shortTitle: "KH A",
  number: "1-KH/TU",
  issuedLabel: "28/6/2025",
  sortDate: "2025-06-28",
  dateEstimated: false,
  issuer: "Tỉnh ủy Huế",
  issuerKind: "party",
  issuerLevel: "tinh",
  province: "hue",
  provinceName: "Huế",
  provinceAsWritten: "Thừa Thiên Huế",
  placeName: null,
  measuresCoded: 20,
  measuresAtLevel: 7,
  matchedQuote: null,
  ...over,
});

const cell = (
  slug: string,
  measureId: string,
  level: number | null,
  province: string | null = "hue",
): PlanMeasureCell => ({
  slug,
  measureId,
  level,
  quote: level ? `trích dẫn ${measureId}` : null,
  province,
  issuerKind: "party",
  issuerLevel: "tinh",
  date: "2025-06-28",
  estimated: false,
});

const doc = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
const LAO_KHOA = { id: "lao-khoa", name: "Mạng lưới lão khoa", shortName: "Lão khoa" };

describe("renderResultsTable(results, options)", () => {
  it("links every plan to its page and shows where it applies, with the name the document used", () => {
    const d = doc(renderResultsTable([result()], { chosen: [], cells: [], minLevel: 1, limit: 10 }));
    expect(d.querySelector("tbody a")?.getAttribute("href")).toBe("/ke-hoach/ke-hoach-a/");
    expect(d.querySelector("tbody")?.textContent).toContain("Huế (văn bản ghi: Thừa Thiên Huế)");
    expect(d.querySelector("caption")?.textContent).toBe("1 văn bản khớp bộ lọc");
  });

  it("offers to compare every plan, naming the plan for screen readers", () => {
    const d = doc(renderResultsTable([result()], { chosen: [], cells: [], minLevel: 1, limit: 10 }));
    const link = d.querySelector("tbody a.so-sanh-lk");
    expect(link?.getAttribute("href")).toBe("/so-sanh/?ke-hoach=ke-hoach-a");
    expect(link?.textContent).toBe("So sánh: KH A");
  });

  it("shows a column per chosen measure with the level and the quote", () => {
    const d = doc(
      renderResultsTable([result()], {
        chosen: [LAO_KHOA],
        cells: [cell("ke-hoach-a", "lao-khoa", 2)],
        minLevel: 1,
        limit: 10,
      }),
    );
    expect([...d.querySelectorAll("thead th")].map((th) => th.textContent)).toContain("Lão khoa");
    const td = d.querySelectorAll("tbody td");
    expect(td[td.length - 1].textContent).toContain("mức 2: Nhiệm vụ cụ thể");
    expect(td[td.length - 1].querySelector("q")?.textContent).toBe("trích dẫn lao-khoa");
  });

  it("renders at most `limit` rows and says how many there are", () => {
    const many = Array.from({ length: 5 }, (_, i) => result({ slug: `kh-${i}`, url: `/ke-hoach/kh-${i}/` }));
    const d = doc(renderResultsTable(many, { chosen: [], cells: [], minLevel: 1, limit: 2 }));
    expect(d.querySelectorAll("tbody tr").length).toBe(2);
    expect(d.querySelector("caption")?.textContent).toBe("5 văn bản khớp bộ lọc; bảng hiện 2 văn bản mới nhất");
  });

  it("escapes content, so a title cannot inject markup", () => {
    const html = renderResultsTable([result({ shortTitle: '<img src=x onerror="alert(1)">' })], {
      chosen: [],
      cells: [],
      minLevel: 1,
      limit: 10,
    });
    expect(html).not.toContain("<img");
    expect(doc(html).querySelector("tbody a")?.textContent).toBe('<img src=x onerror="alert(1)">');
  });
});

describe("renderMatrix(rows, measures, names, minLevel)", () => {
  it("shows each locality's highest level per measure and how many plans reach the minimum", () => {
    const cells = [cell("a", "lao-khoa", 1), cell("b", "lao-khoa", 3), cell("n", "lao-khoa", null, null)];
    const html = renderMatrix(
      localityMatrix(cells, ["lao-khoa"], ["hue"], 1),
      [LAO_KHOA],
      new Map([["hue", "Huế"]]),
      1,
    );
    const rows = [...doc(html).querySelectorAll("tbody tr")].map((tr) =>
      [...tr.children].map((c) => c.textContent?.replace(/\s+/g, " ").trim()),
    );
    expect(rows).toEqual([
      ["Trung ương, toàn quốc (1)", "–Chưa mã hóa"],
      ["Huế (2)", "3mức 3: Có cơ quan và chỉ tiêu/thời hạn2 VB"],
    ]);
  });

  it("renders nothing for no rows", () => {
    expect(renderMatrix([], [LAO_KHOA], new Map(), 1)).toBe("");
  });
});

describe("escapeHtml(text) and shorten(text)", () => {
  it("escapes the five HTML-special characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });

  it("cuts a long quote at a word and marks the cut", () => {
    const text = "một hai ba bốn năm sáu bảy tám chín mười ".repeat(10);
    const short = shorten(text, 50);
    expect(short.length).toBeLessThanOrEqual(51);
    expect(short.endsWith("…")).toBe(true);
    expect(shorten("ngắn", 50)).toBe("ngắn");
  });
});
