import { describe, expect, it } from "vitest";
import { describeState } from "../../../../src/lib/explorer/describe.ts";
import { cellsFromEntries, planResultFromEntry } from "../../../../src/lib/explorer/from-content.ts";
import {
  chartRows,
  facetCountsFromResults,
  facetCountsFromRows,
  localityMatrix,
  planResultFromRow,
} from "../../../../src/lib/explorer/shape.ts";
import { EMPTY_STATE } from "../../../../src/lib/explorer/state.ts";
import { fixtureContent } from "../../../fixture-corpus.ts";

const { plans, measures, provinces } = fixtureContent();
const bySlug = new Map(provinces.map((p) => [p.slug, p]));
const entries = plans;
const measureIds = measures.map((m) => m.id);

describe("planResultFromEntry(entry, provinces) and planResultFromRow(row)", () => {
  it("gives the same result from the content as from a database row", () => {
    const entry = entries.find((e) => e.slug === "ke-hoach-49-kh-duk-2018-dang-uy-khoi-tinh-thua-thien-hue");
    if (!entry) throw new Error("fixture plan missing");
    const fromContent = planResultFromEntry(entry, bySlug);
    const fromRow = planResultFromRow({
      slug: fromContent.slug,
      url: fromContent.url,
      title: fromContent.title,
      short_title: fromContent.shortTitle,
      number: fromContent.number,
      issued_label: fromContent.issuedLabel,
      sort_date: fromContent.sortDate,
      date_estimated: false,
      issuer: fromContent.issuer,
      issuer_kind: fromContent.issuerKind,
      issuer_level: fromContent.issuerLevel,
      province: "hue",
      province_name: "Huế",
      province_as_written: "Thừa Thiên Huế",
      place_name: null,
      measures_coded: fromContent.measuresCoded,
      levels: measureIds.map((id) => entry.plan.measures[id]?.level ?? -1),
      matched_quote: null,
    });
    expect(fromRow).toEqual(fromContent);
    expect(fromContent.provinceName).toBe("Huế");
  });
});

describe("localityMatrix(cells, measureIds, provinceOrder, minLevel)", () => {
  it("puts national documents first, then localities in file order, with their plan counts", () => {
    const cells = cellsFromEntries(entries, measureIds);
    const rows = localityMatrix(
      cells,
      ["lao-khoa"],
      provinces.map((p) => p.slug),
      1,
    );
    expect(rows[0]).toMatchObject({ province: "", planCount: 3 });
    const order = provinces.map((p) => p.slug);
    const rest = rows.slice(1).map((r) => order.indexOf(r.province));
    expect(rest).toEqual([...rest].sort((a, b) => a - b));
    const haTinh = rows.find((r) => r.province === "ha-tinh");
    expect(haTinh?.cells.get("lao-khoa")).toEqual({ maxLevel: 2, plans: 1 });
  });
});

describe("facetCountsFromResults(results, cells, minLevel) and facetCountsFromRows(rows)", () => {
  it("counts plans per option of each filter", () => {
    const results = entries.map((e) => planResultFromEntry(e, bySlug));
    const counts = facetCountsFromResults(results, cellsFromEntries(entries, measureIds), 1);
    expect(counts.issuerLevels.get("trung-uong")).toBe(3);
    expect(counts.measures.get("lao-khoa")).toBe(
      plans.filter((p) => (p.plan.measures["lao-khoa"]?.level ?? 0) > 0).length,
    );
    const fromRows = facetCountsFromRows([{ facet: "issuerLevels", value: "tinh", n: 3 }]);
    expect(fromRows.issuerLevels.get("tinh")).toBe(3);
  });
});

describe("chartRows(cells, results, measures)", () => {
  it("turns cells into the chart functions' rows, with titles and measure names", () => {
    const results = entries.map((e) => planResultFromEntry(e, bySlug));
    const rows = chartRows(cellsFromEntries(entries, measureIds), results.slice(0, 1), measures);
    expect(rows.length).toBe(measures.length);
    expect(rows[0]).toMatchObject({ shortTitle: results[0].shortTitle, measureShort: measures[0].shortName });
  });
});

describe("describeState(state, names)", () => {
  it("says the active filters in Vietnamese", () => {
    const names = { measures: new Map([["lao-khoa", "Lão khoa"]]), provinces: new Map([["hue", "Huế"]]) };
    expect(describeState(EMPTY_STATE, names)).toEqual([]);
    expect(
      describeState(
        {
          ...EMPTY_STATE,
          measures: ["lao-khoa"],
          minLevel: 2,
          kinds: ["party"],
          provinces: ["hue"],
          from: "2025-04-10",
        },
        names,
      ),
    ).toEqual(["Lão khoa (mức 2 trở lên: nhiệm vụ cụ thể)", "khối Đảng", "Huế", "từ 10/4/2025"]);
  });
});
