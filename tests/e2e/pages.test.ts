import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useSite } from "./harness.ts";

const site = useSite();

const SEED_000 = "/ke-hoach/ke-hoach-07-kh-du-cdsl-2025-truong-cao-dang-son-la/";
const HA_TINH = "/ke-hoach/ke-hoach-btv-tinh-uy-ha-tinh-thuc-hien-kl-149-2025/";
const NQ21 = "/ke-hoach/nghi-quyet-21-nq-tw-2017/";

/** One page of each type, with a sentence that must be on it. */
const PAGE_TYPES: [string, string][] = [
  ["/", "Ai cam kết gì"],
  ["/ke-hoach/", "mới nhất trước"],
  [SEED_000, "07-KH/ĐU-CDSL"],
  ["/dia-phuong/", "34 tỉnh, thành phố"],
  ["/dia-phuong/son-la/", "Tỉnh Sơn La"],
  ["/bien-phap/", "Thang mức độ"],
  ["/bien-phap/lao-khoa/", "Mạng lưới lão khoa"],
  ["/du-lieu/", "Cách trích dẫn"],
];

/** Records every request a page makes while it loads. */
async function openRecording(path: string, options?: Parameters<typeof site.open>[1]) {
  const requests: string[] = [];
  const page = await site.open("/", options);
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(new URL(path, `${site.baseURL}/`).href, { waitUntil: "networkidle" });
  return { page, requests };
}

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe("reading pages", () => {
  it.each(PAGE_TYPES)(
    "opens %s with its heading, no console error and no request to another host",
    async (path, text) => {
      const page = await site.open(path);
      expect(await page.locator("h1").count()).toBe(1);
      expect(await page.locator("main").innerText()).toContain(text);
    },
  );

  it.each(PAGE_TYPES)("loads no DuckDB and at most a small script on %s", async (path) => {
    const { requests } = await openRecording(path);
    expect(requests.filter((r) => /duckdb|\.wasm$|\.arrow$|\.parquet$/.test(r))).toEqual([]);
    // The search boxes' small scripts (and Vite's helper for their dynamic import) wait for a focus;
    // their code and index must not load before it.
    const search = /\/(SiteSearch|SourceSearch)\.astro_[^/]*\.js$|\/preload-helper\.[^/]*\.js$/;
    const scripts = requests.filter((r) => r.endsWith(".js") && !search.test(r));
    expect(scripts.length).toBeLessThanOrEqual(path === "/ke-hoach/" ? 1 : 0);
    expect(requests.filter((r) => r.startsWith("/tim-kiem/") || /site-search|source-search/.test(r))).toEqual([]);
  });

  it.each(PAGE_TYPES)("fits a 375 px phone screen without sideways scrolling on %s", async (path) => {
    const page = await site.open(path, { viewport: { width: 375, height: 740 } });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  it("draws the overview's charts as inline SVG with a caption and a table, without JavaScript", async () => {
    const page = await site.open("/", { javaScriptEnabled: false });
    const figures = page.locator("figure.chart");
    // Matrix, map of plans, small maps of the four fixed measures, timeline, coverage.
    expect(await figures.count()).toBe(5);
    for (const figure of await figures.all()) {
      expect(await figure.locator("svg").first().isVisible()).toBe(true);
      expect((await figure.locator(":scope > figcaption").innerText()).length).toBeGreaterThan(30);
      expect(await figure.locator("details table").count()).toBe(1);
    }
  });

  it("shows phones the narrow drawing of the matrix and desktops the wide one", async () => {
    const phone = await site.open("/", { viewport: { width: 375, height: 740 } });
    expect(await phone.locator("figure.chart--ma-tran .chart-drawing--narrow svg").isVisible()).toBe(true);
    expect(await phone.locator("figure.chart--ma-tran .chart-drawing--wide svg").isVisible()).toBe(false);
    const desktop = await site.open("/");
    expect(await desktop.locator("figure.chart--ma-tran .chart-drawing--wide svg").isVisible()).toBe(true);
  });
});

describe("plan page", () => {
  it("shows the number of seed 000 in its metadata, as printed on the document", async () => {
    const page = await site.open(SEED_000);
    const meta = await page.locator(".plan-meta").innerText();
    expect(meta).toContain("07-KH/ĐU-CDSL");
    expect(meta).toContain("28/6/2025");
    expect(meta).toContain("Nguyễn Đức Long");
  });

  it("highlights every quote in the source text, each reachable from the measures table", async () => {
    const page = await site.open(SEED_000);
    const marks = page.locator(".source-text mark[id]");
    expect(await marks.count()).toBeGreaterThan(10);
    const links = await page
      .locator(".measure-table a[href^='#trich-']")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")!.slice(1)));
    expect(links.length).toBeGreaterThan(10);
    for (const id of new Set(links)) {
      expect(await page.locator(`.source-text mark[id="${id}"]`).count(), id).toBe(1);
    }
  });

  it("takes the reader from a measure's quote to its highlight in the source", async () => {
    const page = await site.open(SEED_000);
    await page.locator("#bp-kiem-tra-giam-sat a[href^='#trich-']").first().click();
    const target = page.locator(".source-text mark:target");
    expect(await target.innerText()).toContain("Trước ngày 10 của tháng cuối quý");
    expect(await target.isVisible()).toBe(true);
  });

  it("links a reference to the summarised plan and marks the others as not summarised", async () => {
    const page = await site.open(SEED_000);
    const meta = page.locator(".plan-meta");
    expect(await meta.locator('a[href="/ke-hoach/ket-luan-149-kl-tw-2025/"]').count()).toBe(1);
    expect(await meta.innerText()).toContain(
      "Kế hoạch số 26-KH/ĐU ngày 11/6/2025 của Đảng ủy Ủy ban nhân dân tỉnh Sơn La (chưa có tóm tắt)",
    );
  });

  it("says that the full text of a national document is not held, and shows its source note and data notes", async () => {
    const page = await site.open(NQ21);
    const text = await page.locator("main").innerText();
    expect(text).toContain("Dự án không lưu toàn văn của văn bản này.");
    expect(await page.locator(".source-text").count()).toBe(0);
    expect(await page.locator("#toan-van .no-source p").count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator("#ghi-chu li").count()).toBeGreaterThan(0);
    expect(await page.locator("#bien-phap .level-null").count()).toBeGreaterThanOrEqual(20);
  });

  it("flags the inferred locality of the Hà Tĩnh plan with its reason", async () => {
    const page = await site.open(HA_TINH);
    const locality = page.locator(".plan-meta .inferred");
    expect(await locality.isVisible()).toBe(true);
    expect(await locality.innerText()).toMatch(/^Suy luận/);
    expect(await locality.innerText()).toContain("Trần Thế Dũng");
  });

  it("embeds the lineage section", async () => {
    const page = await site.open(SEED_000);
    expect(await page.locator("#pha-he h2").innerText()).toBe("Phả hệ");
  });
});

describe("plan list", () => {
  const dates = (page: Page) =>
    page.locator(".plan-table tbody tr").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-ngay")));

  it("lists plans newest first without JavaScript", async () => {
    const page = await site.open("/ke-hoach/", { javaScriptEnabled: false });
    const order = await dates(page);
    expect(order.length).toBe(8);
    expect([...order].sort().reverse()).toEqual(order);
    expect(await page.locator(".sort-button").count()).toBe(0);
  });

  it("sorts by locality when the reader asks, and keeps the order in the address", async () => {
    const page = await site.open("/ke-hoach/");
    await page.getByRole("button", { name: "Địa phương" }).click();
    const localities = await page
      .locator(".plan-table tbody tr")
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-dia-phuong")).filter(Boolean));
    expect(localities).toEqual([...localities].sort());
    expect(page.url()).toContain("sap-xep=dia-phuong-tang");
    expect(await page.locator('th[aria-sort="ascending"]').innerText()).toContain("Địa phương");
    const reopened = await site.open(`/ke-hoach/?sap-xep=ngay-tang`);
    const order = (await dates(reopened)).filter(Boolean);
    expect(order).toEqual([...order].sort());
  });
});

describe("locality pages", () => {
  it("makes the old names findable on the list of localities", async () => {
    const page = await site.open("/dia-phuong/");
    const text = await page.locator("main").innerText();
    for (const old of ["Quảng Bình", "Thừa Thiên Huế", "Hải Dương"]) expect(text).toContain(old);
    expect(await page.locator(".province-table tbody tr").count()).toBe(34);
  });

  it("lists a unit's plans by level with a matrix of their measures", async () => {
    const page = await site.open("/dia-phuong/hue/");
    const text = await page.locator("main").innerText();
    expect(text).toContain("Thừa Thiên Huế");
    expect(
      await page.locator('a[href="/ke-hoach/ke-hoach-49-kh-duk-2018-dang-uy-khoi-tinh-thua-thien-hue/"]').count(),
    ).toBeGreaterThan(0);
    expect(await page.locator("figure.chart--ma-tran").count()).toBe(1);
  });

  it("says so when a unit has no plan yet", async () => {
    const page = await site.open("/dia-phuong/lai-chau/");
    expect(await page.locator("main").innerText()).toContain("Chưa có kế hoạch nào của Lai Châu");
    expect(await page.locator("figure.chart").count()).toBe(0);
  });
});

describe("measure page", () => {
  it("sets the plans' quotes side by side with their levels", async () => {
    const page = await site.open("/bien-phap/kiem-tra-giam-sat/");
    const cards = page.locator("#trich-dan-h ~ .card-grid .card");
    expect(await cards.count()).toBeGreaterThanOrEqual(4);
    expect(await cards.first().locator(".level").innerText()).toMatch(/^3/);
    expect(await page.locator("figure.chart--muc-do svg").count()).toBeGreaterThan(0);
  });
});

describe("RSS feed", () => {
  it("lists the newest plans with links to their pages", async () => {
    const response = await fetch(`${site.baseURL}/rss.xml`);
    expect(response.status).toBe(200);
    const xml = await response.text();
    expect(xml).toContain("<language>vi</language>");
    expect((xml.match(/<item>/g) ?? []).length).toBe(8);
    expect(xml).toContain("/ke-hoach/ke-hoach-07-kh-du-cdsl-2025-truong-cao-dang-son-la/");
  });
});
