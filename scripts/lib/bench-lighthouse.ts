/**
 * The Lighthouse section of `npm run bench`: Lighthouse 12.2.3 (pinned devDependency) in its default
 * mobile form factor with simulated throttling (slow 4G, 4× CPU), over the built site served by
 * Debian's nginx with the production configuration (scripts/deploy/nginx.conf, gzip on), in Debian's
 * Chromium (tests/e2e/chromium.ts; nothing is fetched from the internet). One row per page type:
 * the four category scores, first and largest contentful paint, total blocking time, layout shift and
 * the bytes transferred. With Chromium 156, Lighthouse 12's trace engine cannot read the screenshot
 * events, so the layout-shifts, LCP-element and render-blocking diagnostics report an error; the
 * scores and metrics are unaffected. Targets (issue 17): performance ≥ 95 on reading pages, ≥ 90 on the explorer,
 * the other categories 100. Prints figures, asserts nothing.
 *
 * `BENCH_LIGHTHOUSE_RUNS=3` runs each page three times and keeps the run with the median performance
 * score (1 by default). `node scripts/lib/bench-lighthouse.ts` runs this section alone over dist/;
 * `node scripts/lib/bench-lighthouse.ts dist tmp/dist-main` compares two builds page by page, in turn;
 * `BENCH_LIGHTHOUSE_AUDITS=1` also prints, per page, the audits that cost it performance;
 * `BENCH_LIGHTHOUSE_PAGES=/,/pha-he/` audits only those paths; `BENCH_LIGHTHOUSE_JSON=tmp/lighthouse`
 * writes each page's full report there as JSON.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Flags, type Result } from "lighthouse";
import { CHROMIUM_ARGS, findChromium } from "../../tests/e2e/chromium.ts";
import { freePort } from "../../tests/e2e/server.ts";
import { findNginx, startNginx } from "./nginx.ts";
import { record } from "./bench-summary.ts";

/** One audited page: its path, whether it is the explorer (target 90) or a reading page (target 95). */
export interface LighthousePage {
  path: string;
  explorer: boolean;
}

/** The first built sub-page of `section` in `dist` (a real slug, whatever the corpus holds). */
function firstChild(dist: string, section: string): string | undefined {
  const dir = join(dist, section);
  if (!existsSync(dir)) return undefined;
  const slug = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "index.html")))
    .map((d) => d.name)
    .sort()[0];
  return slug ? `/${section}/${slug}/` : undefined;
}

/** The pages the section audits, one of each type, for the site built in `dist`. */
export function lighthousePages(dist = "dist"): LighthousePage[] {
  const paths = [
    "/",
    firstChild(dist, "ke-hoach"),
    "/ke-hoach/",
    firstChild(dist, "bien-phap"),
    firstChild(dist, "dia-phuong"),
    "/pha-he/",
    "/so-sanh/",
    "/cau-chu-chung/",
    "/du-lieu/",
    "/tim-kiem/",
    "/kham-pha/",
    "/soan-thao/",
  ];
  return paths
    .filter((p): p is string => !!p && existsSync(join(dist, p, "index.html")))
    .map((path) => ({ path, explorer: path === "/kham-pha/" }));
}

/** A summary name for `path`: `home`, `ke_hoach_plan`, `bien_phap_measure`, `pha_he`… */
export function pageKey(path: string): string {
  if (path === "/") return "home";
  const parts = path.split("/").filter(Boolean);
  const kind: Record<string, string> = { "ke-hoach": "plan", "bien-phap": "measure", "dia-phuong": "province" };
  const name = parts.length > 1 ? `${parts[0]}_${kind[parts[0]] ?? "page"}` : parts[0];
  return name.replaceAll("-", "_");
}

/** The figures of one Lighthouse run. */
export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  bytes: number;
  /** Chromium's CPU benchmark during the run (the 4× slowdown assumes a fast desktop, ~1000 or more). */
  benchmarkIndex: number;
  /** Performance audits that score below 0.9, with what Lighthouse says they cost. */
  costs: string[];
}

/** The figures Lighthouse's result `lhr` holds. */
export function figuresOf(lhr: Result): LighthouseFigures {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const costs = (lhr.categories.performance?.auditRefs ?? [])
    .map((ref) => lhr.audits[ref.id])
    .concat(
      ["render-blocking-resources", "unused-javascript", "unused-css-rules", "dom-size", "font-display"].map(
        (id) => lhr.audits[id],
      ),
    )
    .filter((a, i, all) => a && all.indexOf(a) === i && a.score !== null && a.score < 0.9)
    .map((a) => `${a!.id}: ${a!.displayValue ?? a!.score}`);
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    fcpMs: value("first-contentful-paint"),
    lcpMs: value("largest-contentful-paint"),
    tbtMs: value("total-blocking-time"),
    cls: value("cumulative-layout-shift"),
    bytes: value("total-byte-weight"),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    costs,
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

/** Prints the section for the built site in `dist`; returns the figures by path. */
export async function benchLighthouse(dist = "dist"): Promise<Map<string, LighthouseFigures>> {
  console.log("\n## Lighthouse (mobile, simulated slow 4G, through nginx with gzip)\n");
  const results = new Map<string, LighthouseFigures>();
  if (!findNginx()) {
    console.log("skipped: nginx is not installed (`apt-get install -y nginx-light`)");
    return results;
  }
  const runs = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 1) || 1);
  const server = await startNginx(dist, await freePort(), "tmp/nginx-bench-lighthouse");
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
    logLevel: "silent",
  });
  try {
    const flags: Flags = { port: chrome.port, output: "json", logLevel: "error" };
    console.log(
      "| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | bytes transferred |",
    );
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    const only = process.env.BENCH_LIGHTHOUSE_PAGES?.split(",").filter(Boolean);
    const jsonDir = process.env.BENCH_LIGHTHOUSE_JSON;
    if (jsonDir) mkdirSync(jsonDir, { recursive: true });
    for (const page of lighthousePages(dist).filter((p) => !only || only.includes(p.path))) {
      const all: LighthouseFigures[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(`${server.baseURL}${page.path}`, flags);
        if (!result) continue;
        all.push(figuresOf(result.lhr));
        if (jsonDir) writeFileSync(join(jsonDir, `${pageKey(page.path)}-${i}.json`), JSON.stringify(result.lhr));
      }
      if (!all.length) {
        console.log(`| ${page.path} | (no result) | | | | | | | | |`);
        continue;
      }
      const f = all.sort((a, b) => a.performance - b.performance)[Math.floor(all.length / 2)];
      results.set(page.path, f);
      const key = pageKey(page.path);
      record(`lighthouse_perf_${key}`, f.performance);
      record(`lighthouse_a11y_${key}`, f.accessibility);
      record(`lighthouse_best_practices_${key}`, f.bestPractices);
      record(`lighthouse_seo_${key}`, f.seo);
      record(`lighthouse_fcp_ms_${key}`, f.fcpMs);
      record(`lighthouse_lcp_ms_${key}`, f.lcpMs);
      record(`lighthouse_tbt_ms_${key}`, f.tbtMs);
      record(`lighthouse_cls_${key}`, f.cls);
      record(`lighthouse_bytes_${key}`, f.bytes);
      console.log(
        `| ${page.path} | ${f.performance} | ${f.accessibility} | ${f.bestPractices} | ${f.seo} | ` +
          `${seconds(f.fcpMs)} | ${seconds(f.lcpMs)} | ${f.tbtMs.toFixed(0)} ms | ${f.cls.toFixed(3)} | ${kb(f.bytes)} |`,
      );
    }
  } finally {
    chrome.kill();
    await server.stop();
  }
  const pages = lighthousePages(dist);
  const reading = pages.filter((p) => !p.explorer && results.has(p.path)).map((p) => results.get(p.path)!);
  const explorer = pages.filter((p) => p.explorer && results.has(p.path)).map((p) => results.get(p.path)!);
  if (reading.length) {
    record("lighthouse_perf_min_reading", Math.min(...reading.map((f) => f.performance)));
    record("lighthouse_fcp_ms_max_reading", Math.max(...reading.map((f) => f.fcpMs)));
    record("lighthouse_lcp_ms_max_reading", Math.max(...reading.map((f) => f.lcpMs)));
  }
  if (explorer.length) record("lighthouse_perf_explorer", explorer[0].performance);
  const others = [...results.values()].flatMap((f) => [f.accessibility, f.bestPractices, f.seo]);
  if (others.length) record("lighthouse_other_min", Math.min(...others));
  const bench = [...results.values()].map((f) => f.benchmarkIndex);
  if (bench.length) {
    record("lighthouse_benchmark_index_min", Math.min(...bench));
    console.log(
      `\nChromium's CPU benchmark index during the runs: ${Math.min(...bench).toFixed(0)}–${Math.max(...bench).toFixed(0)} ` +
        "(Lighthouse's 4× CPU slowdown assumes ~1000 or more; on a busy machine TBT and performance read worse).",
    );
  }
  console.log("Targets: performance ≥ 95 on reading pages, ≥ 90 on /kham-pha/; the other categories 100.");
  if (process.env.BENCH_LIGHTHOUSE_AUDITS)
    for (const [path, f] of results) if (f.costs.length) console.log(`\n${path}:\n  ${f.costs.join("\n  ")}`);
  return results;
}

/** The run of `runs` on `url` with the median performance score, or undefined when none returned. */
async function medianRun(url: string, flags: Flags, runs: number): Promise<LighthouseFigures | undefined> {
  const all: LighthouseFigures[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(url, flags);
    if (result) all.push(figuresOf(result.lhr));
  }
  return all.sort((a, b) => a.performance - b.performance)[Math.floor(all.length / 2)];
}

/**
 * Before and after in the same run: each page of the site in `after`, then the same path in `before`
 * (another build, e.g. of main), alternately, so that a busy machine weighs on both alike.
 */
export async function compareLighthouse(after: string, before: string): Promise<void> {
  console.log(`\n## Lighthouse: ${before} → ${after} (mobile, nginx with gzip; same run, pages alternately)\n`);
  const runs = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 1) || 1);
  const a = await startNginx(after, await freePort(), "tmp/nginx-bench-lighthouse");
  const b = await startNginx(before, await freePort(), "tmp/nginx-bench-lighthouse-before");
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
    logLevel: "silent",
  });
  try {
    const flags: Flags = { port: chrome.port, output: "json", logLevel: "error" };
    console.log("| page | performance | FCP | LCP | TBT | CLS | bytes transferred | other categories (min) |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    const only = process.env.BENCH_LIGHTHOUSE_PAGES?.split(",").filter(Boolean);
    for (const page of lighthousePages(after).filter((p) => !only || only.includes(p.path))) {
      const x = await medianRun(`${b.baseURL}${page.path}`, flags, runs);
      const y = await medianRun(`${a.baseURL}${page.path}`, flags, runs);
      if (!x || !y) continue;
      const arrow = (f: (z: LighthouseFigures) => string) => `${f(x)} → ${f(y)}`;
      const other = (z: LighthouseFigures) => String(Math.min(z.accessibility, z.bestPractices, z.seo));
      console.log(
        `| ${page.path} | ${arrow((z) => String(z.performance))} | ${arrow((z) => seconds(z.fcpMs))} | ` +
          `${arrow((z) => seconds(z.lcpMs))} | ${arrow((z) => `${z.tbtMs.toFixed(0)} ms`)} | ` +
          `${arrow((z) => z.cls.toFixed(3))} | ${arrow((z) => kb(z.bytes))} | ${arrow(other)} |`,
      );
    }
  } finally {
    chrome.kill();
    await a.stop();
    await b.stop();
  }
}

if (process.argv[1]?.endsWith("bench-lighthouse.ts")) {
  const [after = "dist", before] = process.argv.slice(2);
  if (before) await compareLighthouse(after, before);
  else await benchLighthouse(after);
}
