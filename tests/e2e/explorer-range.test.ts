/**
 * How the explorer reads its database, on the fixture site: by HTTP range requests through nginx with
 * the production configuration (scripts/deploy/nginx.conf), never the whole file, with the same results
 * as a whole download; and, from a server that ignores Range, by one whole download. The fixture's file
 * is small, so the page is told (data-database-whole-max="0", which the site never sets) to read it by
 * ranges as it reads a large one. No request leaves the site, none fetches a DuckDB extension.
 */
import { createServer, type Server } from "node:http";
import { statSync } from "node:fs";
import { join } from "node:path";
import sirv from "sirv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { findNginx, startNginx, type NginxServer } from "../../scripts/lib/nginx.ts";
import { DATABASE_FILE } from "../../src/lib/explorer/schema.ts";
import { FIXTURE_SITE } from "../fixture-corpus.ts";
import { CHROMIUM_ARGS, findChromium } from "./chromium.ts";
import { freePort } from "./server.ts";

const nginx = findNginx();
if (!nginx && process.env.CI)
  throw new Error("CI cần nginx cho kiểm thử đọc theo khoảng byte: `.ci/run` cài nginx-light.");
const databaseBytes = statSync(join(FIXTURE_SITE, "data", DATABASE_FILE)).size;

/** Filter states whose results must not depend on how the file is read. */
const STATES = [
  "",
  "?bien-phap=lao-khoa",
  "?bien-phap=lao-khoa,du-lieu-dan-cu&ket-hop=tat-ca&muc=2",
  "?tu-khoa=lao+khoa",
];

let browser: Browser;
const contexts: BrowserContext[] = [];
let problems: string[] = [];

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
});
afterAll(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
  await browser?.close();
});

/**
 * Opens /kham-pha/`search` on `base` in a fresh context; with `ranges`, the page reads the database
 * by range requests whatever its size. Records external requests, extension requests and console errors.
 */
async function openExplorer(base: string, search: string, ranges: boolean): Promise<Page> {
  const context = await browser.newContext({ locale: "vi-VN", acceptDownloads: true });
  contexts.push(context);
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (!(url.startsWith(`${base}/`) || url.startsWith("blob:") || url.startsWith("data:"))) {
      problems.push(`external: ${url}`);
      return route.abort("blockedbyclient");
    }
    if (/extension/i.test(new URL(url).pathname)) problems.push(`extension: ${url}`);
    if (ranges && new URL(url).pathname === "/kham-pha/") {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        'data-trang-thai="cho"',
        'data-database-whole-max="0" data-trang-thai="cho"',
      );
      return route.fulfill({ response, body });
    }
    return route.continue();
  });
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page: ${e.message}`));
  await page.goto(`${base}/kham-pha/${search}`);
  await page.waitForSelector('#kham-pha[data-trang-thai="san-sang"]', { timeout: 60_000 });
  await page.waitForFunction(() => Number(document.getElementById("kham-pha")?.dataset.lanCapNhat ?? 0) > 0, null, {
    timeout: 60_000,
  });
  return page;
}

/** What a reader sees of the results: summary, listed plans, locality matrix. */
const shown = (page: Page) =>
  page.evaluate(() => ({
    summary: document.getElementById("ket-qua-tom-tat")?.textContent,
    plans: [...document.querySelectorAll("#ket-qua tbody tr[data-slug]")].map((r) => r.getAttribute("data-slug")),
    matrix: document.getElementById("ket-qua-ma-tran")?.textContent,
  }));

const takeProblems = () => {
  const out = problems;
  problems = [];
  return out;
};

// Every page starts DuckDB from scratch: tens of seconds on a busy machine.
describe.skipIf(!nginx)("explorer through nginx: range requests", { timeout: 420_000 }, () => {
  let server: NginxServer;
  beforeAll(async () => {
    server = await startNginx(FIXTURE_SITE, await freePort(), "tmp/nginx-explorer-range", { accessLog: true });
  });
  afterAll(async () => {
    await server?.stop();
  });

  const databaseSent = (from: number) =>
    server
      .sent()
      .slice(from)
      .filter((r) => r.uri.startsWith(`/data/${DATABASE_FILE}`));

  it("reads the database by range requests, never whole, with the results of a whole download", async () => {
    for (const search of STATES) {
      const before = server.sent().length;
      const ranged = await openExplorer(server.baseURL, search, true);
      const requests = databaseSent(before);
      // A probe of one byte, a HEAD, then the pages the queries need, never the whole file in one answer.
      expect(requests.length, search).toBeGreaterThan(2);
      expect(Math.max(...requests.map((r) => r.bytes)), search).toBeLessThan(databaseBytes);
      // The first view reads less than the file. (A free-text search reads the folded text of every plan
      // and every quote: on this small fixture file, with DuckDB-wasm's read-ahead, about the whole file.)
      if (search === "")
        expect(
          requests.reduce((n, r) => n + r.bytes, 0),
          search,
        ).toBeLessThan(databaseBytes);
      const whole = await openExplorer(server.baseURL, search, false);
      expect(await shown(ranged), search).toEqual(await shown(whole));
      expect((await shown(ranged)).plans.length, search).toBeGreaterThan(0);
      await Promise.all(contexts.splice(0).map((c) => c.close()));
    }
    expect(takeProblems()).toEqual([]);
  });

  it("runs the SQL tab and downloads the selection as CSV on a database read by ranges", async () => {
    const page = await openExplorer(server.baseURL, "?bien-phap=lao-khoa", true);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#tai-csv")]);
    const chunks: Buffer[] = [];
    for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
    const csv = Buffer.concat(chunks).toString("utf8");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.trim().split("\r\n").length - 1).toBe((await shown(page)).plans.length);
    await page.click("#the-sql");
    await page.fill("#sql-cau-lenh", "SELECT count(*) AS n FROM quotes");
    await page.click("#sql-chay");
    await page.waitForFunction(() => document.querySelector("#sql-ket-qua th")?.textContent === "n");
    expect(Number(await page.textContent("#sql-ket-qua td"))).toBeGreaterThan(0);
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    expect(takeProblems()).toEqual([]);
  });
});

describe("explorer from a server without range support", { timeout: 120_000 }, () => {
  let server: Server;
  let base: string;
  const requests: string[] = [];
  beforeAll(async () => {
    const serve = sirv(FIXTURE_SITE, { dev: false, extensions: ["html"] });
    server = createServer((req, res) => {
      // A server that ignores Range: every answer is the whole file (200).
      delete req.headers.range;
      requests.push(req.url ?? "");
      serve(req, res, () => {
        res.writeHead(404);
        res.end();
      });
    });
    const port = await freePort();
    await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  });

  it("downloads the database once, whole, and shows the same results", async () => {
    const page = await openExplorer(base, "?bien-phap=lao-khoa", true);
    expect(requests.filter((u) => u.startsWith(`/data/${DATABASE_FILE}`))).toHaveLength(1);
    expect((await shown(page)).plans.length).toBeGreaterThan(0);
    expect(await page.textContent("#trang-thai-chu")).toContain("DuckDB đã sẵn sàng");
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    expect(takeProblems()).toEqual([]);
  });
});
