import { describe, expect, it } from "vitest";
import { brotliCompressSync } from "node:zlib";
import { useSite } from "./harness.ts";

const site = useSite();

/** The links of the map of plans on a page (the drawing shown at this viewport). */
const visibleUnitLinks = (path: string, width = 1280) =>
  site.open(path, { viewport: { width, height: 900 } }).then(async (page) => ({
    page,
    links: await page
      .locator("figure.chart--ban-do .chart-drawing:visible svg a")
      .evaluateAll((as) =>
        as.map((a) => ({ href: a.getAttribute("href") ?? "", name: a.getAttribute("aria-label") ?? "" })),
      ),
  }));

describe("the map of the 34 units", () => {
  it("links every unit on / to a page that exists, each named with its plans", async () => {
    const { page, links } = await visibleUnitLinks("/");
    expect(links).toHaveLength(34);
    expect(links).toContainEqual({ href: "/dia-phuong/ha-tinh/", name: "Hà Tĩnh: 1 kế hoạch" });
    expect(links).toContainEqual({ href: "/dia-phuong/ha-noi/", name: "Hà Nội: chưa có kế hoạch" });
    for (const { href } of links) {
      const response = await page.request.get(new URL(href, site.baseURL).href);
      expect(response.status(), href).toBe(200);
    }
  });

  it("keeps the home page, maps included, within 30 KB of brotli-compressed HTML", async () => {
    const page = await site.open("/");
    const html = await (await page.request.get(`${site.baseURL}/`)).body();
    expect(brotliCompressSync(html).length).toBeLessThanOrEqual(30 * 1024);
  });

  it("labels the Hoàng Sa and Trường Sa archipelagos, on desktops and on phones", async () => {
    for (const width of [1280, 375]) {
      const page = await site.open("/", { viewport: { width, height: 800 } });
      const text = await page.locator("figure.chart--ban-do .chart-drawing:visible svg").first().textContent();
      expect(text, String(width)).toContain("Quần đảo Hoàng Sa");
      expect(text, String(width)).toContain("Quần đảo Trường Sa");
    }
  });

  it("reaches a unit with the keyboard and follows its link", async () => {
    const page = await site.open("/");
    const link = page.locator('figure.chart--ban-do .chart-drawing:visible a[href="/dia-phuong/son-la/"]');
    await link.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Sơn La: 1 kế hoạch");
    await page.keyboard.press("Enter");
    await page.waitForURL("**/dia-phuong/son-la/");
    expect(await page.locator("h1").innerText()).toBe("Tỉnh Sơn La");
  });

  it("fits a 375 px phone without sideways scrolling on the pages with maps", async () => {
    for (const path of ["/", "/dia-phuong/", "/bien-phap/mat-can-bang-gioi-tinh/"]) {
      const page = await site.open(path, { viewport: { width: 375, height: 740 } });
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
        path,
      ).toBeLessThanOrEqual(0);
      expect(await page.locator("figure.chart--ban-do .chart-drawing--narrow svg").first().isVisible(), path).toBe(
        true,
      );
    }
  });

  it("shows a table alternative with a row per unit, units without plan as chưa có kế hoạch", async () => {
    const page = await site.open("/dia-phuong/", { javaScriptEnabled: false });
    const rows = page.locator("figure.chart--ban-do details table tbody tr");
    expect(await rows.count()).toBe(34);
    expect(await page.locator("figure.chart--ban-do details table").textContent()).toContain("chưa có kế hoạch");
  });

  it("draws the level of a measure in each unit and the sex ratio at birth beside the commitments", async () => {
    const page = await site.open("/bien-phap/mat-can-bang-gioi-tinh/");
    const caption = await page.locator("figure.chart--chi-so > figcaption").innerText();
    expect(caption).toMatch(/\d+ tỉnh, thành phố có số liệu tỷ số giới tính khi sinh; \d+ trong số đó có kế hoạch/);
    expect(await page.locator("figure.chart--chi-so details table a[href^='https://']").count()).toBeGreaterThan(0);
    expect(await page.locator("figure.chart--ban-do").count()).toBe(1);
  });

  it("shows a locality's figures with their year, unit scheme and source", async () => {
    const page = await site.open("/dia-phuong/ha-tinh/");
    const section = await page.locator("section[aria-labelledby='chi-so-h']").innerText();
    expect(section).toContain("Tỷ số giới tính khi sinh");
    expect(section).toContain("Hà Tĩnh (tỉnh cũ)");
    expect(section).toContain("năm 2024");
    expect(
      await page.locator("section[aria-labelledby='chi-so-h'] a[href^='https://baohatinh.vn/']").count(),
    ).toBeGreaterThan(0);
  });
});

describe("the explorer's map", () => {
  it("is drawn before any script runs, then redrawn from the query's results", async () => {
    const still = await site.open("/kham-pha/", { javaScriptEnabled: false });
    expect(await still.locator("#bieu-do-ban-do svg a").count()).toBe(34);

    const page = await site.open("/kham-pha/?dia-phuong=son-la");
    await page.waitForSelector('#kham-pha[data-trang-thai="san-sang"]', { timeout: 60_000 });
    await page.waitForFunction(
      () =>
        document.querySelector('#bieu-do-ban-do svg a[href="/dia-phuong/ha-tinh/"]')?.getAttribute("aria-label") ===
        "Hà Tĩnh: chưa có kế hoạch",
      undefined,
      { timeout: 30_000 },
    );
    const names = await page
      .locator("#bieu-do-ban-do svg a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("aria-label") ?? ""));
    expect(names).toHaveLength(34);
    expect(names.filter((n) => !n.endsWith("chưa có kế hoạch"))).toEqual(["Sơn La: 1 kế hoạch"]);
  });
});
