/**
 * The deployment section of `npm run bench`: what a first-time visitor on a phone downloads from Debian's
 * nginx with the production configuration (scripts/deploy/nginx.conf, gzip), and from the same server
 * with compression off (as a bare static host, or `astro preview`, serves it): bytes on the wire
 * until the page is loaded, and for /kham-pha/ until DuckDB is ready and the first result is drawn.
 * Counted by nginx itself ($bytes_sent in its access log), so the DuckDB worker's downloads count
 * too. Prints figures, asserts nothing.
 */
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "../../tests/e2e/chromium.ts";
import { freePort } from "../../tests/e2e/server.ts";
import { findNginx, startNginx, type NginxServer } from "./nginx.ts";
import { record } from "./bench-summary.ts";

const PHONE = { width: 375, height: 740 };
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

/** Bytes nginx sends a fresh phone visitor for `path` (until loaded, or the explorer's first result). */
async function bytesFor(browser: Browser, server: NginxServer, path: string): Promise<number> {
  const before = server.sent().length;
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: "vi-VN" });
  const page = await context.newPage();
  await page.goto(`${server.baseURL}${path}`, { waitUntil: "load" });
  if (path.startsWith("/kham-pha/")) {
    await page.waitForSelector('#kham-pha[data-trang-thai="san-sang"]', { timeout: 120_000 });
    await page.waitForFunction(() => Number(document.getElementById("kham-pha")?.dataset.lanCapNhat ?? 0) > 0, null, {
      timeout: 120_000,
    });
  }
  await page.waitForTimeout(500);
  await context.close();
  await new Promise((r) => setTimeout(r, 200)); // nginx writes its log line when a response ends
  return server
    .sent()
    .slice(before)
    .reduce((a, r) => a + r.bytes, 0);
}

/** Prints the section for the built site in `dist`. */
export async function benchDeploy(dist = "dist", paths = ["/", "/ke-hoach/", "/kham-pha/"]): Promise<void> {
  console.log("\n## Deployment: a first visit on a phone (bytes nginx sends)\n");
  if (!findNginx()) {
    console.log("skipped: nginx is not installed (`apt-get install -y nginx-light`)");
    return;
  }
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  const zipped = await startNginx(dist, await freePort(), "tmp/nginx-bench-gzip", { accessLog: true });
  const plain = await startNginx(dist, await freePort(), "tmp/nginx-bench-plain", { accessLog: true, gzip: false });
  try {
    console.log("| page | with gzip (scripts/deploy/nginx.conf) | without compression | ratio |");
    console.log("| --- | ---: | ---: | ---: |");
    for (const path of paths) {
      const z = await bytesFor(browser, zipped, path);
      const raw = await bytesFor(browser, plain, path);
      const name = path === "/" ? "home" : path.replaceAll("/", "").replaceAll("-", "_");
      record(`first_visit_bytes_gzip_${name}`, z);
      record(`first_visit_bytes_plain_${name}`, raw);
      const what = path.startsWith("/kham-pha/") ? `${path} (until the first DuckDB result)` : path;
      console.log(`| ${what} | ${kb(z)} | ${kb(raw)} | ${(raw / Math.max(1, z)).toFixed(1)}× |`);
    }
  } finally {
    await plain.stop();
    await zipped.stop();
    await browser.close();
  }
}

if (process.argv[1]?.endsWith("bench-deploy.ts")) await benchDeploy();
