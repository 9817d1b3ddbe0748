import { describe, expect, it } from "vitest";
import { MATRIX_READABLE_PLANS } from "../../../../src/lib/charts/matrix-cap.ts";
import type { PlanMeasureCell, PlanResult } from "../../../../src/lib/explorer/shape.ts";
import { EMPTY_STATE } from "../../../../src/lib/explorer/state.ts";
import { resultsView, type Results } from "../../../../src/lib/explorer/view.ts";

const measures = [
  { id: "lao-khoa", name: "Mạng lưới lão khoa", shortName: "Lão khoa", group: "Chăm sóc" },
  { id: "du-lieu-dan-cu", name: "Dữ liệu dân cư", shortName: "Dữ liệu", group: "Quản lý" },
];
const ctx = { measures, provinceNames: new Map([["hue", "Huế"]]) };

/** `n` plans of Huế, newest first, each coding both measures at level 2. */
function results(n: number, state = EMPTY_STATE): Results {
  const plans: PlanResult[] = Array.from({ length: n }, (_, i) => ({
    slug: `ke-hoach-${String(n - i).padStart(3, "0")}`,
    url: `/ke-hoach/ke-hoach-${String(n - i).padStart(3, "0")}/`,
    title: null,
    shortTitle: `KH ${n - i}`,
    number: null,
    issuedLabel: "1/1/2025",
    sortDate: "2025-01-01",
    dateEstimated: false,
    issuer: "UBND tỉnh",
    issuerKind: "government",
    issuerLevel: "tinh",
    province: "hue",
    provinceName: "Huế",
    provinceAsWritten: null,
    placeName: null,
    measuresCoded: 2,
    measuresAtLevel: 2,
    matchedQuote: null,
  }));
  const cells: PlanMeasureCell[] = plans.flatMap((p) =>
    measures.map((m) => ({
      slug: p.slug,
      measureId: m.id,
      level: 2,
      quote: null,
      province: "hue",
      issuerKind: "government",
      issuerLevel: "tinh",
      date: "2025-01-01",
      estimated: false,
    })),
  );
  const counts = { measures: new Map(), issuerLevels: new Map(), kinds: new Map(), provinces: new Map() };
  const perMeasure = new Map(
    measures.map((m) => [
      m.id,
      { maxLevel: n > 0 ? 2 : null, atLevel: n, notCoded: 0, levels: [0, 0, n, 0] as [number, number, number, number] },
    ]),
  );
  const summary = { total: n, provinces: n > 0 ? new Map([["hue", { plans: n, measures: perMeasure }]]) : new Map() };
  return { state, total: n, plans, cells, counts, summary };
}

describe("resultsView(results, ctx, limit)", () => {
  it("draws the newest MATRIX_READABLE_PLANS plans of larger results in the matrix chart and says so", () => {
    const total = MATRIX_READABLE_PLANS + 5;
    const r = results(total);
    const view = resultsView(r, ctx, total);
    const drawn = [...new Set(view.matrixRows.map((row) => row.slug))];
    expect(drawn).toEqual(r.plans.slice(0, MATRIX_READABLE_PLANS).map((p) => p.slug));
    expect(view.coverage.map((c) => c.counts)).toEqual(measures.map(() => [0, 0, total, 0]));
    expect(view.units).toEqual([{ slug: "hue", name: "Huế", plans: total }]);
    expect(view.chartNote).toBe(
      `Ma trận chỉ vẽ ${MATRIX_READABLE_PLANS} văn bản mới nhất trong ${total} văn bản của kết quả; ` +
        "bảng Kết quả ở trên liệt kê đủ.",
    );
  });

  it("says nothing about the chart when it draws every plan", () => {
    expect(resultsView(results(3), ctx, 3).chartNote).toBeNull();
  });

  it("counts every matching plan when only the table's first rows were read", () => {
    const r = { ...results(5), total: 500 };
    const view = resultsView(r, ctx, 5);
    expect(view.remaining).toBe(495);
    expect(view.tableHtml).toContain("500 văn bản khớp bộ lọc; bảng hiện 5 văn bản mới nhất");
    expect(view.summary).toBe("500 văn bản (chưa lọc).");
  });

  it("lists `limit` rows, counts the rest and describes the filter", () => {
    const view = resultsView(results(5, { ...EMPTY_STATE, provinces: ["hue"] }), ctx, 2);
    expect(view.remaining).toBe(3);
    expect(view.tableHtml).toContain("5 văn bản khớp bộ lọc; bảng hiện 2 văn bản mới nhất");
    expect(view.tableHtml.match(/<tr data-slug=/g)?.length).toBe(2);
    expect(view.summary).toBe("5 văn bản khớp: Huế.");
    expect(resultsView(results(5), ctx, 5).summary).toBe("5 văn bản (chưa lọc).");
  });

  it("shows nothing but the summary when no plan matches", () => {
    const view = resultsView(results(0), ctx, 10);
    expect(view).toMatchObject({ summary: "0 văn bản (chưa lọc).", tableHtml: "", matrixHtml: "", remaining: 0 });
  });
});
