import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { audit, failing, serveAxe } from "./axe.ts";
import { useSite } from "./harness.ts";

const site = useSite();

const SON_LA = "/ke-hoach/ke-hoach-07-kh-du-cdsl-2025-truong-cao-dang-son-la/";
const DAK_LAK = "/ke-hoach/ke-hoach-ubnd-dak-lak-thuc-hien-kl-149-2025/";
const HUE = "/ke-hoach/ke-hoach-49-kh-duk-2018-dang-uy-khoi-tinh-thua-thien-hue/";
const NAM_DO_SON = "/ke-hoach/ke-hoach-ubnd-phuong-nam-do-son-thuc-hien-kl-149-2025/";
const BOX = "#tim-kiem-o";

/** Types `query` into the header's box and waits for the results (or the "nothing found" note). */
async function search(page: Page, query: string): Promise<void> {
  await page.locator(BOX).fill(query);
  // The box keeps at most its maxlength: wait for the results of what it holds.
  await page.waitForFunction(
    () =>
      document.querySelector<HTMLElement>("[data-ss-panel]")?.dataset.query ===
      document.querySelector<HTMLInputElement>("#tim-kiem-o")?.value,
    undefined,
    { timeout: 10_000 },
  );
}

/** The links of the results in one group ("ke-hoach", "bien-phap", "dia-phuong", "trich-dan"). */
const links = (page: Page, group: string) =>
  page.$$eval(`[aria-labelledby="tim-kiem-nhom-${group}"] a[role="option"]`, (as) =>
    as.map((a) => a.getAttribute("href") ?? ""),
  );

describe("the header's search box", () => {
  it("finds plans and a locality from a province typed without diacritics, on a plan page", async () => {
    const page = await site.open(SON_LA);
    await search(page, "dak lak");
    expect(await links(page, "ke-hoach")).toContain(DAK_LAK);
    expect(await links(page, "dia-phuong")).toEqual(["/dia-phuong/dak-lak/"]);
    expect(await page.locator('[aria-labelledby="tim-kiem-nhom-dia-phuong"] mark').first().textContent()).toBe("Đắk");
  });

  it("finds a measure, and its quotes with the anchor of the measure, on a measure page", async () => {
    const page = await site.open("/bien-phap/muc-sinh-thay-the/");
    await search(page, "lao khoa");
    expect((await links(page, "bien-phap"))[0]).toBe("/bien-phap/lao-khoa/");
    const quotes = await links(page, "trich-dan");
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q).toMatch(/^\/ke-hoach\/[a-z0-9-]+\/#bp-lao-khoa$/);
    expect(await page.locator("[data-ss-status]").textContent()).toMatch(/^\d+ kết quả: .*biện pháp/);
  });

  it("finds today's unit and its plans from an old province name, on a locality page", async () => {
    const page = await site.open("/dia-phuong/son-la/");
    await search(page, "thua thien hue");
    expect(await links(page, "dia-phuong")).toEqual(["/dia-phuong/hue/"]);
    expect(await links(page, "ke-hoach")).toContain(HUE);
    await search(page, "hai duong");
    expect(await links(page, "dia-phuong")).toEqual(["/dia-phuong/hai-phong/"]);
    expect(await links(page, "ke-hoach")).toContain(NAM_DO_SON);
  });

  it("finds a plan by its number however it is typed, on the home page", async () => {
    const page = await site.open("/");
    for (const q of ["07-KH/DU-CDSL", "Số 07 - KH/ĐU-CDSL", "7KH/ĐU", "cdsl"]) {
      await search(page, q);
      expect((await links(page, "ke-hoach"))[0], q).toBe(SON_LA);
    }
  });

  it("opens with / and Ctrl+K, moves with the arrows, opens a result with Enter, closes with Escape", async () => {
    const page = await site.open("/ke-hoach/");
    await page.locator("h1").click();
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tim-kiem-o");
    await page.locator("h1").click();
    await page.keyboard.press("Control+k");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tim-kiem-o");
    await page.keyboard.type("lao khoa");
    await page.waitForSelector('a[role="option"]');
    const box = page.locator(BOX);
    expect(await box.getAttribute("aria-expanded")).toBe("true");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const second = await page.$eval('a[role="option"]:nth-of-type(2), a[role="option"]', () => null);
    expect(second).toBeNull();
    const active = await box.getAttribute("aria-activedescendant");
    expect(active).toBe("tim-kiem-kq-1");
    const href = await page.locator(`#${active}`).getAttribute("href");
    await page.keyboard.press("ArrowUp");
    expect(await box.getAttribute("aria-activedescendant")).toBe("tim-kiem-kq-0");
    await page.keyboard.press("Escape");
    expect(await page.locator("[data-ss-panel]").isHidden()).toBe(true);
    expect(await box.getAttribute("aria-expanded")).toBe("false");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await Promise.all([page.waitForURL((u) => u.pathname + u.hash === href), page.keyboard.press("Enter")]);
  });

  it("says so when a file of the index cannot be read, and finds again once it can", async () => {
    const page = await site.open("/");
    let offline = true;
    await page.route("**/tim-kiem/n-*.json", (route) => (offline ? route.abort() : route.fallback()));
    await page.locator(BOX).fill("dak lak");
    await expect
      .poll(() => page.locator("[data-ss-status]").textContent())
      .toBe("Không tải được chỉ mục tìm kiếm. Hãy gõ lại sau giây lát hoặc tải lại trang.");
    offline = false;
    await page.locator(BOX).fill("");
    await search(page, "dak lak");
    expect(await links(page, "dia-phuong")).toEqual(["/dia-phuong/dak-lak/"]);
    // Chromium logs each blocked file as a failed load; that is the point of this test.
    const problems = site.takeProblems();
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.detail).toContain("Failed to load resource");
  });

  it("shows no error for empty, absurd or punctuation-only queries", async () => {
    const page = await site.open("/du-lieu/");
    await search(page, "x".repeat(1000));
    expect(await page.locator("[data-ss-status]").textContent()).toBe("Không tìm thấy kết quả nào.");
    await search(page, "!!! … ??? /// ---");
    expect(await page.locator("[data-ss-status]").textContent()).toBe("Không tìm thấy kết quả nào.");
    await page.locator(BOX).fill("");
    expect(await page.locator("[data-ss-panel]").isHidden()).toBe(true);
    expect(await page.locator(BOX).getAttribute("maxlength")).toBe("200");
  });

  it("works on a phone: the box and its results fit the screen, and pass axe", async () => {
    const page = await site.open("/", { viewport: { width: 375, height: 740 } });
    await serveAxe(page);
    await search(page, "sang loc so sinh");
    const panel = await page.locator("[data-ss-panel]").boundingBox();
    expect(panel).not.toBeNull();
    expect(panel!.x).toBeGreaterThanOrEqual(0);
    expect(panel!.x + panel!.width).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(failing(await audit(page, "search results at 375 px"))).toEqual([]);
  });
});

describe("/tim-kiem/", () => {
  it("explains without JavaScript that search needs it and links the lists and the explorer", async () => {
    const page = await site.open("/", { javaScriptEnabled: false });
    await page.locator(BOX).fill("dak lak");
    await Promise.all([page.waitForURL(/\/tim-kiem\/\?q=dak\+lak$/), page.locator(BOX).press("Enter")]);
    expect(await page.locator("main").innerText()).toContain("Ô tìm kiếm cần JavaScript");
    const hrefs = await page.$$eval("main a", (as) => as.map((a) => a.getAttribute("href")));
    for (const h of ["/ke-hoach/", "/dia-phuong/", "/bien-phap/", "/kham-pha/"]) expect(hrefs).toContain(h);
  });

  it("lists every result of ?q= with JavaScript, and passes axe", async () => {
    const page = await site.open("/tim-kiem/?q=lao%20khoa");
    await serveAxe(page);
    await page.waitForSelector("search-page h2");
    expect(await page.locator("search-page [role=status]").textContent()).toMatch(/^“lao khoa”: \d+ kết quả/);
    expect(await page.locator(BOX).inputValue()).toBe("lao khoa");
    expect(await page.$$eval("search-page a", (as) => as.map((a) => a.getAttribute("href")))).toContain(
      "/bien-phap/lao-khoa/",
    );
    expect(failing(await audit(page, "/tim-kiem/?q=lao khoa"))).toEqual([]);
  });
});

describe("tìm trong toàn văn", () => {
  it("finds a phrase typed without diacritics in the source text and scrolls to each hit", async () => {
    const page = await site.open(DAK_LAK);
    const box = page.locator("#tim-toan-van");
    await box.fill("lao khoa");
    await page.waitForFunction(() => /chỗ khớp/.test(document.querySelector(".src-status")?.textContent ?? ""));
    const count = Number((await page.locator(".src-status").textContent())?.match(/^(\d+)/)?.[1]);
    expect(count).toBeGreaterThan(1);
    expect(await page.evaluate(() => CSS.highlights.get("tim-toan-van")?.size)).toBe(count);
    await box.press("Enter");
    const first = await page.evaluate(() => window.scrollY);
    expect(await page.locator(".src-status").textContent()).toBe(`Chỗ 1/${count}.`);
    await page.getByRole("button", { name: "Sau" }).click();
    expect(await page.locator(".src-status").textContent()).toBe(`Chỗ 2/${count}.`);
    const current = await page.evaluate(() => {
      const r = [...(CSS.highlights.get("tim-toan-van-hien-tai") ?? [])][0] as Range;
      return { text: r.toString(), top: r.getBoundingClientRect().top };
    });
    expect(current.text.toLowerCase()).toBe("lão khoa");
    expect(current.top).toBeGreaterThanOrEqual(0);
    expect(current.top).toBeLessThan(900);
    expect(first).toBeGreaterThan(0);
  });

  it("says so when nothing matches", async () => {
    const page = await site.open(SON_LA);
    await page.locator("#tim-toan-van").fill("khong co chu nay");
    await page.waitForFunction(() => /Không thấy/.test(document.querySelector(".src-status")?.textContent ?? ""));
  });
});
