import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { AxeResults, ImpactValue, RunOptions } from "axe-core";

/** The WCAG 2.2 A and AA rules, by axe-core's tags. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Impacts that fail a page. */
export const FAILING: readonly ImpactValue[] = ["serious", "critical"];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Where the page fetches axe-core from: the site's own origin, answered from node_modules by the test. */
const AXE_PATH = "/__kiem-thu/axe.min.js";

/** One violation on one page, with what it takes to find and fix it. */
export interface Finding {
  rule: string;
  impact: ImpactValue | null | undefined;
  where: string;
  help: string;
  selectors: string[];
}

/** Paths of every page listed in the built site's sitemaps (`dist/sitemap-*.xml`), sorted. */
export function sitemapPaths(dist = "dist"): string[] {
  const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  if (files.length === 0) throw new Error(`No sitemap-*.xml in ${dist}/: build the site first.`);
  const paths = files.flatMap((f) =>
    [...readFileSync(join(dist, f), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
      const url = new URL(m[1]);
      return url.pathname + url.search;
    }),
  );
  return [...new Set(paths)].sort();
}

/**
 * Lets `page` load axe-core from its own origin. The site's CSP refuses inline scripts, so the script
 * is served at a same-origin path that the test answers itself from node_modules: nothing leaves the
 * machine and the page keeps the policy it has in production.
 */
export async function serveAxe(page: Page): Promise<void> {
  await page.route(`**${AXE_PATH}`, (route) =>
    route.fulfill({ body: AXE_SOURCE, contentType: "text/javascript; charset=utf-8" }),
  );
}

/** Runs axe-core's WCAG 2.2 A/AA rules on the page as it is now; `where` names it in the findings. */
export async function audit(page: Page, where: string): Promise<Finding[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ url: AXE_PATH });
  const options: RunOptions = { runOnly: { type: "tag", values: WCAG_TAGS }, resultTypes: ["violations"] };
  const results = await page.evaluate(
    (o) =>
      (window as unknown as { axe: { run(c: Document, o: RunOptions): Promise<AxeResults> } }).axe.run(document, o),
    options,
  );
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    where,
    help: `${v.help} (${v.helpUrl})`,
    selectors: v.nodes.map((n) => n.target.map(String).join(" ")),
  }));
}

/** The findings that fail, one readable line each: rule, impact, page, then the offending elements. */
export function failing(findings: Finding[]): string[] {
  return findings
    .filter((f) => f.impact && FAILING.includes(f.impact))
    .map((f) => `${f.rule} [${f.impact}] on ${f.where}: ${f.help}\n    ${f.selectors.join("\n    ")}`);
}
