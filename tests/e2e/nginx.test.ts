/**
 * The production server configuration (scripts/deploy/nginx.conf) under Debian's nginx, over the live
 * build in dist/: the headers a deployment promises, and the explorer working through it. `.ci/run`
 * installs nginx; without it the file is skipped with the reason, except in CI where that is a failure.
 */
import { request } from "node:http";
import { readdirSync, statSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser } from "playwright-core";
import { findNginx, startNginx, type NginxServer } from "../../scripts/lib/nginx.ts";
import { CHROMIUM_ARGS, findChromium } from "./chromium.ts";
import { freePort } from "./server.ts";
import { CONTENT_SECURITY_POLICY } from "../../src/lib/site.ts";
import { DATABASE_FILE, INDEX_FILE } from "../../src/lib/explorer/schema.ts";

const nginx = findNginx();
if (!nginx && process.env.CI) throw new Error("CI cần nginx cho kiểm thử triển khai: `.ci/run` cài nginx-light.");
if (!nginx) console.warn("Bỏ qua kiểm thử nginx: máy này chưa cài nginx (`apt-get install -y nginx-light`).");

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(base: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request(`${base}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", fail);
    req.end();
  });
}

describe.skipIf(!nginx)("deployment: nginx with scripts/deploy/nginx.conf", () => {
  let server: NginxServer;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startNginx("dist", await freePort());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("serves pages compressed, briefly cached, with the CSP and frame-ancestors as headers", async () => {
    const page = await get(server.baseURL, "/", { "accept-encoding": "gzip" });
    expect(page.status).toBe(200);
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.headers["content-encoding"]).toBe("gzip");
    expect(page.headers["cache-control"]).toBe("public, max-age=300, must-revalidate");
    expect(page.headers["content-security-policy"]).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
    const plan = await get(server.baseURL, "/ke-hoach/");
    expect(plan.status).toBe(200);
    const noSlash = await get(server.baseURL, "/ke-hoach");
    expect(noSlash.status).toBe(301);
    expect(noSlash.headers.location).toBe("/ke-hoach/");
  });

  it("caches hashed assets and the DuckDB engine for a year, and serves .wasm as application/wasm, compressed", async () => {
    const asset = readdirSync("dist/_astro").find((f) => f.endsWith(".css") || f.endsWith(".js"))!;
    const a = await get(server.baseURL, `/_astro/${asset}`);
    expect(a.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const version = readdirSync("dist/duckdb")[0];
    const wasm = await get(server.baseURL, `/duckdb/${version}/duckdb-eh.wasm`, { "accept-encoding": "gzip" });
    expect(wasm.status).toBe(200);
    expect(wasm.headers["content-type"]).toBe("application/wasm");
    expect(wasm.headers["content-encoding"]).toBe("gzip");
    expect(wasm.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("answers range requests on the database with the exact bytes, uncompressed", async () => {
    const r = await get(server.baseURL, `/data/${DATABASE_FILE}?v=1`, {
      range: "bytes=0-15",
      "accept-encoding": "gzip",
    });
    expect(r.status).toBe(206);
    expect(r.body.length).toBe(16);
    expect(r.headers["content-range"]).toMatch(/^bytes 0-15\/\d+$/);
    expect(r.headers["content-encoding"]).toBeUndefined();
    const csv = await get(server.baseURL, "/data/plans.csv");
    expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
  });

  it("sends the explorer's filter index, always read whole, compressed", async () => {
    const r = await get(server.baseURL, `/data/${INDEX_FILE}?v=1`, { "accept-encoding": "gzip" });
    expect(r.status).toBe(200);
    expect(r.headers["content-encoding"]).toBe("gzip");
    expect(r.body.length).toBeLessThan(statSync(`dist/data/${INDEX_FILE}`).size);
    expect(r.headers["cache-control"]).toBe("public, max-age=300, must-revalidate");
  });

  it("answers an unknown address with the Vietnamese 404 page", async () => {
    const r = await get(server.baseURL, "/khong-co-trang-nay/");
    expect(r.status).toBe(404);
    expect(r.body.toString("utf8")).toContain("Không tìm thấy trang");
  });

  it("runs the explorer through it: DuckDB ready, results drawn, nothing external, no console error", async () => {
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
    const context = await browser.newContext({ locale: "vi-VN" });
    const problems: string[] = [];
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(`${server.baseURL}/`) || url.startsWith("blob:") || url.startsWith("data:"))
        return route.continue();
      problems.push(`external: ${url}`);
      return route.abort("blockedbyclient");
    });
    const page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page: ${e.message}`));
    await page.goto(`${server.baseURL}/kham-pha/`);
    await page.waitForSelector('#kham-pha[data-trang-thai="san-sang"]', { timeout: 60_000 });
    await page.waitForFunction(() => Number(document.getElementById("kham-pha")?.dataset.lanCapNhat ?? 0) > 0, null, {
      timeout: 60_000,
    });
    expect(problems).toEqual([]);
    await context.close();
  });
});
