import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { audit, failing, serveAxe, sitemapPaths, type Finding } from "./axe.ts";
import { useSite } from "./harness.ts";

// Every page readers get: the site built from the live content, whose sitemap is dist/'s.
const site = useSite({ content: "live" });
const PATHS = sitemapPaths("dist");
const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 375, height: 740 },
];

/** Waits until the scripts of `path` are done, so that axe sees the page a reader ends up with. */
async function settle(page: Page, path: string): Promise<void> {
  if (path === "/kham-pha/") {
    // DuckDB loaded and the results drawn from it at least once.
    await page.waitForSelector('#kham-pha[data-trang-thai="san-sang"]', { timeout: 60_000 });
    await page.waitForFunction(() => Number(document.getElementById("kham-pha")?.dataset.lanCapNhat ?? 0) > 0);
  }
  if (path === "/pha-he/") await page.waitForSelector("lineage-tree.is-ready");
  if (path === "/so-sanh/") await page.waitForSelector('#so-sanh[data-trang-thai="san-sang"]');
  if (path === "/soan-thao/") await page.waitForSelector('#soan-thao[data-trang-thai="san-sang"]');
}

/** The explorer's SQL tab with the rows of an example question. */
async function auditSqlTab(page: Page, where: string): Promise<Finding[]> {
  await page.click("#the-sql");
  await page.click('[data-vi-du="dem-theo-bien-phap"]');
  await page.waitForSelector("#sql-ket-qua tbody tr");
  return audit(page, `${where} (SQL tab, after a query)`);
}

/** Audits `paths` one after another in one tab at `viewport`. */
async function auditAll(paths: string[], viewport: { width: number; height: number }): Promise<Finding[]> {
  const page = await site.open(paths[0], { viewport });
  await serveAxe(page);
  const findings: Finding[] = [];
  for (const path of paths) {
    if (page.url() !== new URL(path, `${site.baseURL}/`).href) await page.goto(`${site.baseURL}${path}`);
    await settle(page, path);
    const where = `${path} at ${viewport.width} px`;
    findings.push(...(await audit(page, where)));
    if (path === "/kham-pha/") findings.push(...(await auditSqlTab(page, where)));
  }
  return findings;
}

describe("axe-core, WCAG 2.2 A and AA rules", () => {
  it("finds the pages to check in the sitemap", () => {
    expect(PATHS).toEqual(expect.arrayContaining(["/", "/ke-hoach/", "/kham-pha/", "/pha-he/", "/du-lieu/"]));
  });

  for (const viewport of WIDTHS)
    it(`finds no serious or critical violation at ${viewport.width} px on any page, its scripts done`, async () => {
      // Two tabs share the pages: axe keeps one core busy per tab.
      const lanes = [0, 1].map((lane) => PATHS.filter((_, i) => i % 2 === lane));
      const findings = await Promise.all(lanes.map((paths) => auditAll(paths, viewport)));
      expect(failing(findings.flat()), "axe-core violations (rule [impact] on page: help, then selectors)").toEqual([]);
    }, 240_000);
});
