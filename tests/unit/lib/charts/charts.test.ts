import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import {
  adoptionMatrixChart,
  coverageChart,
  measureLevelsChart,
  timelineChart,
} from "../../../../src/lib/charts/index.ts";
import { LEVEL_FILL, LEVEL_INK } from "../../../../src/lib/charts/palette.ts";
import type { ChartFunction, PlanMeasureRow } from "../../../../src/lib/charts/types.ts";

const rows = JSON.parse(readFileSync("tests/fixtures/charts/rows.json", "utf8")) as PlanMeasureRow[];
const { document } = parseHTML("<!doctype html><html><body></body></html>");
const SEED_000 = "ke-hoach-07-kh-du-cdsl-2025-truong-cao-dang-son-la";
const NQ21 = "nghi-quyet-21-nq-tw-2017";

const charts: [string, ChartFunction][] = [
  ["adoptionMatrixChart", adoptionMatrixChart],
  ["coverageChart", coverageChart],
  ["timelineChart", timelineChart],
  ["measureLevelsChart", measureLevelsChart],
];

describe.each(charts)("%s(rows, options)", (_name, chart) => {
  it("returns a figure with a title, a description, an SVG drawing and a table alternative", () => {
    const figure = chart(rows, { document });
    expect(figure.tagName).toBe("FIGURE");
    expect(figure.querySelector("figcaption .chart-title")?.textContent).not.toBe("");
    expect(figure.querySelector("figcaption .chart-description")?.textContent?.length).toBeGreaterThan(20);
    expect(figure.querySelector(".chart-drawing svg")).not.toBeNull();
    expect(figure.querySelector("details summary")?.textContent).toBe("Xem số liệu dạng bảng");
    expect(figure.querySelectorAll("details table tbody tr").length).toBeGreaterThan(0);
  });

  it("keeps Plot's own stylesheet and system font out, so the page font draws the diacritics", () => {
    const svg = chart(rows, { document }).querySelector(".chart-drawing svg")!;
    expect(svg.querySelector("style")).toBeNull();
    expect(svg.hasAttribute("font-family")).toBe(false);
  });

  it("takes the title the page gives", () => {
    const figure = chart(rows, { document, title: "Tiêu đề riêng" });
    expect(figure.querySelector(".chart-title")?.textContent).toBe("Tiêu đề riêng");
  });

  it("draws an empty corpus without throwing", () => {
    expect(() => chart([], { document })).not.toThrow();
  });

  it("asks for a document when run outside a browser without one", () => {
    expect(() => chart(rows)).toThrow(/document/);
  });
});

describe("adoptionMatrixChart(rows, options)", () => {
  const figure = adoptionMatrixChart(rows, { document });
  const cellFor = (slug: string, measure: string) =>
    figure.querySelector(`a[href="/ke-hoach/${slug}/#bp-${measure}"] rect`) ??
    figure.querySelector(`a[href="/ke-hoach/${slug}/#bp-${measure}"]`);

  it("links every cell to the measure's row on the plan's page", () => {
    expect(figure.querySelectorAll('svg a[href^="/ke-hoach/"][href*="#bp-"]').length).toBe(8 * 20);
  });

  it("tells a level 0 cell from a cell not coded", () => {
    const zero = cellFor(SEED_000, "lao-khoa");
    const notCoded = cellFor(NQ21, "lao-khoa");
    expect(zero?.getAttribute("fill")).toBe(LEVEL_FILL[0]);
    expect(notCoded?.getAttribute("fill")).toMatch(/^url\(#chua-ma-hoa-/);
    const pattern = notCoded?.getAttribute("fill")?.slice("url(#".length, -1);
    expect(figure.querySelector(`pattern[id="${pattern}"]`)).not.toBeNull();
  });

  it("prints each coded level as a digit too, not only as colour", () => {
    const digits = [...figure.querySelectorAll("svg text")].map((t) => t.textContent);
    expect(digits.filter((d) => d === "3").length).toBeGreaterThan(0);
    expect(digits.filter((d) => d === "0").length).toBeGreaterThan(0);
  });

  it("puts the documents not coded first and the most committed plan next", () => {
    const first = figure.querySelector("details tbody tr th")?.textContent;
    expect(first).toMatch(/21-NQ\/TW/);
    const rowsText = [...figure.querySelectorAll("details tbody tr th")].map((th) => th.textContent ?? "");
    expect(rowsText.slice(0, 3).every((t) => /NQ|KL|QĐ/.test(t))).toBe(true);
    const score = new Map<string, number>();
    for (const r of rows) score.set(r.shortTitle, (score.get(r.shortTitle) ?? 0) + (r.level ?? 0));
    const best = Math.max(...score.values());
    expect(score.get(rowsText[3])).toBe(best);
  });

  it("orders measures from the most to the least adopted", () => {
    const head = [...figure.querySelectorAll("details thead th")].map((th) => th.textContent);
    expect(head[0]).toBe("Văn bản");
    expect(head.slice(1, 3)).toContain("Kiểm tra, giám sát");
    expect(head.at(-1)).not.toBe("Kiểm tra, giám sát");
  });

  it("puts plan names above their rows when narrow, so the cells fit a phone", () => {
    const narrow = adoptionMatrixChart(rows, { document, width: 343 });
    const svg = narrow.querySelector(".chart-drawing svg")!;
    expect(svg.getAttribute("width")).toBe("343");
    expect(narrow.classList.contains("chart--wide")).toBe(false);
    expect(adoptionMatrixChart(rows, { document }).classList.contains("chart--wide")).toBe(true);
  });

  it("gives the hatching of two matrices on one page different ids", () => {
    const a = adoptionMatrixChart(rows, { document }).querySelector("pattern")?.id;
    const b = adoptionMatrixChart(rows, { document, width: 343 }).querySelector("pattern")?.id;
    const c = adoptionMatrixChart(rows.slice(0, 40), { document }).querySelector("pattern")?.id;
    expect(new Set([a, b, c]).size).toBe(3);
  });
});

describe("coverageChart(rows, options)", () => {
  const figure = coverageChart(rows, { document });

  it("counts, for each measure, the coded plans at each level and leaves the others out", () => {
    const row = [...figure.querySelectorAll("details tbody tr")].find((tr) =>
      tr.querySelector("th")?.textContent?.startsWith("Mạng lưới lão khoa"),
    );
    const cells = [...(row?.querySelectorAll("td") ?? [])].map((td) => Number(td.textContent));
    // levels 3, 2, 1, 0, then not coded
    expect(cells).toEqual([0, 2, 0, 3, 3]);
    expect(figure.querySelector(".chart-description")?.textContent).toContain("không tính 3 văn bản chưa mã hóa");
  });

  it("links each measure's name to its page", () => {
    expect(figure.querySelector('svg a[href="/bien-phap/lao-khoa/"]')?.textContent).toBe("Lão khoa");
  });
});

describe("timelineChart(rows, options)", () => {
  const figure = timelineChart(rows, { document });

  it("draws a document without a printed date hollow, at its earliest possible date", () => {
    const hollow = figure.querySelectorAll(
      'svg a[href="/ke-hoach/ke-hoach-ubnd-dak-lak-thuc-hien-kl-149-2025/"] [fill="#ffffff"]',
    );
    expect(hollow.length).toBe(1);
    const row = [...figure.querySelectorAll("details tbody tr")].find((tr) => tr.textContent?.includes("Đắk Lắk"));
    expect(row?.querySelector("td")?.textContent).toBe("sau 15/8/2025");
  });

  it("labels years as numbers and issuer kinds in Vietnamese", () => {
    const text = figure.textContent ?? "";
    expect(text).toContain("2025");
    expect(text).not.toMatch(/Jan|Jun|Aug/);
    expect([...figure.querySelectorAll(".chart-legend li")].map((li) => li.textContent)).toContain("Đảng");
  });
});

describe("measureLevelsChart(rows, options)", () => {
  it("draws the first measure of the rows and names it in the title", () => {
    const figure = measureLevelsChart(
      rows.filter((r) => r.measureId === "lao-khoa" || r.measureId === "truyen-thong"),
      { document },
    );
    expect(figure.querySelector(".chart-title")?.textContent).toContain("Mạng lưới lão khoa");
    expect(figure.querySelectorAll("details tbody tr").length).toBe(8);
  });

  it("sorts plans from the most concrete level down, documents not coded last", () => {
    const figure = measureLevelsChart(
      rows.filter((r) => r.measureId === "kiem-tra-giam-sat"),
      { document },
    );
    const levels = [...figure.querySelectorAll("details tbody tr td")].map((td) => td.textContent);
    expect(levels[0]).toMatch(/^3/);
    expect(levels.at(-1)).toBe("Chưa mã hóa");
  });
});

describe("measureLevelsChart(rows, options) with many plans", () => {
  const one = rows.filter((r) => r.measureId === "truyen-thong");
  const many = Array.from({ length: 8 }, (_, i) => one.map((r) => ({ ...r, slug: `${r.slug}-${i}` }))).flat();
  const figure = measureLevelsChart(many, { document });

  it("counts plans per level instead of drawing a row per plan", () => {
    expect(figure.querySelectorAll("details tbody tr").length).toBe(5);
    const counts = [...figure.querySelectorAll("details tbody tr")].map((tr) => tr.querySelector("td")?.textContent);
    expect(counts).toEqual(["8", "32", "0", "0", "24"]);
    expect(Number(figure.querySelector(".chart-drawing svg")?.getAttribute("height"))).toBeLessThan(300);
  });
});

describe("palette", () => {
  it("matches the level colours of the stylesheet, so badges and charts agree", () => {
    const css = readFileSync("src/styles/charts.css", "utf8");
    LEVEL_FILL.forEach((fill, level) => expect(css).toContain(`--level-${level}: ${fill};`));
    LEVEL_INK.forEach((ink, level) => expect(css).toContain(`--level-${level}-ink: ${ink};`));
  });
});
