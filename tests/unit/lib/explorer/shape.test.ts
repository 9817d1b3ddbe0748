import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withDatabase } from "../../../../src/data/explorer-db.ts";
import { describeState } from "../../../../src/lib/explorer/describe.ts";
import {
  chartRows,
  facetCountsFromRows,
  localityMatrix,
  planResultFromRow,
} from "../../../../src/lib/explorer/shape.ts";
import { EMPTY_STATE } from "../../../../src/lib/explorer/state.ts";
import { measureOrder, queryResults, type Results } from "../../../../src/lib/explorer/view.ts";
import { fixtureContent } from "../../../fixture-corpus.ts";
import { buildFixtureDatabase } from "./wasm-db.ts";

const { plans, measures, provinces } = fixtureContent();
let built: Awaited<ReturnType<typeof buildFixtureDatabase>>;
let results: Results;

beforeAll(async () => {
  built = await buildFixtureDatabase();
  results = await withDatabase(built.file, async (db) =>
    queryResults(db, EMPTY_STATE, await measureOrder(db), plans.length),
  );
}, 60_000);
afterAll(() => built?.cleanup());

describe("planResultFromRow(row, minLevel)", () => {
  it("reads a results row, counting the measures at or above the minimum level", () => {
    const row = {
      slug: "ke-hoach-mau",
      url: "/ke-hoach/ke-hoach-mau/",
      short_title: "KH mẫu",
      number: null,
      issued_label: "không ghi ngày (sau 24/9/2025)",
      sort_date: "2025-09-24",
      date_estimated: true,
      issuer: "UBND tỉnh Huế",
      issuer_kind: "government",
      issuer_level: "tinh",
      province: "hue",
      province_name: "Huế",
      province_as_written: "Thừa Thiên Huế",
      place_name: null,
      measures_coded: 3,
      levels: [2, null, 0, 3],
      matched_quote: null,
    };
    expect(planResultFromRow(row, 2)).toEqual({
      slug: "ke-hoach-mau",
      url: "/ke-hoach/ke-hoach-mau/",
      title: null,
      shortTitle: "KH mẫu",
      number: null,
      issuedLabel: "không ghi ngày (sau 24/9/2025)",
      sortDate: "2025-09-24",
      dateEstimated: true,
      issuer: "UBND tỉnh Huế",
      issuerKind: "government",
      issuerLevel: "tinh",
      province: "hue",
      provinceName: "Huế",
      provinceAsWritten: "Thừa Thiên Huế",
      placeName: null,
      measuresCoded: 3,
      measuresAtLevel: 2,
      matchedQuote: null,
    });
  });
});

describe("localityMatrix(cells, measureIds, provinceOrder, minLevel)", () => {
  it("puts national documents first, then localities in file order, with their plan counts", () => {
    const rows = localityMatrix(
      results.cells,
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

describe("facetCountsFromRows(rows)", () => {
  it("counts plans per option of each filter", () => {
    expect(results.counts.issuerLevels.get("trung-uong")).toBe(3);
    expect(results.counts.measures.get("lao-khoa")).toBe(
      plans.filter((p) => (p.plan.measures["lao-khoa"]?.level ?? 0) > 0).length,
    );
    const fromRows = facetCountsFromRows([{ facet: "issuerLevels", value: "tinh", n: 3 }]);
    expect(fromRows.issuerLevels.get("tinh")).toBe(3);
  });
});

describe("chartRows(cells, results, measures)", () => {
  it("turns cells into the chart functions' rows, with titles and measure names", () => {
    const first = results.plans.slice(0, 1);
    const rows = chartRows(results.cells, first, measures);
    expect(rows.length).toBe(measures.length);
    const m = measures.find((x) => x.id === rows[0].measureId);
    expect(rows[0]).toMatchObject({ shortTitle: first[0].shortTitle, measureShort: m?.shortName });
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
