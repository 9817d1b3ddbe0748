import { describe, expect, it } from "vitest";
import { SQL_EXAMPLES } from "../../../../src/lib/explorer/examples.ts";
import {
  conditions,
  facetsQuery,
  MEASURE_ORDER_SQL,
  measureCountsInSummary,
  provinceCountsInSummary,
  quotesQuery,
  resultsQuery,
  searchWords,
  summaryQuery,
} from "../../../../src/lib/explorer/query.ts";
import {
  addQuotes,
  cellsFromRows,
  chartRows,
  localityMatrix,
  planResultFromRow,
  summaryFromRows,
} from "../../../../src/lib/explorer/shape.ts";
import { levelCounts } from "../../../../src/lib/charts/data.ts";
import { coverageOfSummary, matrixOfSummary, measureCountsFromSummary } from "../../../../src/lib/explorer/view.ts";
import { EMPTY_STATE, type FilterState } from "../../../../src/lib/explorer/state.ts";
import { foldVietnamese } from "../../../../src/lib/vietnamese.ts";
import { fixtureContent, parentFixtureCorpus } from "../../../fixture-corpus.ts";
import { useFixtureWasm } from "./wasm-db.ts";

const { plans, measures } = fixtureContent();
/** The codebook order, which the fixture database's levels lists follow. */
const ORDER = measures.map((m) => m.id);
const HEADLINE = ["lao-khoa", "muc-sinh-thay-the", "mat-can-bang-gioi-tinh", "du-lieu-dan-cu"];

const wasm = useFixtureWasm();
const parentWasm = useFixtureWasm(() => {
  const { plans, measures, provinces } = parentFixtureCorpus();
  return { plans, measures, provinces };
});

const state = (s: Partial<FilterState>): FilterState => ({ ...EMPTY_STATE, ...s });
const slugsOf = (s: Partial<FilterState>) =>
  wasm()
    .query(resultsQuery(state(s), ORDER))
    .map((r) => String(r.slug));
const sorted = (xs: string[]) => [...xs].sort();
const levelOf = (slug: string, id: string) => plans.find((p) => p.slug === slug)?.plan.measures[id]?.level ?? null;
const withLevel = (id: string, min: number) =>
  plans.filter((p) => (p.plan.measures[id]?.level ?? -1) >= min).map((p) => p.slug);

describe("resultsQuery(state)", () => {
  it("lists every plan, newest first, when nothing is filtered", () => {
    const rows = wasm().query(resultsQuery(EMPTY_STATE, ORDER));
    expect(rows.length).toBe(plans.length);
    const dates = rows.map((r) => String(r.sort_date));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  for (const id of HEADLINE)
    it(`lists exactly the plans that code ${id} above 0`, () => {
      expect(sorted(slugsOf({ measures: [id] }))).toEqual(sorted(withLevel(id, 1)));
    });

  it("keeps only plans at the minimum level or above", () => {
    expect(sorted(slugsOf({ measures: ["lao-khoa"], minLevel: 2 }))).toEqual(sorted(withLevel("lao-khoa", 2)));
    expect(slugsOf({ measures: ["lao-khoa"], minLevel: 3 })).toEqual(withLevel("lao-khoa", 3));
  });

  it("widens with 'any' and narrows with 'all' when several measures are chosen", () => {
    const ids = ["lao-khoa", "du-lieu-dan-cu"];
    const any = slugsOf({ measures: ids, mode: "any" });
    const all = slugsOf({ measures: ids, mode: "all" });
    expect(sorted(any)).toEqual(sorted([...new Set([...withLevel(ids[0], 1), ...withLevel(ids[1], 1)])]));
    expect(all.every((s) => ids.every((id) => (levelOf(s, id) ?? 0) >= 1))).toBe(true);
    expect(all.length).toBeLessThanOrEqual(any.length);
  });

  it("filters by issuer level and kind", () => {
    const expected = plans
      .filter((p) => p.plan.issuerLevel === "tinh" && p.plan.issuerKind === "party")
      .map((p) => p.slug);
    expect(sorted(slugsOf({ issuerLevels: ["tinh"], kinds: ["party"] }))).toEqual(sorted(expected));
  });

  it("filters by today's province", () => {
    expect(slugsOf({ provinces: ["hue"] })).toEqual(["ke-hoach-49-kh-duk-2018-dang-uy-khoi-tinh-thua-thien-hue"]);
  });

  it("answers the question of the brief: geriatric network at level 2 or more since KL 149", () => {
    const expected = plans
      .filter((p) => (p.plan.measures["lao-khoa"]?.level ?? 0) >= 2)
      .filter((p) => (p.plan.issued.date ?? p.plan.issued.after ?? p.plan.issued.before ?? "") >= "2025-04-10")
      .map((p) => p.slug);
    expect(expected.length).toBeGreaterThan(0);
    expect(sorted(slugsOf({ measures: ["lao-khoa"], minLevel: 2, from: "2025-04-10" }))).toEqual(sorted(expected));
  });

  it("keeps the date range inclusive at both ends", () => {
    expect(slugsOf({ from: "2017-10-25", to: "2017-10-25" })).toEqual(["nghi-quyet-21-nq-tw-2017"]);
  });

  it("finds text typed without diacritics: 'lao khoa' finds 'lão khoa' and shows the quote", () => {
    const rows = wasm().query(resultsQuery(state({ text: "lao khoa" }), ORDER));
    expect(rows.length).toBeGreaterThan(0);
    const quoted = rows.find((r) => r.matched_quote !== null);
    expect(foldVietnamese(String(quoted?.matched_quote))).toContain("lao khoa");
  });

  it("finds 'đ' when 'd' is typed, and old province names", () => {
    expect(slugsOf({ text: "dak lak" })).toContain("ke-hoach-ubnd-dak-lak-thuc-hien-kl-149-2025");
    expect(slugsOf({ text: "thua thien hue" })).toContain("ke-hoach-49-kh-duk-2018-dang-uy-khoi-tinh-thua-thien-hue");
  });

  it("treats SQL typed into the text box as text, not as a statement", () => {
    expect(slugsOf({ text: "'; DROP TABLE plans; --" })).toEqual([]);
    expect(wasm().run("SELECT count(*) AS n FROM plans")[0].n).toBe(plans.length);
  });
});

describe("conditions(state, skip)", () => {
  it("puts every chosen value in the parameters, never in the SQL", () => {
    const s = state({
      measures: ["lao-khoa"],
      issuerLevels: ["tinh"],
      kinds: ["party"],
      provinces: ["hue"],
      from: "2020-01-01",
      text: "Đắk Lắk",
    });
    const { sql, params } = conditions(s, ORDER);
    for (const v of ["lao-khoa", "tinh", "party", "hue", "2020-01-01", "dak"]) expect(sql).not.toContain(v);
    for (const v of ["tinh", "party", "hue", "2020-01-01", "dak"]) expect(params).toContain(v);
    // The measure travels as its index in the levels lists.
    expect(params[0]).toBe(ORDER.indexOf("lao-khoa") + 1);
  });

  it("finds no plan for a measure the codebook order lacks", () => {
    const rows = wasm().query(resultsQuery(state({ measures: ["khong-co"] }), ORDER));
    expect(rows).toEqual([]);
  });

  it("leaves out the skipped facet", () => {
    expect(conditions(state({ issuerLevels: ["tinh"] }), ORDER, "issuerLevels").sql).toBe("TRUE");
  });
});

describe("searchWords(text)", () => {
  it("folds, deduplicates and caps the words of the free text", () => {
    expect(searchWords("  Lão KHOA lão ")).toEqual(["lao", "khoa"]);
    expect(searchWords("a b c d e f g h i j").length).toBe(8);
  });
});

describe("resultsQuery(state, { full: true }) and quotesQuery(state, page)", () => {
  it("gives every plan's level of every measure, and the first quote of each chosen measure", () => {
    const chosen = ["muc-sinh-thay-the", "lao-khoa"];
    const rows = wasm().query(resultsQuery(state({ measures: chosen }), ORDER, { full: true }));
    expect(rows.every((r) => typeof r.title === "string")).toBe(true);
    const cells = cellsFromRows(rows, ORDER);
    expect(cells.length).toBe(rows.length * measures.length);
    for (const c of cells) {
      const coding = plans.find((p) => p.slug === c.slug)?.plan.measures[c.measureId];
      expect(c.level, `${c.slug} ${c.measureId}`).toBe(coding?.level ?? null);
      expect(c.quote, `${c.slug} ${c.measureId}`).toBe(
        chosen.includes(c.measureId) ? (coding?.quotes[0]?.text ?? null) : null,
      );
    }
  });

  it("fetches the same quotes for the rows the table shows", () => {
    const chosen = ["muc-sinh-thay-the", "lao-khoa"];
    const rows = wasm().query(resultsQuery(state({ measures: chosen }), ORDER));
    const cells = cellsFromRows(rows, ORDER);
    expect(cells.every((c) => c.quote === null)).toBe(true);
    addQuotes(cells, wasm().query(quotesQuery(state({ measures: chosen }), ORDER, { limit: rows.length })));
    const full = cellsFromRows(wasm().query(resultsQuery(state({ measures: chosen }), ORDER, { full: true })), ORDER);
    expect(cells).toEqual(full);
  });

  it("fetches the quotes of exactly one page of the table", () => {
    const chosen = ["lao-khoa"];
    const s = state({ measures: chosen, minLevel: 1 });
    const page = wasm().query(resultsQuery(s, ORDER, { limit: 2, offset: 1 }));
    const quotes = wasm().query(quotesQuery(s, ORDER, { limit: 2, offset: 1 }));
    const withQuote = page.filter((r) => plans.find((p) => p.slug === r.slug)?.plan.measures["lao-khoa"]?.quotes[0]);
    expect(quotes.map((q) => q.plan).sort()).toEqual(withQuote.map((r) => r.slug).sort());
    expect(quotes.every((q) => q.measure === "lao-khoa")).toBe(true);
  });

  it("reads the codebook order that the levels lists follow from the database", () => {
    expect(
      wasm()
        .query({ sql: MEASURE_ORDER_SQL, params: [] })
        .map((r) => r.id),
    ).toEqual(measures.map((m) => m.id));
  });

  it("marks national documents' measures as not coded rather than 0", () => {
    const rows = wasm().query(resultsQuery(state({ issuerLevels: ["trung-uong"] }), ORDER));
    const cells = cellsFromRows(rows, ORDER);
    expect(cells.every((c) => c.level === null)).toBe(true);
  });
});

describe("summaryQuery(state)", () => {
  const provinceOrder = fixtureContent().provinces.map((p) => p.slug);
  const chartMeasures = measures.map((m) => ({ id: m.id, name: m.name, shortName: m.shortName, group: m.group }));
  const STATES: Partial<FilterState>[] = [
    {},
    { measures: ["lao-khoa"] },
    { measures: ["lao-khoa", "du-lieu-dan-cu"], mode: "all", minLevel: 2 },
    { issuerLevels: ["tinh"], kinds: ["government"] },
    { text: "lao khoa" },
    { measures: ["muc-sinh-thay-the"], minLevel: 3 },
  ];

  for (const s of STATES)
    it(`counts what one row per plan gave before (${JSON.stringify(s)})`, () => {
      const rows = wasm().query(resultsQuery(state(s), ORDER));
      const cells = cellsFromRows(rows, ORDER);
      const summary = summaryFromRows(wasm().query(summaryQuery(state(s), ORDER)), ORDER, state(s).minLevel);
      expect(summary.total).toBe(rows.length);
      const minLevel = state(s).minLevel;
      expect(matrixOfSummary(summary, ORDER, provinceOrder)).toEqual(
        localityMatrix(cells, ORDER, provinceOrder, minLevel),
      );
      const byRow = levelCounts(
        chartRows(
          cells,
          rows.map((r) => planResultFromRow(r)),
          chartMeasures,
        ),
      );
      const counted = coverageOfSummary(summary, chartMeasures);
      if (rows.length > 0) expect(counted).toEqual(byRow);
      else expect(counted.every((c) => c.counts.every((n) => n === 0) && c.notCoded === 0)).toBe(true);
    });
});

describe("resultsQuery(state, { limit, offset })", () => {
  it("reads the table page by page, in the same order as all rows", () => {
    const all = slugsOf({});
    const page = (offset: number) =>
      wasm()
        .query(resultsQuery(state({}), ORDER, { limit: 3, offset }))
        .map((r) => String(r.slug));
    expect([...page(0), ...page(3), ...page(6)]).toEqual(all.slice(0, 9));
    expect(page(all.length)).toEqual([]);
  });
});

describe("facetsQuery(state)", () => {
  const counts = (s: Partial<FilterState>) => {
    const out = new Map<string, number>();
    for (const r of wasm().query(facetsQuery(state(s), ORDER))) out.set(`${r.facet}:${r.value}`, Number(r.n));
    return out;
  };

  it("gives the measures' and provinces' counts the summary gives, whenever they count the same plans", () => {
    const states: Partial<FilterState>[] = [
      {},
      { minLevel: 2 },
      { measures: ["lao-khoa", "muc-sinh-thay-the"], mode: "all" },
      { issuerLevels: ["tinh"], text: "dan so" },
      { provinces: ["hue"], minLevel: 3 },
    ];
    for (const s of states) {
      expect(measureCountsInSummary(state(s)), JSON.stringify(s)).toBe(true);
      const fromSummary = measureCountsFromSummary(
        summaryFromRows(wasm().query(summaryQuery(state(s), ORDER)), ORDER, state(s).minLevel),
      );
      const fromFacets = new Map(
        [...counts(s)].filter(([k]) => k.startsWith("measures:")).map(([k, n]) => [k.slice("measures:".length), n]),
      );
      expect(fromSummary, JSON.stringify(s)).toEqual(fromFacets);
      const without = wasm().query(facetsQuery(state(s), ORDER, { measures: false }));
      expect(without.some((r) => r.facet === "measures")).toBe(false);
      expect(without.length).toBe([...counts(s).keys()].filter((k) => !k.startsWith("measures:")).length);
      if (!provinceCountsInSummary(state(s))) continue;
      const summary = summaryFromRows(wasm().query(summaryQuery(state(s), ORDER)), ORDER, state(s).minLevel);
      const perProvince = new Map([...summary.provinces].filter(([, p]) => p.plans > 0).map(([k, p]) => [k, p.plans]));
      const facet = new Map(
        [...counts(s)].filter(([k]) => k.startsWith("provinces:")).map(([k, n]) => [k.slice("provinces:".length), n]),
      );
      expect(perProvince, JSON.stringify(s)).toEqual(facet);
      const neither = wasm().query(facetsQuery(state(s), ORDER, { measures: false, provinces: false }));
      expect(neither.every((r) => r.facet === "issuerLevels" || r.facet === "kinds")).toBe(true);
      expect(neither.length).toBe(
        [...counts(s).keys()].filter((k) => k.startsWith("issuerLevels:") || k.startsWith("kinds:")).length,
      );
    }
    expect(measureCountsInSummary(state({ measures: ["lao-khoa"] }))).toBe(false);
    expect(provinceCountsInSummary(state({ provinces: ["hue"] }))).toBe(false);
  });

  it("counts, for each option, the plans the other filters leave", () => {
    const c = counts({ issuerLevels: ["tinh"] });
    // The level facet ignores its own choice, so every level keeps its full count.
    expect(c.get("issuerLevels:trung-uong")).toBe(plans.filter((p) => p.plan.issuerLevel === "trung-uong").length);
    // Other facets count only provincial plans.
    expect(c.get("kinds:government")).toBe(
      plans.filter((p) => p.plan.issuerLevel === "tinh" && p.plan.issuerKind === "government").length,
    );
    expect(c.get("measures:lao-khoa")).toBe(
      plans.filter((p) => p.plan.issuerLevel === "tinh" && (p.plan.measures["lao-khoa"]?.level ?? 0) >= 1).length,
    );
  });

  it("counts what one more measure would leave when every measure must hold", () => {
    const c = counts({ measures: ["lao-khoa"], mode: "all" });
    const both = plans.filter((p) =>
      ["lao-khoa", "du-lieu-dan-cu"].every((id) => (p.plan.measures[id]?.level ?? 0) >= 1),
    ).length;
    expect(c.get("measures:du-lieu-dan-cu") ?? 0).toBe(both);
  });
});

describe("SQL_EXAMPLES", () => {
  it("has at least five questions in Vietnamese", () => {
    expect(SQL_EXAMPLES.length).toBeGreaterThanOrEqual(5);
  });

  for (const ex of SQL_EXAMPLES)
    it(`runs the example “${ex.question}” read-only and gets rows`, () => {
      // No parent has a coded file in the frozen corpus: this one is answered on the corpus that has one.
      const db = ex.id === "bo-bien-phap-cap-tren" ? parentWasm() : wasm();
      const answer = db.sqlTab(ex.sql);
      expect(answer).toMatchObject({ ok: true });
      if (answer.ok) expect(answer.rows.length).toBeGreaterThan(0);
    });
});
