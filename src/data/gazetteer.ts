/**
 * Reads the gazetteer at build time: `data/gazetteer/communes.csv` (3,321 communes and wards) and
 * `data/gazetteer/provinces.topo.json` (the 34 boundaries, simplified by scripts/build-gazetteer.ts).
 * A data folder of its own (DATA_DIR, the fixtures) may hold a `gazetteer/`; else the project's is used.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { csvParse } from "d3";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import { communesFromRows, createGazetteer, GAZETTEER_OBJECT, type Gazetteer } from "../lib/gazetteer.ts";
import type { UnitShapes } from "../lib/charts/map-data.ts";

/** The folder of the gazetteer for a data folder. */
export function gazetteerDir(dataDir = process.env.DATA_DIR ?? "data"): string {
  const own = join(dataDir, "gazetteer");
  return existsSync(own) ? own : join("data", "gazetteer");
}

const cache = new Map<string, { gazetteer?: Gazetteer; shapes?: UnitShapes }>();
const entry = (dir: string) => cache.get(dir) ?? cache.set(dir, {}).get(dir)!;

/** The communes and wards, indexed. */
export function loadGazetteer(dir = gazetteerDir()): Gazetteer {
  const e = entry(dir);
  e.gazetteer ??= createGazetteer(communesFromRows(csvParse(readFileSync(join(dir, "communes.csv"), "utf8"))));
  return e.gazetteer;
}

/** The 34 boundaries as GeoJSON features (id: province slug). */
export function loadUnitShapes(dir = gazetteerDir()): UnitShapes {
  const e = entry(dir);
  if (!e.shapes) {
    const topo = JSON.parse(readFileSync(join(dir, "provinces.topo.json"), "utf8")) as Topology;
    e.shapes = feature(topo, topo.objects[GAZETTEER_OBJECT]) as unknown as UnitShapes;
  }
  return e.shapes;
}
