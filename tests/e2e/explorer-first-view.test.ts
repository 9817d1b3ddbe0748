import { readFileSync } from "node:fs";
import { join } from "node:path";
import { init } from "es-module-lexer";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { IDS } from "../../src/lib/dom-ids.ts";
import { FIXTURE_SITE, fixtureContent } from "../fixture-corpus.ts";
import { moduleGraph } from "../../scripts/lib/modulepreload.ts";
import { useSite } from "./harness.ts";

const site = useSite();
const { plans } = fixtureContent();

/** Everything the results area shows: summary, table, matrix, chart tables, chart note, filter counts. */
const shown = (page: Page) =>
  page.evaluate((ids) => {
    const el = (id: string) => document.getElementById(id) as HTMLElement;
    // Charts are built as DOM (linkedom at build, the page's DOM after), whose attribute order differs:
    // their table alternatives are compared cell by cell.
    const chartTable = (id: string) =>
      [...el(id).querySelectorAll("table caption, table tr")].map((row) =>
        row.tagName === "CAPTION"
          ? row.textContent
          : [...row.children].map((c) => [
              c.textContent,
              c.getAttribute("class"),
              c.getAttribute("style"),
              c.querySelector("a")?.getAttribute("href") ?? null,
            ]),
      );
    return {
      summary: el(ids.resultsSummary).textContent?.trim(),
      count: el(ids.results).dataset.soKetQua,
      rows: [...el(ids.resultsTable).querySelectorAll("tbody tr[data-slug]")].map((r) => r.getAttribute("data-slug")),
      table: el(ids.resultsTable).innerHTML,
      matrix: el(ids.localityMatrix).innerHTML,
      coverage: chartTable(ids.coverageChart),
      adoption: chartTable(ids.matrixChart),
      note: el(ids.chartNote).hidden ? null : el(ids.chartNote).textContent?.trim(),
      empty: el(ids.resultsEmpty).hidden,
      more: el(ids.moreButton).hidden,
      counts: [...document.querySelectorAll<HTMLElement>("[data-dem]")].map((c) => [
        c.dataset.dem,
        c.textContent?.trim(),
      ]),
    };
  }, IDS);

describe("/kham-pha/ first view", () => {
  it("shows before any script runs exactly what DuckDB answers for the default view", async () => {
    const before = await shown(await site.open("/kham-pha/", { javaScriptEnabled: false }));
    expect(before.rows.length).toBe(plans.length);
    expect(before.counts.some(([, n]) => Number(n) > 0)).toBe(true);

    const page = await site.open("/kham-pha/");
    await page.waitForSelector(`#${IDS.explorer}[data-trang-thai="san-sang"]`, { timeout: 60_000 });
    await page.waitForFunction((id) => Number(document.getElementById(id)?.dataset.lanCapNhat ?? 0) > 0, IDS.explorer, {
      timeout: 30_000,
    });
    expect(await shown(page)).toEqual(before);
  });

  it("writes every id the scripts look up, each exactly once", async () => {
    const page = await site.open("/kham-pha/", { javaScriptEnabled: false });
    const counts = await page.evaluate(
      (ids) => ids.map((id) => [id, document.querySelectorAll(`[id="${id}"]`).length]),
      Object.values(IDS),
    );
    expect(counts).toEqual(Object.values(IDS).map((id) => [id, 1]));
  });

  it("asks for every chunk its script imports together with the page (modulepreload), not after the script", async () => {
    await init;
    const html = readFileSync(join(FIXTURE_SITE, "kham-pha/index.html"), "utf8");
    const head = html.slice(0, html.indexOf("</head>"));
    const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    const imports = scripts.flatMap((src) => moduleGraph(src, (p) => readFileSync(join(FIXTURE_SITE, p), "utf8")));
    expect(imports.length).toBeGreaterThan(0);
    for (const chunk of imports) expect(head).toContain(`<link rel="modulepreload" href="${chunk}">`);
  });
});
