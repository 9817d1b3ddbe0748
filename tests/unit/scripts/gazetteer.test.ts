import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { geoArea } from "d3";
import type { FeatureCollection, Position } from "geojson";
import { parse } from "yaml";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import { loadUnitShapes } from "../../../src/data/gazetteer.ts";
import { GAZETTEER_OBJECT, inArchipelago } from "../../../src/lib/gazetteer.ts";
import { provinceSlugs, simplifyBoundaries, unitSlug } from "../../../scripts/lib/gazetteer.ts";
import type { UnitShapes } from "../../../src/lib/charts/map-data.ts";

const localities = parse(readFileSync("data/localities.yaml", "utf8")) as { provinces: { slug: string }[] };
const slugs = localities.provinces.map((p) => p.slug);

const polygons = (f: UnitShapes["features"][number]): Position[][][] =>
  f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
const islands = (shapes: UnitShapes, unit: string) =>
  polygons(shapes.features.find((f) => f.id === unit)!).filter((p) => p[0].every(inArchipelago));

describe("data/gazetteer/provinces.topo.json, as scripts/build-gazetteer.ts simplified it", () => {
  const shapes = loadUnitShapes("data/gazetteer");

  it("keeps the 34 units, one shape each, named by the slugs of localities.yaml", () => {
    expect(shapes.features).toHaveLength(34);
    expect(shapes.features.map((f) => String(f.id)).sort()).toEqual([...slugs].sort());
  });

  it("keeps every shape valid: closed rings of at least four points, wound as d3-geo expects", () => {
    for (const f of shapes.features) {
      const rings = polygons(f).flat();
      expect(rings.length, String(f.id)).toBeGreaterThan(0);
      for (const ring of rings) {
        expect(ring.length, String(f.id)).toBeGreaterThanOrEqual(4);
        expect(ring[0], String(f.id)).toEqual(ring[ring.length - 1]);
      }
      // A ring wound the wrong way covers the rest of the globe: its area would exceed a hemisphere.
      const area = geoArea(f);
      expect(area, String(f.id)).toBeGreaterThan(0);
      expect(area, String(f.id)).toBeLessThan(0.01);
    }
  });

  it("keeps the Hoàng Sa islands in Đà Nẵng and the Trường Sa islands in Khánh Hòa", () => {
    expect(islands(shapes, "da-nang").length).toBeGreaterThan(20);
    expect(islands(shapes, "khanh-hoa").length).toBeGreaterThan(100);
    const hoangSa = islands(shapes, "da-nang").flatMap((p) => p[0]);
    expect(Math.min(...hoangSa.map((p) => p[1]))).toBeGreaterThan(15);
    const truongSa = islands(shapes, "khanh-hoa").flatMap((p) => p[0]);
    expect(Math.max(...truongSa.map((p) => p[0]))).toBeGreaterThan(115);
    for (const unit of slugs.filter((s) => s !== "da-nang" && s !== "khanh-hoa"))
      expect(islands(shapes, unit), unit).toEqual([]);
  });

  it("stays small enough for a page: under 40 KB", () => {
    expect(readFileSync("data/gazetteer/provinces.topo.json").length).toBeLessThan(40_000);
  });
});

describe("simplifyBoundaries(geo, slugs)", () => {
  const square = (x: number, y: number, d: number): Position[] => [
    [x, y],
    [x, y + d],
    [x + d, y + d],
    [x + d, y],
    [x, y],
  ];
  const geo: FeatureCollection = {
    type: "FeatureCollection",
    features: [
      {
        type: "Feature",
        properties: { code: "48", name: "Đà Nẵng" },
        geometry: {
          type: "MultiPolygon",
          coordinates: [[square(107.5, 15.5, 1)], [square(112, 16.5, 0.005)], [square(108.6, 15.8, 0.005)]],
        },
      },
    ],
  };
  const topo = simplifyBoundaries(geo, new Map([["48", "da-nang"]]));
  const out = feature(topo as Topology, (topo as Topology).objects[GAZETTEER_OBJECT]) as unknown as UnitShapes;

  it("keeps a tiny island of an archipelago and drops a tiny islet off the coast", () => {
    const kept = polygons(out.features[0]).map((p) => p[0][0][0]);
    expect(kept.some((x) => x > 111)).toBe(true);
    expect(kept.some((x) => x > 108.5 && x < 109)).toBe(false);
    expect(out.features[0].id).toBe("da-nang");
  });

  it("refuses a boundary of a code no unit has", () => {
    expect(() => simplifyBoundaries(geo, new Map())).toThrow("Ranh giới mã 48 không thuộc đơn vị nào.");
  });
});

describe("provinceSlugs(units, localitySlugs)", () => {
  it("matches the dataset's names, old tone marks included, to the slugs of localities.yaml", () => {
    expect(unitSlug("Tỉnh Thanh Hoá")).toBe("thanh-hoa");
    expect(unitSlug("Thành phố Hồ Chí Minh")).toBe("ho-chi-minh");
  });

  it("refuses a unit that matches no locality, with its name and code", () => {
    expect(() => provinceSlugs([{ Code: "99", FullName: "Tỉnh Không Có", Wards: [] }], slugs)).toThrow(
      '"Tỉnh Không Có" (mã 99) không khớp tỉnh nào trong localities.yaml.',
    );
  });
});
