import { describe, expect, it } from "vitest";
import { fixtureCorpus } from "../../fixture-corpus.ts";
import { planMeasureRows } from "../../../src/lib/model.ts";
import {
  formatValue,
  indicatorVsLevel,
  provinceIndicators,
  unitLabel,
  yearLabel,
} from "../../../src/lib/indicators.ts";
import { mapUnits, planClass, planClassLabel, unitLabel as mapUnitLabel } from "../../../src/lib/charts/map-data.ts";

const corpus = fixtureCorpus();
const rows = planMeasureRows(corpus.plans, corpus.measures);

describe("provinceIndicators(rows, province)", () => {
  it("gives a province's figures, newest first, both values when two sources disagree", () => {
    const haTinh = provinceIndicators(corpus.indicators, "ha-tinh").filter((r) => r.indicator === "TFR");
    expect(haTinh.map((r) => [r.year, r.value])).toEqual([
      ["2024", "2.69"],
      ["2024", "2.72"],
      ["2019", "2.83"],
    ]);
  });

  it("keeps an old province's figure under its old name", () => {
    const ninhBinh = provinceIndicators(corpus.indicators, "ninh-binh");
    expect(ninhBinh.every((r) => r.unit === "Nam Định" && r.unit_scheme === "63-old")).toBe(true);
    expect(unitLabel(ninhBinh[0])).toBe("Nam Định (tỉnh cũ)");
  });
});

describe("indicatorVsLevel(indicators, planRows, provinces, indicator, measureId)", () => {
  const srb = indicatorVsLevel(corpus.indicators, rows, corpus.provinces, "SRB", "mat-can-bang-gioi-tinh");

  it("counts the provinces with a figure and those that also have a plan coding the measure", () => {
    expect(srb.withFigure).toBe(7);
    expect(srb.withBoth).toBe(2);
    const haTinh = srb.points.find((p) => p.province === "ha-tinh")!;
    expect([haTinh.value, haTinh.row.year, haTinh.row.unit_scheme]).toEqual([111.56, "2024", "63-old"]);
    expect(haTinh.level).not.toBeNull();
  });

  it("prefers today's unit's figure to an old province's, and leaves national figures out", () => {
    const tfr = indicatorVsLevel(corpus.indicators, rows, corpus.provinces, "TFR", "muc-sinh-thay-the");
    const tuyenQuang = tfr.points.filter((p) => p.province === "tuyen-quang");
    expect(tuyenQuang.map((p) => [p.row.unit, p.value])).toEqual([["Tuyên Quang", 2.55]]);
    expect(tfr.points.some((p) => p.row.unit_scheme === "national")).toBe(false);
    expect(tfr.points.find((p) => p.province === "ha-noi")?.plans).toBe(0);
  });
});

describe("formatValue, yearLabel", () => {
  it("writes decimals with a comma and an unstated year in words", () => {
    expect(formatValue("111.56")).toBe("111,56");
    expect(formatValue("2.10")).toBe("2,10");
    expect(formatValue(1234.5)).toBe("1.234,5");
    expect(yearLabel("unstated")).toBe("năm không rõ");
    expect(yearLabel("2024")).toBe("năm 2024");
  });
});

describe("mapUnits(rows, provinces, measureId)", () => {
  it("gives every one of the 34 units, with its plans, and no plan as 0", () => {
    const units = mapUnits(rows, corpus.provinces);
    expect(units).toHaveLength(34);
    expect(units.find((u) => u.slug === "son-la")?.plans).toBe(1);
    expect(units.find((u) => u.slug === "ha-noi")?.plans).toBe(0);
    expect(
      mapUnitLabel(
        units.find((u) => u.slug === "ha-tinh")!,
        false,
      ),
    ).toBe("Hà Tĩnh: 1 kế hoạch");
    expect(
      mapUnitLabel(
        units.find((u) => u.slug === "ha-noi")!,
        false,
      ),
    ).toBe("Hà Nội: chưa có kế hoạch");
  });

  it("gives the highest level of a measure, and null (not 0) where there is no plan", () => {
    const units = mapUnits(rows, corpus.provinces, "lao-khoa");
    expect(units.find((u) => u.slug === "ha-noi")?.level).toBeNull();
    const coded = units.filter((u) => u.plans > 0);
    expect(coded.every((u) => u.level === null || (u.level !== undefined && u.level >= 0 && u.level <= 3))).toBe(true);
    expect(
      mapUnitLabel(
        units.find((u) => u.slug === "ha-noi")!,
        true,
      ),
    ).toBe("Hà Nội: chưa có kế hoạch");
  });
});

describe("planClass(n), planClassLabel(c)", () => {
  it("puts counts into 1, 2–3, 4–9, 10 and more", () => {
    expect([1, 2, 3, 4, 9, 10, 50].map(planClass)).toEqual([0, 1, 1, 2, 2, 3, 3]);
    expect([0, 1, 2, 3].map(planClassLabel)).toEqual(["1", "2–3", "4–9", "10 trở lên"]);
  });
});
