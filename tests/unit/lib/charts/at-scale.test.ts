/**
 * The home page's timeline and /cau-chu-chung/'s chart at national scale: past a few hundred plans they
 * count plans instead of drawing one linked symbol each, so the page stays light and readable.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { TIMELINE_READABLE_PLANS, quarterCounts, timelineChart } from "../../../../src/lib/charts/timeline.ts";
import { SHARE_READABLE_PLANS, shareBands, sharedShareChart } from "../../../../src/lib/charts/shared-share.ts";
import { plansOf } from "../../../../src/lib/charts/data.ts";
import { manyPlans, manySharePoints } from "./many.ts";
import type { PlanMeasureRow } from "../../../../src/lib/charts/types.ts";

const { document } = parseHTML("<!doctype html><html><body></body></html>");
const rows = JSON.parse(readFileSync("tests/fixtures/charts/rows.json", "utf8")) as PlanMeasureRow[];
const links = (figure: Element) => figure.querySelectorAll("svg a").length;

describe("quarterCounts(plans)", () => {
  const plans = plansOf(manyPlans(rows, 1000));

  it("counts every dated plan once, in its quarter, the kinds of a quarter stacked without gaps", () => {
    const bars = quarterCounts(plans);
    expect(bars.reduce((n, b) => n + b.count, 0)).toBe(plans.filter((p) => p.date).length);
    for (const b of bars) {
      expect(b.y2 - b.y1).toBe(b.count);
      const inBar = plans.filter(
        (p) => p.date! >= b.start && p.date! < b.end && p.issuerLevel === b.level && p.issuerKind === b.kind,
      );
      expect(inBar.length).toBe(b.count);
      expect(inBar.filter((p) => p.estimated).length).toBe(b.estimated);
    }
    // Bars of one quarter and level stand on one another, from 0.
    const stacks = Map.groupBy(bars, (b) => `${b.level}|${b.start}`);
    for (const stack of stacks.values()) {
      expect(stack[0].y1).toBe(0);
      for (let i = 1; i < stack.length; i++) expect(stack[i].y1).toBe(stack[i - 1].y2);
    }
  });

  it("puts December in the last quarter, which ends on the next 1 January", () => {
    const [p] = plans;
    const bars = quarterCounts([
      { ...p, date: "2024-12-31" },
      { ...p, date: "2025-01-01" },
    ]);
    expect(bars.map((b) => [b.start, b.end])).toEqual([
      ["2024-10-01", "2025-01-01"],
      ["2025-01-01", "2025-04-01"],
    ]);
  });
});

describe("timelineChart(rows) at scale", () => {
  it(`draws each plan, with its link, up to ${TIMELINE_READABLE_PLANS} dated plans`, () => {
    const figure = timelineChart(manyPlans(rows, TIMELINE_READABLE_PLANS), { document });
    expect(links(figure)).toBe(TIMELINE_READABLE_PLANS);
  });

  it("counts plans by quarter beyond that, with a table by year and level, and says so", () => {
    const many = manyPlans(rows, 10_000);
    const figure = timelineChart(many, { document });
    expect(links(figure)).toBe(0);
    expect(figure.querySelector("figcaption")?.textContent).toContain("mỗi cột là số văn bản ban hành trong một quý");
    const years = new Set(plansOf(many).map((p) => p.date?.slice(0, 4)));
    expect(figure.querySelectorAll("details table tbody tr").length).toBe(years.size);
    const total = [...figure.querySelectorAll("details table tbody tr")].reduce(
      (n, tr) => n + Number(tr.lastElementChild!.textContent!.replace(/\./g, "")),
      0,
    );
    expect(total).toBe(10_000);
    // A visitor's page: a few hundred kilobytes at most, not megabytes.
    expect(figure.outerHTML.length).toBeLessThan(150_000);
  });
});

describe("sharedShareChart(points) at scale", () => {
  it(`draws each plan, with its link, up to ${SHARE_READABLE_PLANS} plans`, () => {
    expect(links(sharedShareChart(manySharePoints(SHARE_READABLE_PLANS), { document }))).toBe(SHARE_READABLE_PLANS);
  });

  it("counts plans by year and band of share beyond that, every plan in one band", () => {
    const points = manySharePoints(10_000);
    const bands = shareBands(points);
    expect(bands.reduce((n, b) => n + b.count, 0)).toBe(10_000);
    expect(bands.every((b) => b.band >= 0 && b.band <= 9)).toBe(true);
    expect(shareBands([{ ...points[0], share: 1 }])[0].band).toBe(9);
    const figure = sharedShareChart(points, { document });
    expect(links(figure)).toBe(0);
    expect(figure.querySelector("figcaption")?.textContent).toContain("trung vị");
    const legend = [...figure.querySelectorAll(".chart-legend li")].map((li) => li.textContent);
    expect(legend[0]).toMatch(/^1–/);
    expect(legend.at(-1)).toContain(String(Math.max(...bands.map((b) => b.count))));
    expect(figure.outerHTML.length).toBeLessThan(150_000);
  });
});
