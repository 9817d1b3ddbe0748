/**
 * `npm run bench`: prints figures, asserts nothing. Data build and site build time, then what each page
 * type weighs (HTML, CSS and JS it links; raw, gzip and brotli; the heaviest page of each type), then
 * the explorer (scripts/lib/bench-explorer.ts), the maps (bench-map.ts), a first phone visit through
 * nginx (bench-deploy.ts), the lineage tree with 10,000 synthetic plans (BENCH_LINEAGE_COUNT=0 skips
 * it), text reuse over 1,000 and 10,000 synthetic texts (bench-reuse.ts), reading PDF and Word files
 * (bench-documents.ts), site search (bench-search.ts), Lighthouse on one page of each type through nginx
 * (bench-lighthouse.ts) and the scale section (`--scale 100,1000,10000` by default; `--scale 0` skips it).
 * Every run writes its figures by name to tmp/bench/summary.json (scripts/lib/bench-summary.ts).
 * `npm run bench -- --only explorer --scale 10000,100000` (or BENCH_ONLY=explorer) runs only the named
 * sections (comma-separated: explorer, map, deploy, lighthouse, lineage, compare, reuse, documents,
 * search, scale) on the dist/ already built (it builds first only when dist/ has no database); the
 * explorer's synthetic sizes are 10,000 and every `--scale` from 10,000 up.
 * `npm run bench -- --synthetic 500` first writes a synthetic corpus of 500 plans (tmp/, never
 * committed) and measures the build of that instead.
 * `npm run bench -- --only scale --scale 10000` runs the scale section alone (each step of the site
 * build against a bare Astro build), to iterate on build speed without the other sections.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { bin, run, TOOL_ENV } from "./lib/run.ts";
import { pageWeightReport } from "./lib/page-weight.ts";
import { benchExplorer } from "./lib/bench-explorer.ts";
import { benchLineage } from "./lib/bench-lineage.ts";
import { benchScale, parseScales } from "./lib/bench-scale.ts";
import { benchCompare } from "./lib/bench-compare.ts";
import { benchMap } from "./lib/bench-map.ts";
import { benchReuse } from "./lib/bench-reuse.ts";
import { benchDeploy } from "./lib/bench-deploy.ts";
import { benchDocuments } from "./lib/bench-documents.ts";
import { benchLighthouse } from "./lib/bench-lighthouse.ts";
import { record, SUMMARY_FILE, writeSummary } from "./lib/bench-summary.ts";

// Whatever happens below, the figures measured so far are written.
process.on("exit", () => writeSummary());
import { benchSearch } from "./lib/bench-search.ts";

const { values } = parseArgs({
  options: {
    synthetic: { type: "string" },
    scale: { type: "string", default: "100,1000,10000" },
    only: { type: "string" },
  },
});
let env = TOOL_ENV;
if (values.synthetic) {
  const out = `tmp/synthetic-${values.synthetic}`;
  const gen = run(process.execPath, ["scripts/generate-synthetic.ts", "--count", values.synthetic, "--out", out]);
  if (gen.code !== 0) process.exit(gen.code);
  env = { ...TOOL_ENV, PLANS_DIR: `${out}/plans`, DATA_DIR: `${out}/data` };
}

/**
 * Sections to run alone: `--only explorer,lighthouse` or BENCH_ONLY=explorer,lighthouse (comma-separated:
 * explorer, map, deploy, lighthouse, lineage, compare, reuse, documents, search, scale). The site is
 * built first only when dist/ has no database yet.
 */
const SECTIONS = [
  "explorer",
  "map",
  "deploy",
  "lighthouse",
  "lineage",
  "compare",
  "reuse",
  "documents",
  "search",
  "scale",
];
const onlyText = values.only ?? process.env.BENCH_ONLY;
const only = onlyText ? new Set(onlyText.split(",").map((s) => s.trim())) : undefined;
for (const name of only ?? [])
  if (!SECTIONS.includes(name)) {
    console.error(`--only ${onlyText}: "${name}" không phải một phần của bench (${SECTIONS.join(", ")}).`);
    process.exit(2);
  }
const wanted = (section: string) => !only || only.has(section);

console.log(`# Benchmark${values.synthetic ? ` (synthetic corpus: ${values.synthetic} plans + the real ones)` : ""}\n`);
if (!only || !existsSync("dist/data/manifest.json")) {
  const data = run(process.execPath, ["scripts/build-data.ts"], env);
  if (data.code !== 0) process.exit(data.code);
  record("data_build_s", data.ms / 1000);
  console.log(`data build (DuckDB file, downloads): ${(data.ms / 1000).toFixed(2)} s`);
  const build = run(bin("astro"), ["build", "--silent"], env);
  if (build.code !== 0) process.exit(build.code);
  record("build_s_real", build.ms / 1000);
  console.log(`build time (astro build): ${(build.ms / 1000).toFixed(2)} s\n`);
}

if (!only) for (const line of pageWeightReport("dist")) console.log(line);

const scales = values.scale === "0" ? [] : parseScales(values.scale);
if (!values.synthetic && wanted("explorer")) await benchExplorer(scales);
if (!values.synthetic && wanted("map")) benchMap();
if (!values.synthetic && wanted("deploy")) await benchDeploy();
if (!values.synthetic && wanted("lighthouse")) await benchLighthouse();

const lineageDir = `tmp/bench-lineage-${process.env.BENCH_LINEAGE_COUNT ?? 10000}`;
if (wanted("lineage")) {
  const lineage = await benchLineage();
  if (lineage !== 0) process.exit(lineage);
}
if (wanted("compare")) benchCompare(lineageDir);
if (wanted("reuse")) benchReuse();

if (!values.synthetic && wanted("documents")) await benchDocuments();
if (wanted("search")) await benchSearch(lineageDir);

if (scales.length > 0 && wanted("scale")) await benchScale(scales);
console.log(`\nFigures by name: ${SUMMARY_FILE}`);
