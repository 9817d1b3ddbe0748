import { existsSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import {
  adoptionMatrixChart,
  cascadeChainsChart,
  cascadeData,
  cascadeLevelsChart,
  cascadeOverviewChart,
  coverageChart,
  indicatorLevelsChart,
  mapUnits,
  measureMapsChart,
  provinceMapChart,
  measureLevelsChart,
  planLevels,
  timelineChart,
} from "../../../../src/lib/charts/index.ts";
import { buildLineage } from "../../../../src/lib/lineage/build.ts";
import { fixtureContent } from "../../../fixture-corpus.ts";
import type { ChartFunction, ChartOptions, PlanMeasureRow } from "../../../../src/lib/charts/types.ts";
import { normalizeChartHtml } from "./normalize.ts";
import { manyPlans, manySharePoints } from "./many.ts";
import { sharedShareChart } from "../../../../src/lib/charts/shared-share.ts";
import { loadUnitShapes } from "../../../../src/data/gazetteer.ts";
import { indicatorVsLevel, MEASURE_INDICATORS } from "../../../../src/lib/indicators.ts";
import { fixtureCorpus } from "../../../fixture-corpus.ts";

const DIR = "tests/fixtures/charts";
const rows = JSON.parse(readFileSync(`${DIR}/rows.json`, "utf8")) as PlanMeasureRow[];
const { document } = parseHTML("<!doctype html><html><body></body></html>");

interface Snapshot {
  name: string;
  chart: ChartFunction;
  rows: PlanMeasureRow[];
  options?: ChartOptions;
}

/** The cascade charts draw the lineage of the frozen fixture corpus, not `rows.json`. */
const fixture = fixtureContent();
const lineage = buildLineage(fixture.plans, fixture.provinces);
const cascades = fixture.measures.map((m) => cascadeData(lineage, planLevels(fixture.plans), m));
const laoKhoa = cascades.find((c) => c.measureId === "lao-khoa")!;
const cascadeSnapshots: { name: string; draw: (options: ChartOptions) => Element }[] = [
  { name: "cascade-levels-lao-khoa", draw: (o) => cascadeLevelsChart(laoKhoa, o) },
  { name: "cascade-levels-lao-khoa-narrow", draw: (o) => cascadeLevelsChart(laoKhoa, { ...o, width: 343 }) },
  { name: "cascade-chains-lao-khoa", draw: (o) => cascadeChainsChart(laoKhoa, o) },
  { name: "cascade-chains-lao-khoa-narrow", draw: (o) => cascadeChainsChart(laoKhoa, { ...o, width: 343 }) },
  { name: "cascade-overview", draw: (o) => cascadeOverviewChart(cascades, o) },
  { name: "cascade-overview-narrow", draw: (o) => cascadeOverviewChart(cascades, { ...o, width: 343 }) },
];

/** The maps draw rows.json over the boundaries committed in data/gazetteer/ (see the README). */
const shapes = loadUnitShapes("data/gazetteer");
const plansMap = { shapes, units: mapUnits(rows, fixture.provinces) };
/** Two of the four fixed measures are enough to see the small multiples and their shared table. */
const fixed = ["lao-khoa", "mat-can-bang-gioi-tinh"];
const measureMaps = fixed.map((id) => ({
  shapes,
  units: mapUnits(rows, fixture.provinces, id),
  measure: { id, name: rows.find((r) => r.measureId === id)!.measureName, short: id },
}));
const srb = MEASURE_INDICATORS["mat-can-bang-gioi-tinh"];
const srbInput = {
  data: indicatorVsLevel(fixtureCorpus().indicators, rows, fixture.provinces, srb.indicator, "mat-can-bang-gioi-tinh"),
  measureName: "Kiểm soát mất cân bằng giới tính khi sinh",
  target: srb.target,
  targetLabel: srb.targetLabel,
};
const mapSnapshots: { name: string; draw: (options: ChartOptions) => Element }[] = [
  { name: "province-map", draw: (o) => provinceMapChart(plansMap, o) },
  { name: "province-map-narrow", draw: (o) => provinceMapChart(plansMap, { ...o, width: 343 }) },
  { name: "measure-maps", draw: (o) => measureMapsChart(measureMaps, o) },
  { name: "indicator-levels-srb", draw: (o) => indicatorLevelsChart(srbInput, o) },
  { name: "indicator-levels-srb-narrow", draw: (o) => indicatorLevelsChart(srbInput, { ...o, width: 343 }) },
  // Past SHARE_READABLE_PLANS, /cau-chu-chung/'s chart counts plans by year and band of share.
  { name: "shared-share-counted", draw: (o) => sharedShareChart(manySharePoints(600), o) },
];

const snapshots: Snapshot[] = [
  { name: "adoption-matrix", chart: adoptionMatrixChart, rows },
  { name: "adoption-matrix-narrow", chart: adoptionMatrixChart, rows, options: { width: 343 } },
  { name: "coverage", chart: coverageChart, rows },
  { name: "timeline", chart: timelineChart, rows },
  { name: "timeline-narrow", chart: timelineChart, rows, options: { width: 343 } },
  { name: "measure-levels-lao-khoa", chart: measureLevelsChart, rows: rows.filter((r) => r.measureId === "lao-khoa") },
  // Past TIMELINE_READABLE_PLANS the timeline counts plans by quarter (many.ts: a frozen synthetic corpus).
  { name: "timeline-counted", chart: timelineChart, rows: manyPlans(rows, 600) },
  { name: "timeline-counted-narrow", chart: timelineChart, rows: manyPlans(rows, 600), options: { width: 343 } },
];

/**
 * Golden files, as observablehq/plot tests its marks: a different drawing writes `<name>-changed.html`
 * to look at and fails. A missing golden file is written and the test fails too, so a new snapshot is
 * looked at and committed, never silently accepted (under CI nothing is written at all).
 */
describe("chart snapshots", () => {
  const all = [
    ...snapshots.map((snap) => ({
      name: snap.name,
      draw: () => snap.chart(snap.rows, { ...snap.options, document }),
    })),
    ...cascadeSnapshots.map((snap) => ({ name: snap.name, draw: () => snap.draw({ document }) })),
    ...mapSnapshots.map((snap) => ({ name: snap.name, draw: () => snap.draw({ document }) })),
  ];
  for (const snap of all) {
    it(`draws ${snap.name} as in its golden file`, () => {
      const actual = normalizeChartHtml(snap.draw().outerHTML);
      const golden = `${DIR}/${snap.name}.html`;
      const changed = `${DIR}/${snap.name}-changed.html`;
      if (!existsSync(golden)) {
        if (!process.env.CI) writeFileSync(golden, actual);
        expect.fail(`${golden} is missing${process.env.CI ? "" : "; written now: look at it and commit it"}`);
      }
      const expected = readFileSync(golden, "utf8");
      if (actual === expected) rmSync(changed, { force: true });
      else writeFileSync(changed, actual);
      expect(actual === expected, `${snap.name} differs from ${golden}; see ${changed}`).toBe(true);
    });
  }
});
