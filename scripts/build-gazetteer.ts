/**
 * `node scripts/build-gazetteer.ts --from DIR`: writes `data/gazetteer/` from a copy of the gazetteer of
 * the 34 provincial units (`units-2025.json` and `provinces-2025.geojson`, taken from the MIT-licensed
 * thanglequoc/vietnamese-provinces-database at commit cd58063):
 * - `communes.csv`: the 3,321 communes, wards and special zones, with their code and province;
 * - `provinces.topo.json`: the 34 boundaries, simplified with topojson-simplify (minimum weight
 *   SIMPLIFY_MIN_WEIGHT square degrees, islets under MIN_RING_AREA dropped except the archipelagos of
 *   Hoàng Sa and Trường Sa) and quantized.
 * Run it again only when the gazetteer changes; the site reads the committed files, never DIR.
 * Options: --from DIR (required), --out DIR (default data/gazetteer), --data DIR (localities, default data).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { communeCsv, provinceSlugs, simplifyBoundaries, type SourceUnit } from "./lib/gazetteer.ts";

const { values } = parseArgs({
  options: { from: { type: "string" }, out: { type: "string" }, data: { type: "string" } },
});
if (!values.from) {
  console.log("Cần --from DIR: thư mục có units-2025.json và provinces-2025.geojson.");
  process.exit(1);
}
const out = values.out ?? "data/gazetteer";
const localities = parse(readFileSync(join(values.data ?? "data", "localities.yaml"), "utf8")) as {
  provinces: { slug: string }[];
};
const units = JSON.parse(readFileSync(join(values.from, "units-2025.json"), "utf8")) as SourceUnit[];
const geo = JSON.parse(readFileSync(join(values.from, "provinces-2025.geojson"), "utf8"));
const slugs = provinceSlugs(
  units,
  localities.provinces.map((p) => p.slug),
);

mkdirSync(out, { recursive: true });
writeFileSync(join(out, "communes.csv"), communeCsv(units, slugs));
const topo = JSON.stringify(simplifyBoundaries(geo, slugs));
writeFileSync(join(out, "provinces.topo.json"), topo + "\n");
const communes = units.reduce((n, u) => n + u.Wards.length, 0);
console.log(
  `Đã ghi ${out}/communes.csv (${communes} xã, phường, đặc khu) và ${out}/provinces.topo.json (${topo.length} byte).`,
);
