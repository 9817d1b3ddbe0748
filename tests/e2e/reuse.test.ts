import { describe, expect, it } from "vitest";
import { useSite } from "./harness.ts";
import { COMPARE_IDS } from "../../src/lib/dom-ids.ts";

const site = useSite();

const DAK_LAK = "ke-hoach-ubnd-dak-lak-thuc-hien-kl-149-2025";
const HA_TINH = "ke-hoach-btv-tinh-uy-ha-tinh-thuc-hien-kl-149-2025";
/** Folded words, to compare a passage as two plans write it. */
const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

describe("text reuse on a plan page", () => {
  it("marks shared passages apart from the quotes, with a legend and a block on shared and own wording", async () => {
    const page = await site.open(`/ke-hoach/${DAK_LAK}/`);
    const source = page.locator(".source-text");
    expect(await source.locator(".chung").count()).toBeGreaterThan(10);
    expect(await source.locator("mark").count()).toBeGreaterThan(5);
    // Shared passages are underlined, not highlighted like the quotes.
    const style = await source
      .locator(".chung")
      .first()
      .evaluate((el) => getComputedStyle(el).textDecorationLine);
    expect(style).toContain("underline");
    const legend = await page.locator(".legend").innerText();
    expect(legend).toContain("Tô vàng");
    expect(legend).toContain("Gạch chân xanh");
    const summary = await page.locator("#cau-chu-chung-tom-tat").innerText();
    expect(summary).toMatch(/\d+%\s+lời văn/);
    expect(summary).toContain("Lời riêng nhiều nhất ở");
    // Each quote says whether it lies in shared wording or the plan's own.
    const where = await page.locator("#bien-phap .quote-where").allInnerTexts();
    expect(where.some((t) => t.includes("câu chữ chung"))).toBe(true);
    expect(where.some((t) => t.includes("lời riêng của văn bản"))).toBe(true);
  });

  it("links a shared passage to the same passage in the other plan", async () => {
    const page = await site.open(`/ke-hoach/${DAK_LAK}/`);
    const link = page.locator(`.source-text .chung-nguon a[href^="/ke-hoach/${HA_TINH}/#doan-"]`).first();
    const href = (await link.getAttribute("href"))!;
    const id = href.split("#")[1];
    const here = fold(
      await page
        .locator(`[data-doan~="${id.slice(5)}"]`)
        .allInnerTexts()
        .then((t) => t.join(" ")),
    );
    await link.click();
    await page.waitForURL(`**/ke-hoach/${HA_TINH}/#${id}`);
    const target = page.locator(`#${id}`);
    expect(await target.count()).toBe(1);
    expect(await target.evaluate((el) => el.closest(".source-text") !== null)).toBe(true);
    const there = fold(
      await page
        .locator(`[data-doan~="${id.slice(5)}"]`)
        .allInnerTexts()
        .then((t) => t.join(" ")),
    );
    // The same wording on both pages (each may carry a few more words of a neighbouring passage).
    const words = here.split(" ").slice(2, 10).join(" ");
    expect(there).toContain(words);
    expect(await target.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(900);
  });

  it("lists the passages in the most documents, each linking to its places, with the chart of shares", async () => {
    const page = await site.open("/cau-chu-chung/");
    expect(await page.locator("h1").innerText()).toBe("Câu chữ chung");
    const items = page.locator("ol.passages > li");
    expect(await items.count()).toBeGreaterThan(5);
    const first = items.first();
    const links = await first.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const href of links) expect(href).toMatch(/^\/ke-hoach\/[a-z0-9-]+\/#doan-[0-9a-f]+$/);
    const response = await page.goto(`${site.baseURL}${links[0]}`);
    expect(response?.status()).toBe(200);
    expect(await page.locator(`#${links[0].split("#")[1]}`).count()).toBe(1);
    await page.goBack();
    expect(await page.locator("#ty-le figure svg").count()).toBeGreaterThan(0);
    expect(await page.locator("#ty-le figure table").count()).toBe(1);
    expect(await page.locator("#ten-van-ban li").count()).toBeGreaterThan(0);
  });

  it("is linked from /du-lieu/ and /pha-he/", async () => {
    for (const path of ["/du-lieu/", "/pha-he/"]) {
      const page = await site.open(path);
      expect(await page.locator('a[href="/cau-chu-chung/"]').count(), path).toBeGreaterThan(0);
    }
  });

  it("shows in /so-sanh/ whether each quote is shared wording or the plan's own", async () => {
    const page = await site.open(`/so-sanh/?ke-hoach=${DAK_LAK},${HA_TINH}`);
    await page.waitForSelector(`#${COMPARE_IDS.root}[data-trang-thai="san-sang"]`);
    const notes = await page.locator(".ss-bang .ss-chung").allInnerTexts();
    expect(notes.length).toBeGreaterThan(5);
    expect(notes.some((t) => t.startsWith("câu chữ chung"))).toBe(true);
  });
});
