/**
 * `npm run bench`: prints figures, asserts nothing. Data build and site build time, then what each page
 * type weighs (HTML, CSS and JS it links; raw, gzip and brotli; the heaviest page of each type), then
 * the explorer (scripts/lib/bench-explorer.ts), the maps (bench-map.ts), a first phone visit through
 * nginx (bench-deploy.ts), the lineage tree with 10,000 synthetic plans (BENCH_LINEAGE_COUNT=0 skips
 * it), text reuse over 1,000 and 10,000 synthetic texts (bench-reuse.ts), reading PDF and Word files
 * (bench-documents.ts), site search (bench-search.ts), Lighthouse on one page of each type through nginx
 * (bench-lighthouse.ts) and the scale section (`--scale 100,1000,10000` by default; `--scale 0` skips it).
 * `npm run bench -- --only lighthouse` builds the site and runs only the Lighthouse section.
 * Every run writes its figures by name to tmp/bench/summary.json (scripts/lib/bench-summary.ts).
 * `npm run bench -- --synthetic 500` first writes a synthetic corpus of 500 plans (tmp/, never
 * committed) and measures the build of that instead.
 * `BENCH_ONLY=scale npm run bench -- --scale 10000` runs the scale section alone (each step of the
 * site build against a bare Astro build), to iterate on build speed without the other sections.
 */
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

if (process.env.BENCH_ONLY === "scale") {
  await benchScale(parseScales(values.scale));
  console.log(`\nFigures by name: ${SUMMARY_FILE}`);
  process.exit(0);
}

console.log(`# Benchmark${values.synthetic ? ` (synthetic corpus: ${values.synthetic} plans + the real ones)` : ""}\n`);
const data = run(process.execPath, ["scripts/build-data.ts"], env);
if (data.code !== 0) process.exit(data.code);
record("data_build_s", data.ms / 1000);
console.log(`data build (DuckDB file, downloads): ${(data.ms / 1000).toFixed(2)} s`);
const build = run(bin("astro"), ["build", "--silent"], env);
if (build.code !== 0) process.exit(build.code);
record("build_s_real", build.ms / 1000);
console.log(`build time (astro build): ${(build.ms / 1000).toFixed(2)} s\n`);

if (values.only === "lighthouse") {
  await benchLighthouse();
  console.log(`\nFigures by name: ${SUMMARY_FILE}`);
  process.exit(0);
} else if (values.only) {
  console.error(`--only ${values.only}: only "lighthouse" can run alone.`);
  process.exit(2);
}

for (const line of pageWeightReport("dist")) console.log(line);

if (!values.synthetic) await benchExplorer();
if (!values.synthetic) benchMap();
if (!values.synthetic) await benchDeploy();
if (!values.synthetic) await benchLighthouse();

const lineage = benchLineage();
if (lineage !== 0) process.exit(lineage);
benchCompare(`tmp/bench-lineage-${process.env.BENCH_LINEAGE_COUNT ?? 10000}`);
benchReuse();

if (!values.synthetic) await benchDocuments();
await benchSearch(`tmp/bench-lineage-${process.env.BENCH_LINEAGE_COUNT ?? 10000}`);

if (values.scale !== "0") await benchScale(parseScales(values.scale));
console.log(`\nFigures by name: ${SUMMARY_FILE}`);
