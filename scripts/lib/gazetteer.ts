/**
 * Turns the gazetteer of the 34 provincial units (communes, wards and boundaries, from the MIT-licensed
 * dataset thanglequoc/vietnamese-provinces-database) into what the site keeps in `data/gazetteer/`:
 * a CSV of the 3,321 communes and wards, and the boundaries simplified with topojson-simplify.
 * Pure: the script `scripts/build-gazetteer.ts` reads and writes the files.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { quantize } from "topojson-client";
import { topology } from "topojson-server";
import { filter, presimplify, simplify } from "topojson-simplify";
import type { Objects, Topology } from "topojson-specification";
import { slugify } from "../../src/lib/vietnamese.ts";
import { communeKind, inArchipelago, GAZETTEER_OBJECT } from "../../src/lib/gazetteer.ts";

/** A provincial unit of the dataset with its wards and communes. */
export interface SourceUnit {
  Code: string;
  FullName: string;
  Wards: { Code: string; FullName: string; ProvinceCode: string }[];
}

/**
 * Planar area, in square degrees, below which a point of a boundary is dropped (Visvalingam's effective
 * area, as topojson-simplify weighs points): 0.002 square degrees is about 25 km², some two
 * square pixels on a map of the whole country 520 pixels wide.
 */
export const SIMPLIFY_MIN_WEIGHT = 0.002;

/** Rings (islands) smaller than this many square degrees go, except those of the two archipelagos. */
export const MIN_RING_AREA = 0.004;

/** Grid of the stored coordinates: the bounding box cut into this many steps each way. */
export const QUANTIZATION = 20000;

/** "Tỉnh Thanh Hoá" → "thanh-hoa", "Thành phố Hồ Chí Minh" → "ho-chi-minh". */
export function unitSlug(fullName: string): string {
  return slugify(fullName.replace(/^(?:Tỉnh|Thành phố)\s+/u, ""));
}

/** The province slug of each dataset code; throws when a unit matches none of the localities. */
export function provinceSlugs(units: readonly SourceUnit[], localitySlugs: readonly string[]): Map<string, string> {
  const known = new Set(localitySlugs);
  const map = new Map<string, string>();
  for (const u of units) {
    const slug = unitSlug(u.FullName);
    if (!known.has(slug)) throw new Error(`"${u.FullName}" (mã ${u.Code}) không khớp tỉnh nào trong localities.yaml.`);
    map.set(u.Code, slug);
  }
  if (map.size !== 34) throw new Error(`Cần 34 đơn vị cấp tỉnh, tệp có ${map.size}.`);
  return map;
}

/** The communes and wards as CSV rows (code, name, kind, province code, province slug), by code. */
export function communeCsv(units: readonly SourceUnit[], slugs: ReadonlyMap<string, string>): string {
  const rows = units
    .flatMap((u) =>
      u.Wards.map((w) => {
        const name = w.FullName.normalize("NFC").replace(/^xã /u, "Xã ");
        return [w.Code, name, communeKind(name), w.ProvinceCode, slugs.get(w.ProvinceCode) ?? ""];
      }),
    )
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return ["code,name,kind,province_code,province", ...rows.map((r) => r.map(quote).join(","))].join("\n") + "\n";
}

const ringArea = (ring: Position[]) => {
  let a = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return Math.abs(a / 2);
};
const isArchipelago = (ring: Position[]) => ring.every(inArchipelago);

/**
 * The 34 boundaries as one TopoJSON topology: shared borders stored once, simplified at
 * SIMPLIFY_MIN_WEIGHT, small islets dropped, quantized. Every island of Hoàng Sa (Đà Nẵng) and
 * Trường Sa (Khánh Hòa) stays, kept as at least a triangle so that simplification cannot erase it.
 */
export function simplifyBoundaries(geo: FeatureCollection, slugs: ReadonlyMap<string, string>): Topology {
  const features: Feature<Polygon | MultiPolygon>[] = geo.features.map((f) => {
    const code = String(f.properties?.code ?? f.id);
    const slug = slugs.get(code);
    if (!slug) throw new Error(`Ranh giới mã ${code} không thuộc đơn vị nào.`);
    return {
      type: "Feature",
      id: slug,
      properties: { name: String(f.properties?.name ?? "").normalize("NFC"), code },
      geometry: f.geometry as Polygon | MultiPolygon,
    };
  });
  const collection: FeatureCollection = { type: "FeatureCollection", features };
  const topo = presimplify(
    topology({ [GAZETTEER_OBJECT]: collection }, 1e6) as unknown as Topology<Objects<Record<string, never>>>,
  );
  // Islands of the archipelagos: their two heaviest inner points are never dropped.
  for (const arc of topo.arcs as unknown as number[][][]) {
    if (!arc.every(inArchipelago)) continue;
    const inner = arc.slice(1, -1).sort((a, b) => b[2] - a[2]);
    for (const p of inner.slice(0, 2)) p[2] = Infinity;
  }
  const simple = simplify(topo, SIMPLIFY_MIN_WEIGHT);
  const arcs = simple.arcs as unknown as Position[][];
  // A ring is a list of arc indices (~i: arc i reversed); its points are those of its arcs in turn.
  const points = (ring: number[]) => ring.flatMap((i) => (i < 0 ? [...arcs[~i]].reverse() : arcs[i]));
  const kept = filter(simple, (ring, interior) => {
    const pts = points(ring as unknown as number[]);
    return ringArea(pts) >= MIN_RING_AREA || (!interior && isArchipelago(pts));
  });
  return quantize(kept, QUANTIZATION);
}
