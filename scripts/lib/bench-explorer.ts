/**
 * The explorer's section of `npm run bench`, on the built site in `dist/` (data built first):
 * - DuckDB ready time on /kham-pha/ next to a bare duckdb-wasm page (instantiate, open, SELECT 1) served
 *   from the same origin in the same run;
 * - time from a filter change to the redrawn table and charts (median, p95; and to the next frame
 *   painted, which adds the browser's style, layout and paint of what was drawn), on the real data and on
 *   10,000 synthetic plans (a copy of dist/ with their database in place of the real one, served by
 *   nginx with the production configuration, so the page reads it by range requests as it would in
 *   production; only the first server-rendered list is the real one);
 * - for 10,000 plans and every `--scale` from 10,000 up (100,000: `--scale 10000,100000`): the bytes
 *   nginx sent from opening /kham-pha/ to the first DuckDB-backed result (the engine's wasm and worker
 *   and the JavaScript left out), and how long that took;
 * - sizes: database file, downloads, DuckDB-wasm engine, the page's JavaScript;
 * - the build-time first view (DuckDB's Node client, the browser's queries) on the real and 10,000 databases.
 * Synthetic corpora and their databases are kept in tmp/ and rebuilt only when the data build's code
 * changes (bench-synthetic-db.ts).
 */
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "../../tests/e2e/chromium.ts";
import { freePort, startPreview } from "../../tests/e2e/server.ts";
import { findNginx, startNginx, type NginxServer } from "./nginx.ts";
import { firstView } from "../../src/data/explorer-db.ts";
import { readManifest } from "../../src/data/manifest.ts";
import type { DataManifest } from "../../src/lib/explorer/manifest.ts";
import { DATABASE_FILE, INDEX_FILE } from "../../src/lib/explorer/schema.ts";
import { record } from "./bench-summary.ts";
import { siteWith, syntheticDatabase, syntheticOut } from "./bench-synthetic-db.ts";

const RUNS = 5;
const CHANGES_REAL = 30;
const CHANGES_SYNTHETIC = 20;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;

/** Median and 95th percentile (nearest rank). */
export function summary(values: number[]): { median: number; p95: number } {
  const s = [...values].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  return { median: at(0.5), p95: at(0.95) };
}

/** The bare page's script: DuckDB-wasm from the site's own files, nothing else. */
const BARE_ENTRY = `
import { AsyncDuckDB, VoidLogger, selectBundle } from "@duckdb/duckdb-wasm";
const base = new URL(document.body.dataset.base, location.href).href;
const bundle = await selectBundle({
  mvp: { mainModule: base + "duckdb-mvp.wasm", mainWorker: base + "duckdb-browser-mvp.worker.js" },
  eh: { mainModule: base + "duckdb-eh.wasm", mainWorker: base + "duckdb-browser-eh.worker.js" },
});
const db = new AsyncDuckDB(new VoidLogger(), new Worker(bundle.mainWorker));
await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
await db.open({ query: { castBigIntToDouble: true } });
const conn = await db.connect();
await conn.query("SELECT 1");
performance.measure("bare:san-sang", { start: 0, end: performance.now() });
document.body.dataset.ready = "1";
`;

async function bareScript(): Promise<string> {
  const { build } = await import("esbuild");
  const out = await build({
    stdin: { contents: BARE_ENTRY, resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    format: "esm",
    platform: "browser",
    minify: true,
    write: false,
    logLevel: "silent",
  });
  return out.outputFiles[0].text;
}

async function freshPage(browser: Browser, setup?: (page: Page) => Promise<void>): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "vi-VN" });
  const page = await context.newPage();
  if (setup) await setup(page);
  return page;
}

/** One redraw: its total and how it splits into queries, table and matrix, charts. */
interface Redraw {
  total: number;
  /** From the change to the next frame painted: `total` plus the browser's style, layout and paint. */
  painted: number;
  queries: number;
  table: number;
  charts: number;
  /** The charts' part, chart by chart: coverage, plans × measures, map (0 when not drawn: empty result). */
  coverage: number;
  matrix: number;
  map: number;
}

const lastRedraw = (page: Page): Promise<Redraw> =>
  page.evaluate(() => {
    const last = (n: string) => performance.getEntriesByName(n).at(-1) as PerformanceEntry;
    const m = last("kham-pha:cap-nhat");
    const painted = last("kham-pha:da-ve");
    const q = last("kham-pha:truy-van-xong").startTime;
    const t = last("kham-pha:bang-xong").startTime;
    const end = m.startTime + m.duration;
    // The chart marks of this redraw, if it drew charts (an empty result draws none).
    const after = (n: string) => {
      const e = performance.getEntriesByName(n).at(-1);
      return e && e.startTime >= t ? e.startTime : undefined;
    };
    const bp = after("kham-pha:bao-phu-xong");
    const mt = after("kham-pha:ma-tran-xong");
    return {
      total: m.duration,
      painted: painted.duration,
      queries: q - m.startTime,
      table: t - q,
      charts: end - t,
      coverage: bp === undefined ? 0 : bp - t,
      matrix: bp === undefined || mt === undefined ? 0 : mt - bp,
      map: mt === undefined ? 0 : end - mt,
    };
  });

const measured = (page: Page, name: string) =>
  page.evaluate((n) => {
    const entries = performance.getEntriesByName(n);
    return entries[entries.length - 1]?.duration ?? NaN;
  }, name);

async function explorerReady(page: Page, base: string): Promise<number> {
  await page.goto(`${base}/kham-pha/`);
  await page.waitForSelector('#kham-pha[data-trang-thai="san-sang"]', { timeout: 120_000 });
  await page.waitForFunction(() => Number(document.getElementById("kham-pha")?.dataset.lanCapNhat ?? 0) > 0, null, {
    timeout: 120_000,
  });
  return measured(page, "kham-pha:duckdb-san-sang");
}

/** Toggles filters `count` times, each time waiting for the redraw; returns each change's timings. */
async function filterChanges(page: Page, count: number): Promise<Redraw[]> {
  const steps: ((p: Page) => Promise<unknown>)[] = [
    (p) => p.locator('input[name="bien-phap"][value="lao-khoa"]').click(),
    (p) => p.locator('input[name="bien-phap"][value="muc-sinh-thay-the"]').click(),
    (p) => p.selectOption('select[name="muc"]', "2"),
    (p) => p.locator('input[name="cap"][value="tinh"]').click(),
    (p) => p.locator('input[name="bien-phap"][value="lao-khoa"]').click(),
    (p) => p.selectOption('select[name="ket-hop"]', "tat-ca"),
    (p) => p.locator('input[name="khoi"][value="dang"]').click(),
    (p) => p.selectOption('select[name="muc"]', "1"),
    (p) => p.locator('input[name="cap"][value="tinh"]').click(),
    (p) => p.locator('input[name="khoi"][value="dang"]').click(),
    (p) => p.selectOption('select[name="ket-hop"]', "bat-ky"),
    (p) => p.locator('input[name="bien-phap"][value="muc-sinh-thay-the"]').click(),
  ];
  const durations: Redraw[] = [];
  for (let i = 0; i < count; i++) {
    const before = Number(await page.getAttribute("#kham-pha", "data-lan-cap-nhat"));
    await steps[i % steps.length](page);
    // The redraw is done, and the frame that shows it painted (kham-pha:da-ve, one per redraw).
    await page.waitForFunction(
      (n) =>
        Number(document.getElementById("kham-pha")?.dataset.lanCapNhat ?? 0) > n &&
        performance.getEntriesByName("kham-pha:da-ve").length > n,
      before,
      { timeout: 60_000 },
    );
    durations.push(await lastRedraw(page));
  }
  return durations;
}

/** Served bytes that count as the page's data: everything but the engine (wasm, worker) and JavaScript. */
const isData = (uri: string) => !uri.startsWith("/duckdb/") && !/\.m?js(\?|$)/.test(uri);
function sizes(manifest: DataManifest) {
  const engine = join("dist", manifest.duckdbWasm.base);
  console.log("\n## Explorer: sizes\n");
  const db = readFileSync(join("dist/data", manifest.database.file));
  console.log(`database file (real content): ${kb(db.length)} raw, ${kb(gzipSync(db, { level: 6 }).length)} gzip`);
  const index = readFileSync(join("dist/data", manifest.database.index.file));
  console.log(`filter index (real content): ${kb(index.length)} raw, ${kb(gzipSync(index, { level: 6 }).length)} gzip`);
  const downloads = manifest.tables.flatMap((t) => t.files).reduce((n, f) => n + f.bytes, 0);
  console.log(`downloads (${manifest.tables.length} tables × CSV, Parquet, JSON): ${kb(downloads)}`);
  for (const name of readdirSync(engine).sort()) {
    const bytes = readFileSync(join(engine, name));
    console.log(
      `${manifest.duckdbWasm.base}${name}: ${mb(bytes.length)} raw, ${mb(gzipSync(bytes, { level: 6 }).length)} gzip`,
    );
  }
  const html = readFileSync("dist/kham-pha/index.html", "utf8");
  const entry = /<script type="module" src="(\/_astro\/[^"]+)"/.exec(html)?.[1];
  const chunks = readdirSync("dist/_astro").filter((f) => f.endsWith(".js"));
  for (const f of chunks.sort()) {
    const bytes = readFileSync(join("dist/_astro", f));
    const role = `/_astro/${f}` === entry ? "loaded with the page" : "loaded after the first paint";
    console.log(`/_astro/${f}: ${kb(bytes.length)} raw, ${kb(gzipSync(bytes, { level: 9 }).length)} gzip (${role})`);
  }
}

/** Time of the build-time first view (open, queries, shaping, close), median of RUNS, on each database. */
async function firstViewTimes(syntheticData: string) {
  console.log("\n## Explorer: first view at build (@duckdb/node-api)\n");
  for (const [label, dir] of [
    ["real content", "dist/data"],
    ["10,000 synthetic plans + real content", syntheticData],
  ]) {
    const times: number[] = [];
    let plans = 0;
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      plans = (await firstView(dir)).results.plans.length;
      times.push(performance.now() - start);
    }
    const { median, p95 } = summary(times);
    console.log(`${label} (${plans} plans): median ${ms(median)}, p95 ${ms(p95)} (${RUNS} runs)`);
  }
}

/** A server of a dist/ copy: nginx with the production file when installed (range requests), else sirv. */
async function serveSite(
  root: string,
  n: number,
): Promise<{ baseURL: string; nginx?: NginxServer; stop(): Promise<void> }> {
  if (findNginx()) {
    const nginx = await startNginx(root, await freePort(), `tmp/nginx-bench-explorer-${n}`, { accessLog: true });
    return { baseURL: nginx.baseURL, nginx, stop: () => nginx.stop() };
  }
  const preview = await startPreview(process.cwd(), root);
  return { baseURL: preview.baseURL, stop: () => preview.stop() };
}

/** What the first visit of /kham-pha/ costs, up to the first DuckDB-backed result. */
interface FirstResult {
  /** From navigation start to the first result drawn (ms). */
  ms: number;
  ready: number;
  /** Bytes nginx sent that are data (not engine, not JavaScript), and of those the database's. */
  dataBytes: number;
  databaseBytes: number;
  databaseRequests: number;
}

async function firstResult(browser: Browser, server: { baseURL: string; nginx?: NginxServer }): Promise<FirstResult> {
  const before = server.nginx?.sent().length ?? 0;
  const page = await freshPage(browser);
  const ready = await explorerReady(page, server.baseURL);
  const end = await page.evaluate(() => {
    const m = performance.getEntriesByName("kham-pha:cap-nhat")[0];
    return m ? m.startTime + m.duration : NaN;
  });
  await page.context().close();
  const sent = server.nginx?.sent().slice(before) ?? [];
  const data = sent.filter((r) => isData(r.uri));
  const database = sent.filter((r) => r.uri.startsWith(`/data/${DATABASE_FILE}`));
  return {
    ms: end,
    ready,
    dataBytes: data.reduce((n, r) => n + r.bytes, 0),
    databaseBytes: database.reduce((n, r) => n + r.bytes, 0),
    databaseRequests: database.length,
  };
}

/** Runs the explorer benchmark and prints its figures; `scales` adds synthetic sizes from 10,000 up. */
export async function benchExplorer(scales: readonly number[] = []): Promise<void> {
  const manifest = readManifest("dist/data");
  sizes(manifest);
  const bare = await bareScript();
  const counts = [...new Set([10000, ...scales.filter((n) => n >= 10000)])].sort((a, b) => a - b);
  console.log("\n## Explorer: synthetic databases\n");
  const databases = new Map(counts.map((n) => [n, syntheticDatabase(n)]));
  for (const [n, file] of databases) {
    const big = readFileSync(file);
    console.log(
      `database file (${n.toLocaleString("en")} synthetic plans + real content): ${mb(big.length)} raw, ${mb(gzipSync(big, { level: 6 }).length)} gzip`,
    );
    record(`explorer_database_mb_${n}`, big.length / (1024 * 1024));
    const index = readFileSync(join(dirname(file), INDEX_FILE));
    const indexGzip = gzipSync(index, { level: 6 }).length;
    console.log(
      `filter index (${n.toLocaleString("en")} synthetic plans + real content): ${mb(index.length)} raw, ${mb(indexGzip)} gzip`,
    );
    record(`explorer_index_gzip_mb_${n}`, indexGzip / (1024 * 1024));
  }

  await firstViewTimes(join(syntheticOut(10000), "data"));

  const server = await startPreview();
  const sites = new Map<number, Awaited<ReturnType<typeof serveSite>>>();
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  try {
    for (const [n, file] of databases) sites.set(n, await serveSite(siteWith(file, n), n));
    const base = server.baseURL;
    const serveBare = async (page: Page) => {
      await page.route(`${base}/__bench/bare/`, (r) =>
        r.fulfill({
          contentType: "text/html; charset=utf-8",
          body: `<!doctype html><html lang="vi"><body data-base="${manifest.duckdbWasm.base}"><script type="module" src="/__bench/bare.js"></script></body></html>`,
        }),
      );
      await page.route(`${base}/__bench/bare.js`, (r) => r.fulfill({ contentType: "text/javascript", body: bare }));
    };

    console.log(`\n## Explorer: DuckDB ready time (${RUNS} runs each, fresh browser context, same server)\n`);
    const explorer: number[] = [];
    const attached: number[] = [];
    const bareTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await freshPage(browser);
      explorer.push(await explorerReady(page, base));
      attached.push(await measured(page, "kham-pha:duckdb-da-mo"));
      await page.context().close();
      const barePage = await freshPage(browser, serveBare);
      await barePage.goto(`${base}/__bench/bare/`);
      await barePage.waitForSelector("body[data-ready]", { state: "attached", timeout: 120_000 });
      bareTimes.push(await measured(barePage, "bare:san-sang"));
      await barePage.context().close();
    }
    const e = summary(explorer);
    const b = summary(bareTimes);
    console.log("page | median | p95 | runs");
    console.log("--- | --- | --- | ---");
    console.log(`bare duckdb-wasm page (SELECT 1) | ${ms(b.median)} | ${ms(b.p95)} | ${bareTimes.map(ms).join(", ")}`);
    const a = summary(attached);
    console.log(`/kham-pha/ (database attached) | ${ms(a.median)} | ${ms(a.p95)} | ${attached.map(ms).join(", ")}`);
    console.log(
      `/kham-pha/ (attached and first DuckDB result drawn: table and counts; the charts below follow) | ${ms(e.median)} | ${ms(e.p95)} | ${explorer.map(ms).join(", ")}`,
    );
    console.log(
      `ratio explorer / bare (medians): ${(e.median / b.median).toFixed(2)}× to the first result drawn (goal ≤ 1.2×), ` +
        `${(a.median / b.median).toFixed(2)}× to the database attached`,
    );
    record("duckdb_ready_ms", e.median);
    record("duckdb_attached_ms", a.median);
    record("duckdb_attached_ratio", a.median / b.median);
    record("duckdb_bare_ready_ms", b.median);
    record("duckdb_ready_ratio", e.median / b.median);

    console.log("\n## Explorer: filter change → redrawn table, matrix and charts\n");
    console.log(
      "data | ready | changes | median | p95 | max | median split: queries / table, matrix / charts (coverage, plans × measures, map) | median to the next frame painted",
    );
    console.log("--- | --- | --- | --- | --- | --- | --- | ---");
    const ten = sites.get(10000);
    for (const [label, key, site, count] of [
      ["real content", "real", server, CHANGES_REAL],
      [`10,000 synthetic plans (${ten?.nginx ? "nginx, range requests" : "sirv"})`, "10000", ten, CHANGES_SYNTHETIC],
    ] as const) {
      if (!site) continue;
      const page = await freshPage(browser);
      const ready = await explorerReady(page, site.baseURL);
      const d = await filterChanges(page, count);
      const s = summary(d.map((x) => x.total));
      const split = (["queries", "table", "charts", "coverage", "matrix", "map"] as const).map(
        (k) => summary(d.map((x) => x[k])).median,
      );
      record(`filter_redraw_median_ms_${key}`, s.median);
      record(`filter_redraw_p95_ms_${key}`, s.p95);
      record(`filter_redraw_queries_ms_${key}`, split[0]);
      record(`filter_redraw_table_ms_${key}`, split[1]);
      record(`filter_redraw_charts_ms_${key}`, split[2]);
      const painted = summary(d.map((x) => x.painted)).median;
      record(`filter_redraw_painted_median_ms_${key}`, painted);
      console.log(
        `${label} | ${ms(ready)} | ${d.length} | ${ms(s.median)} | ${ms(s.p95)} | ` +
          `${ms(Math.max(...d.map((x) => x.total)))} | ${split.slice(0, 3).map(ms).join(" / ")} ` +
          `(${split.slice(3).map(ms).join(", ")}) | ${ms(painted)}`,
      );
      await page.context().close();
    }

    console.log("\n## Explorer: first visit to the first DuckDB-backed result (fresh browser, nginx)\n");
    console.log(
      "plans | first result | DuckDB ready | data bytes (all but engine and JS) | of which database | database requests",
    );
    console.log("--- | --- | --- | --- | --- | ---");
    for (const [n, site] of sites) {
      if (!site.nginx) {
        console.log(`${n} | skipped: no nginx (apt-get install -y nginx-light)`);
        continue;
      }
      const f = await firstResult(browser, site);
      record(`explorer_first_view_bytes_${n}`, f.dataBytes);
      record(`explorer_first_view_database_bytes_${n}`, f.databaseBytes);
      record(`explorer_first_result_ms_${n}`, f.ms);
      console.log(
        `${n.toLocaleString("en")} | ${ms(f.ms)} | ${ms(f.ready)} | ${mb(f.dataBytes)} | ${mb(f.databaseBytes)} | ${f.databaseRequests}`,
      );
    }
  } finally {
    await browser.close();
    for (const site of sites.values()) await site.stop();
    await server.stop();
  }
}
