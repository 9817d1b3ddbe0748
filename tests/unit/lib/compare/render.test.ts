import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import type { CompareData, ComparePlan } from "../../../../src/lib/compare/data.ts";
import { levelsDiffer, renderComparison } from "../../../../src/lib/compare/render.ts";

const plan = (s: string, m: ComparePlan["m"], over: Partial<ComparePlan> = {}): ComparePlan => ({
  s,
  t: `KH ${s}`,
  n: `1-KH/${s}`,
  i: "Tỉnh ủy",
  l: "tinh",
  d: "1/7/2025",
  loc: "Huế",
  p: null,
  m,
  ...over,
});

const data: CompareData = {
  measures: [
    { id: "lao-khoa", name: "Mạng lưới lão khoa", group: "Già hóa dân số" },
    { id: "cham-soc", name: "Chăm sóc người cao tuổi", group: "Già hóa dân số" },
    { id: "truyen-thong", name: "Truyền thông", group: "Truyền thông và giáo dục" },
  ],
  plans: [],
};

const doc = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

describe("levelsDiffer(levels)", () => {
  it("is false when every plan codes the measure at the same level", () => {
    expect(levelsDiffer([2, 2, 2])).toBe(false);
    expect(levelsDiffer([null, null])).toBe(false);
  });

  it("is true when one plan's level differs", () => {
    expect(levelsDiffer([2, 2, 3])).toBe(true);
  });

  it("counts a measure not coded as differing from one coded 0", () => {
    expect(levelsDiffer([0, null])).toBe(true);
  });
});

describe("renderComparison(data, plans)", () => {
  const a = plan("a", { "lao-khoa": [2, "trích dẫn một", "trích dẫn hai", "trích dẫn ba"], "cham-soc": [1, "x y z"] });
  const b = plan("b", { "lao-khoa": [3, "trích dẫn khác"], "cham-soc": [1, "u v w"] }, { p: { s: "a", t: "KH a" } });
  const d = doc(renderComparison(data, [a, b]));

  it("gives one column per plan, headed by a link to its page", () => {
    const heads = [...d.querySelectorAll("thead th")].map((th) => th.textContent);
    expect(heads).toEqual(["Văn bản", "KH a", "KH b"]);
    expect(d.querySelector("thead a")?.getAttribute("href")).toBe("/ke-hoach/a/");
  });

  it("marks the rows whose levels differ, and only those", () => {
    const marked = [...d.querySelectorAll("tr.is-khac")].map((tr) => tr.getAttribute("data-bien-phap"));
    expect(marked).toEqual(["lao-khoa"]);
    expect(d.querySelector("caption")?.textContent).toContain("mức khác nhau ở 1 biện pháp");
  });

  it("groups the measures under their codebook groups", () => {
    expect([...d.querySelectorAll(".ss-nhom th")].map((th) => th.textContent)).toEqual([
      "Già hóa dân số",
      "Truyền thông và giáo dục",
    ]);
  });

  it("shows the first quote and keeps the rest behind a details element", () => {
    const td = d.querySelector('tr[data-bien-phap="lao-khoa"] td');
    expect(td?.querySelector(":scope > blockquote")?.textContent).toBe("trích dẫn một");
    expect(td?.querySelector("details summary")?.textContent).toBe("Thêm 2 trích dẫn");
    expect(td?.querySelectorAll("details blockquote")).toHaveLength(2);
  });

  it("says a measure a plan does not code is not coded", () => {
    expect(d.querySelector('tr[data-bien-phap="truyen-thong"] td')?.textContent).toBe("Chưa mã hóa");
  });

  it("puts the metadata rows on top, the parent linked when it has a page", () => {
    const rows = [...d.querySelectorAll("tr.ss-meta th")].map((th) => th.textContent);
    expect(rows).toEqual(["Số", "Cơ quan ban hành", "Cấp", "Ngày ban hành", "Thực hiện văn bản"]);
    const parent = d.querySelectorAll("tr.ss-meta")[4].querySelectorAll("td");
    expect(parent[0].textContent).toBe("Không ghi");
    expect(parent[1].querySelector("a")?.getAttribute("href")).toBe("/ke-hoach/a/");
  });

  it("names each cell's plan for the stacked phone layout", () => {
    expect(d.querySelector('tr[data-bien-phap="lao-khoa"] td:last-child')?.getAttribute("data-nhan")).toBe("KH b");
  });

  it("escapes content, so a title cannot inject markup", () => {
    const evil = plan("c", {}, { t: '<img src=x onerror="alert(1)">' });
    expect(renderComparison(data, [a, evil])).not.toContain("<img");
  });
});
