/**
 * `npm run bench`: prints figures, asserts nothing. Build time, then what each page type weighs
 * (HTML, CSS and JS it links directly; raw and compressed; the heaviest page of each type), then the
 * explorer's figures (scripts/lib/bench-explorer.ts).
 */
import { bin, run } from "./lib/run.ts";
import { benchExplorer } from "./lib/bench-explorer.ts";
import { htmlFiles, pageType, weighPage, type PageWeight } from "./lib/page-weight.ts";

const kb = (n: number) => (n / 1024).toFixed(1);

console.log("# Benchmark\n");
const data = run(process.execPath, ["scripts/build-data.ts"]);
if (data.code !== 0) process.exit(data.code);
console.log(`data build (DuckDB file, downloads): ${(data.ms / 1000).toFixed(2)} s`);
const build = run(bin("astro"), ["build", "--silent"]);
if (build.code !== 0) process.exit(build.code);
console.log(`build time (astro build): ${(build.ms / 1000).toFixed(2)} s\n`);

const heaviest = new Map<string, { page: PageWeight; count: number }>();
for (const file of htmlFiles("dist")) {
  const page = weighPage("dist", file);
  const type = pageType(page.path);
  const total = (p: PageWeight) => p.html.raw + p.css.raw + p.js.raw;
  const seen = heaviest.get(type);
  if (!seen) heaviest.set(type, { page, count: 1 });
  else heaviest.set(type, { page: total(page) > total(seen.page) ? page : seen.page, count: seen.count + 1 });
}

console.log("page type | pages | heaviest page | HTML KB raw/gz | CSS KB raw/gz | JS KB raw/gz/br");
console.log("--- | --- | --- | --- | --- | ---");
for (const [type, { page, count }] of [...heaviest].sort()) {
  console.log(
    `${type} | ${count} | ${page.path} | ${kb(page.html.raw)}/${kb(page.html.gzip)} | ` +
      `${kb(page.css.raw)}/${kb(page.css.gzip)} | ${kb(page.js.raw)}/${kb(page.js.gzip)}/${kb(page.js.brotli)}`,
  );
}

await benchExplorer();
