import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { ComparePlan } from "../../src/lib/compare/data.ts";
import { partOf } from "../../src/lib/compare/parts.ts";
import { COMPARE_IDS } from "../../src/lib/dom-ids.ts";
import { LEVEL_NAMES } from "../../src/lib/labels.ts";
import { fixtureContent } from "../fixture-corpus.ts";
import { audit, failing, serveAxe } from "./axe.ts";
import { useSite } from "./harness.ts";

const site = useSite();
const { plans, measures } = fixtureContent();

const DAK_LAK = "ke-hoach-ubnd-dak-lak-thuc-hien-kl-149-2025";
const HA_TINH = "ke-hoach-btv-tinh-uy-ha-tinh-thuc-hien-kl-149-2025";
const HUE = "ke-hoach-49-kh-duk-2018-dang-uy-khoi-tinh-thua-thien-hue";
const QD1745 = "quyet-dinh-1745-qd-ttg-2025";
const planOf = (slug: string) => plans.find((p) => p.slug === slug)?.plan;
const levelOf = (slug: string, id: string) => planOf(slug)?.measures[id]?.level ?? null;
const levelText = (level: number | null) => (level === null ? LEVEL_NAMES.null : `${level} · ${LEVEL_NAMES[level]}`);

async function ready(path: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await site.open(path, viewport ? { viewport } : {});
  await page.waitForSelector(`#${COMPARE_IDS.root}[data-trang-thai="san-sang"]`);
  return page;
}

/** The plans the table's columns show, by their links. */
const columns = (page: Page) =>
  page.$$eval(`#${COMPARE_IDS.table} thead th a`, (as) => as.map((a) => a.getAttribute("href")));
/** The measure rows a reader sees. */
const visibleRows = (page: Page) =>
  page.$$eval(`#${COMPARE_IDS.table} tr.ss-bp`, (rows) =>
    rows.filter((r) => (r as HTMLElement).offsetParent !== null).map((r) => r.getAttribute("data-bien-phap")),
  );

describe("/so-sanh/ in the browser", () => {
  it("shows both plans of the address, each measure at the level the plan file gives", async () => {
    const page = await ready(`/so-sanh/?ke-hoach=${DAK_LAK},${HA_TINH}`);
    expect(await columns(page)).toEqual([`/ke-hoach/${DAK_LAK}/`, `/ke-hoach/${HA_TINH}/`]);
    for (const m of measures) {
      const cells = await page.$$eval(`tr[data-bien-phap="${m.id}"] td .ss-muc`, (els) =>
        els.map((e) => e.textContent),
      );
      expect(cells).toEqual([levelText(levelOf(DAK_LAK, m.id)), levelText(levelOf(HA_TINH, m.id))]);
    }
    expect(await page.locator(`#${COMPARE_IDS.table} tr.ss-meta`).first().innerText()).toContain("không số");
    expect(await page.locator(`#${COMPARE_IDS.notice}`).isHidden()).toBe(true);
  });

  it("hides the measures both plans code alike when “Chỉ hiện khác biệt” is ticked", async () => {
    const page = await ready(`/so-sanh/?ke-hoach=${DAK_LAK},${HA_TINH}`);
    const differing = measures.filter((m) => levelOf(DAK_LAK, m.id) !== levelOf(HA_TINH, m.id)).map((m) => m.id);
    expect(differing.length).toBeGreaterThan(0);
    expect(differing.length).toBeLessThan(measures.length);
    expect(await visibleRows(page)).toHaveLength(measures.length);
    await page.getByLabel("Chỉ hiện khác biệt").check();
    expect((await visibleRows(page)).sort()).toEqual([...differing].sort());
    await page.getByLabel("Chỉ hiện khác biệt").uncheck();
    expect(await visibleRows(page)).toHaveLength(measures.length);
  });

  it("adds a plan found without diacritics, and back/forward restore each choice", async () => {
    const page = await ready(`/so-sanh/?ke-hoach=${DAK_LAK}`);
    expect(await page.locator(`#${COMPARE_IDS.notice}`).innerText()).toContain("Chọn thêm 1 văn bản");
    await page.getByLabel("Thêm văn bản (số, cơ quan, địa phương)").fill("thua thien hue");
    await page.getByRole("button", { name: `Thêm vào so sánh: ${planOf(HUE)?.shortTitle}` }).click();
    await page.waitForURL(`**/so-sanh/?ke-hoach=${DAK_LAK},${HUE}`);
    expect(await columns(page)).toEqual([`/ke-hoach/${DAK_LAK}/`, `/ke-hoach/${HUE}/`]);

    await page.getByRole("button", { name: `Bỏ khỏi so sánh: ${planOf(DAK_LAK)?.shortTitle}` }).click();
    await page.waitForURL(`**/so-sanh/?ke-hoach=${HUE}`);
    expect(await columns(page)).toEqual([]);

    await page.goBack();
    await page.waitForURL(`**/so-sanh/?ke-hoach=${DAK_LAK},${HUE}`);
    expect(await columns(page)).toEqual([`/ke-hoach/${DAK_LAK}/`, `/ke-hoach/${HUE}/`]);
    await page.goBack();
    await page.waitForURL(`**/so-sanh/?ke-hoach=${DAK_LAK}`);
    expect(await columns(page)).toEqual([]);
    await page.goForward();
    await page.waitForURL(`**/so-sanh/?ke-hoach=${DAK_LAK},${HUE}`);
    expect(await columns(page)).toEqual([`/ke-hoach/${DAK_LAK}/`, `/ke-hoach/${HUE}/`]);
  });

  it("reads only the parts holding the chosen plans, and the search index once the reader types", async () => {
    // The fixture fits in one part; the test serves it in four, as a large corpus is served.
    const PARTS = 4;
    const all = (await (await fetch(`${site.baseURL}/so-sanh/phan/1-0.json`)).json()) as ComparePlan[];
    const page = await site.open("/");
    const asked: string[] = [];
    page.on("request", (r) => {
      const path = new URL(r.url()).pathname;
      if ((path.startsWith("/so-sanh/") || path.startsWith("/tim-kiem/")) && path.endsWith(".json")) asked.push(path);
    });
    await page.route("**/so-sanh/du-lieu.json", async (route) => {
      const index = (await (await route.fetch()).json()) as object;
      await route.fulfill({ json: { ...index, parts: PARTS } });
    });
    await page.route("**/so-sanh/phan/*.json", (route) => {
      const k = Number(new RegExp(`/${PARTS}-(\\d+)\\.json$`).exec(route.request().url())?.[1]);
      return route.fulfill({ json: all.filter((p) => partOf(p.s, PARTS) === k) });
    });
    await page.goto(`${site.baseURL}/so-sanh/?ke-hoach=${DAK_LAK},${HA_TINH}`);
    await page.waitForSelector(`#${COMPARE_IDS.root}[data-trang-thai="san-sang"]`);
    expect(await columns(page)).toEqual([`/ke-hoach/${DAK_LAK}/`, `/ke-hoach/${HA_TINH}/`]);
    const parts = [...new Set([DAK_LAK, HA_TINH].map((s) => `/so-sanh/phan/${PARTS}-${partOf(s, PARTS)}.json`))];
    expect([...asked].sort()).toEqual(["/so-sanh/du-lieu.json", ...parts].sort());

    await page.getByLabel("Thêm văn bản (số, cơ quan, địa phương)").fill("thua thien hue");
    await page.getByRole("button", { name: `Thêm vào so sánh: ${planOf(HUE)?.shortTitle}` }).click();
    await page.waitForURL(`**/so-sanh/?ke-hoach=${DAK_LAK},${HA_TINH},${HUE}`);
    await page.waitForFunction((n) => document.querySelectorAll(n).length === 3, `#${COMPARE_IDS.table} thead th a`);
    // The picker reads the site search's names file once and the shards of the words typed, no list of plans.
    expect(asked.filter((p) => p === "/tim-kiem/ten.json")).toHaveLength(1);
    expect(asked.filter((p) => p.startsWith("/tim-kiem/n-"))).toEqual(
      expect.arrayContaining(["/tim-kiem/n-th.json", "/tim-kiem/n-hu.json"]),
    );
    expect(asked).toContain(`/so-sanh/phan/${PARTS}-${partOf(HUE, PARTS)}.json`);
  });

  it("says which slugs of the address it ignored", async () => {
    const page = await ready(`/so-sanh/?ke-hoach=${DAK_LAK},khong-co-ke-hoach-nay,${DAK_LAK},${QD1745}`);
    const notice = await page.locator(`#${COMPARE_IDS.notice}`).innerText();
    expect(notice).toContain("“khong-co-ke-hoach-nay” (không có kế hoạch này)");
    expect(notice).toContain(`“${DAK_LAK}” (trùng)`);
    expect(await columns(page)).toEqual([`/ke-hoach/${DAK_LAK}/`, `/ke-hoach/${QD1745}/`]);
  });

  it("stacks the plans under each measure on a phone, without horizontal scrolling", async () => {
    const page = await ready(`/so-sanh/?ke-hoach=${DAK_LAK},${HA_TINH},${HUE},${QD1745}`, { width: 375, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const labels = await page.$$eval('tr[data-bien-phap="lao-khoa"] td', (tds) =>
      tds.map((td) => getComputedStyle(td, "::before").content),
    );
    expect(labels).toEqual([DAK_LAK, HA_TINH, HUE, QD1745].map((s) => `"${planOf(s)?.shortTitle}"`));
  });
});

describe("/so-sanh/ with a comparison drawn", () => {
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 375, height: 740 },
  ])
    it(`has no serious or critical axe-core violation at ${viewport.width} px`, async () => {
      const page = await ready(`/so-sanh/?ke-hoach=${DAK_LAK},${HA_TINH},${HUE}`, viewport);
      await page.getByLabel("Thêm văn bản (số, cơ quan, địa phương)").fill("149");
      await serveAxe(page);
      expect(failing(await audit(page, `/so-sanh/ at ${viewport.width} px`))).toEqual([]);
    });
});

describe("/so-sanh/ without JavaScript", () => {
  it("explains how to choose and lists the newest plans with their parent", async () => {
    const page = await site.open(`/so-sanh/?ke-hoach=${DAK_LAK},${HA_TINH}`, { javaScriptEnabled: false });
    expect(await page.locator(".section-intro").innerText()).toContain("gõ số, cơ quan ban hành hay địa phương");
    expect(await page.locator(`#${COMPARE_IDS.root}`).isHidden()).toBe(true);
    const pairs = await page.$$eval(".ss-cap > li > a", (as) => as.map((a) => a.getAttribute("href")));
    expect(pairs[0]).toBe(`/so-sanh/?ke-hoach=${DAK_LAK},${QD1745}`);
    expect(await page.getByText("cùng văn bản cấp trên mà chúng thực hiện").count()).toBe(1);
  });
});

describe("links to /so-sanh/", () => {
  it("offers a comparison on a plan page", async () => {
    const page = await site.open(`/ke-hoach/${DAK_LAK}/`, { javaScriptEnabled: false });
    expect(await page.getByRole("link", { name: "So sánh với văn bản khác" }).getAttribute("href")).toBe(
      `/so-sanh/?ke-hoach=${DAK_LAK}`,
    );
  });
});
