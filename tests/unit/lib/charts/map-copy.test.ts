import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { mapUnits, measureMapsChart, provinceMapChart } from "../../../../src/lib/charts/index.ts";
import type { PlanMeasureRow } from "../../../../src/lib/charts/types.ts";
import { loadUnitShapes } from "../../../../src/data/gazetteer.ts";
import { fixtureContent } from "../../../fixture-corpus.ts";

const rows = JSON.parse(readFileSync("tests/fixtures/charts/rows.json", "utf8")) as PlanMeasureRow[];
const shapes = loadUnitShapes("data/gazetteer");
const { provinces } = fixtureContent();
const freshDocument = () => parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;

describe("a map drawn again in the same document", () => {
  // The explorer draws the map on every filter change; from the second time on it copies the outlines.
  const first = { shapes, units: mapUnits(rows, provinces) };
  const other = { shapes, units: mapUnits(rows.slice(0, Math.floor(rows.length / 3)), provinces) };
  const measure = (id: string, r: PlanMeasureRow[]) => ({
    shapes,
    units: mapUnits(r, provinces, id),
    measure: { id, name: id, short: id },
  });

  it("is exactly the map those counts draw on a fresh page (fills, names, links, pattern ids)", () => {
    expect(JSON.stringify(other.units)).not.toBe(JSON.stringify(first.units));
    for (const width of [520, 343]) {
      const document = freshDocument();
      provinceMapChart(first, { document, width });
      const again = provinceMapChart(other, { document, width }).outerHTML;
      expect(again).toBe(provinceMapChart(other, { document: freshDocument(), width }).outerHTML);
      expect(again).not.toBe(provinceMapChart(first, { document, width }).outerHTML);
    }
  });

  it("keeps the units' names in the links of the copy, and other links when asked", () => {
    const document = freshDocument();
    provinceMapChart(first, { document });
    const copy = provinceMapChart(other, { document, href: (slug) => `/khac/${slug}/` });
    const links = Array.from(copy.querySelectorAll("svg a"));
    expect(links).toHaveLength(34);
    expect(links.every((a) => a.getAttribute("href")?.startsWith("/khac/"))).toBe(true);
    const haNoi = links.find((a) => a.getAttribute("href") === "/khac/ha-noi/")!;
    expect(haNoi.getAttribute("aria-label")).toContain("Hà Nội");
    expect(haNoi.querySelector("title")?.textContent).toBe(haNoi.getAttribute("aria-label"));
  });

  it("stays right after many widths (a window resized by dragging)", () => {
    const document = freshDocument();
    for (let width = 300; width <= 520; width += 20) provinceMapChart(first, { document, width });
    for (const width of [300, 520])
      expect(provinceMapChart(other, { document, width }).outerHTML).toBe(
        provinceMapChart(other, { document: freshDocument(), width }).outerHTML,
      );
  });

  it("draws small multiples of other measures as on a fresh page", () => {
    const document = freshDocument();
    measureMapsChart([measure("lao-khoa", rows)], { document });
    const inputs = [measure("mat-can-bang-gioi-tinh", rows.slice(5)), measure("lao-khoa", rows.slice(2))];
    expect(measureMapsChart(inputs, { document }).outerHTML).toBe(
      measureMapsChart(inputs, { document: freshDocument() }).outerHTML,
    );
  });
});
