/**
 * The explorer on a phone (375×812): results first, the filters behind "Bộ lọc (n)"; dates typed as
 * dd/mm/yyyy whatever the browser's language, with a message next to an impossible one.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { fixtureContent } from "../fixture-corpus.ts";
import { sortDate } from "../../src/lib/format.ts";
import { englishNumbers, visibleText } from "./english-numbers.ts";
import { useSite } from "./harness.ts";

const site = useSite();
const { plans } = fixtureContent();
const PHONE = { width: 375, height: 812 };

async function waitForResults(page: Page, after = 0): Promise<number> {
  await page.waitForSelector('#kham-pha[data-trang-thai="san-sang"]', { timeout: 60_000 });
  await page.waitForFunction((n) => Number(document.getElementById("kham-pha")?.dataset.lanCapNhat ?? 0) > n, after, {
    timeout: 30_000,
  });
  return Number(await page.getAttribute("#kham-pha", "data-lan-cap-nhat"));
}

const listed = async (page: Page) =>
  (
    await page
      .locator("#ket-qua tbody tr[data-slug]")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-slug")))
  )
    .map(String)
    .sort();

const toggle = "#mo-bo-loc";

describe("/kham-pha/ on a phone", () => {
  it("does not move the page while DuckDB loads and the first result is drawn", async () => {
    // Every layout shift from the first paint to the first DuckDB result, as the browser reports them.
    const page = await site.open("/kham-pha/", {
      viewport: PHONE,
      prepare: (context) =>
        context.addInitScript(() => {
          const shifts: number[] = [];
          (window as unknown as { shifts: number[] }).shifts = shifts;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
              if (!e.hadRecentInput) shifts.push(e.value);
          }).observe({ type: "layout-shift", buffered: true });
        }),
    });
    await waitForResults(page);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    // 0.1 is where the browser's own measure stops calling a page stable ("good" cumulative layout shift).
    expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.1);
  });

  it("shows the results above the fold, the filters behind a button", async () => {
    const page = await site.open("/kham-pha/", { viewport: PHONE });
    await waitForResults(page);
    expect(await page.locator("#bo-loc").isVisible()).toBe(false);
    expect((await page.textContent(toggle))?.trim()).toBe("Bộ lọc");
    expect(await page.getAttribute(toggle, "aria-expanded")).toBe("false");
    expect(await page.getAttribute(toggle, "aria-controls")).toBe("bo-loc");
    const firstResult = await page.locator("#ket-qua tbody tr[data-slug]").first().boundingBox();
    expect(firstResult).not.toBeNull();
    expect(firstResult!.y).toBeLessThan(PHONE.height);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it("counts the active filters, opens them, and keeps the count through changes and back", async () => {
    const page = await site.open("/kham-pha/?bien-phap=lao-khoa&muc=2", { viewport: PHONE });
    let n = await waitForResults(page);
    expect((await page.textContent(toggle))?.trim()).toBe("Bộ lọc (2)");
    await page.click(toggle);
    expect(await page.getAttribute(toggle, "aria-expanded")).toBe("true");
    expect(await page.locator("#bo-loc").isVisible()).toBe(true);
    const before = await listed(page);
    await page.check('input[name="khoi"][value="chinh-quyen"]');
    n = await waitForResults(page, n);
    expect((await page.textContent(toggle))?.trim()).toBe("Bộ lọc (3)");
    const governmentOnly = plans.filter((p) => p.plan.issuerKind === "government").map((p) => p.slug);
    expect(await listed(page)).toEqual(before.filter((s) => governmentOnly.includes(s)));
    // "Xem kết quả" closes the panel and gives the focus back to the button.
    await page.click("#xem-ket-qua");
    expect(await page.locator("#bo-loc").isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("mo-bo-loc");
    await page.goBack();
    await waitForResults(page, n);
    expect((await page.textContent(toggle))?.trim()).toBe("Bộ lọc (2)");
    // Escape closes it too.
    await page.click(toggle);
    await page.focus('input[name="khoi"][value="dang"]');
    await page.keyboard.press("Escape");
    expect(await page.getAttribute(toggle, "aria-expanded")).toBe("false");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("mo-bo-loc");
  });

  it("keeps the filters in reach without JavaScript", async () => {
    const page = await site.open("/kham-pha/", { viewport: PHONE, javaScriptEnabled: false });
    expect(await page.locator("#bo-loc").isVisible()).toBe(true);
    expect(await page.locator(toggle).isVisible()).toBe(false);
    expect(await page.getAttribute("#tu-ngay", "type")).toBe("text");
  });

  it("filters by a date typed dd/mm/yyyy and writes it in the URL as YYYY-MM-DD", async () => {
    const page = await site.open("/kham-pha/", { viewport: PHONE });
    const n = await waitForResults(page);
    await page.click(toggle);
    await page.fill("#tu-ngay", "01/07/2025");
    await page.press("#tu-ngay", "Enter");
    await waitForResults(page, n);
    expect(new URL(page.url()).searchParams.get("tu")).toBe("2025-07-01");
    const expected = plans
      .filter((p) => (sortDate(p.plan.issued)?.date ?? "") >= "2025-07-01")
      .map((p) => p.slug)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(plans.length);
    expect(await listed(page)).toEqual(expected);
    expect((await page.textContent(toggle))?.trim()).toBe("Bộ lọc (1)");
  });

  it("says why 31/02/2025 is not a date, next to the field, and runs no query", async () => {
    const page = await site.open("/kham-pha/", { viewport: PHONE });
    const n = await waitForResults(page);
    await page.click(toggle);
    await page.fill("#tu-ngay", "31/02/2025");
    await page.press("#tu-ngay", "Enter");
    const message = page.locator("#tu-ngay-loi");
    await message.waitFor({ state: "visible" });
    expect(await message.textContent()).toBe("Ngày 31/02/2025 không có: tháng 2 năm 2025 chỉ có 28 ngày.");
    expect(await page.getAttribute("#tu-ngay", "aria-invalid")).toBe("true");
    expect(await page.getAttribute("#tu-ngay", "aria-describedby")).toContain("tu-ngay-loi");
    await page.waitForTimeout(300);
    expect(new URL(page.url()).search).toBe("");
    expect(Number(await page.getAttribute("#kham-pha", "data-lan-cap-nhat"))).toBe(n);
    // Corrected, the message goes and the query runs.
    await page.fill("#tu-ngay", "28/02/2025");
    await page.press("#tu-ngay", "Enter");
    await waitForResults(page, n);
    expect(await message.isVisible()).toBe(false);
    expect(await page.getAttribute("#tu-ngay", "aria-invalid")).toBeNull();
    expect(new URL(page.url()).searchParams.get("tu")).toBe("2025-02-28");
  });

  it("shows dates as dd/mm/yyyy in an English-language browser too", async () => {
    const page = await site.open("/kham-pha/?tu=2025-07-01&den=2025-12-31", { viewport: PHONE, locale: "en-US" });
    await waitForResults(page);
    expect(await page.getAttribute("#tu-ngay", "type")).toBe("text");
    expect(await page.getAttribute("#tu-ngay", "placeholder")).toBe("dd/mm/yyyy");
    expect(await page.inputValue("#tu-ngay")).toBe("01/07/2025");
    expect(await page.inputValue("#den-ngay")).toBe("31/12/2025");
    await page.click(toggle);
    const n = Number(await page.getAttribute("#kham-pha", "data-lan-cap-nhat"));
    await page.click("button[data-tu]:has-text('KL 149')");
    await waitForResults(page, n);
    expect(await page.inputValue("#tu-ngay")).toBe("10/04/2025");
    expect(new URL(page.url()).searchParams.get("tu")).toBe("2025-04-10");
  });

  it("writes no number the English way once the results and charts are drawn", async () => {
    const page = await site.open("/kham-pha/?bien-phap=lao-khoa", { viewport: PHONE, locale: "en-US" });
    await waitForResults(page);
    expect(englishNumbers(visibleText(await page.content()))).toEqual([]);
  });

  it("leaves the desktop layout as it was: filters beside the results, no button", async () => {
    const page = await site.open("/kham-pha/");
    await waitForResults(page);
    expect(await page.locator("#bo-loc").isVisible()).toBe(true);
    expect(await page.locator(toggle).isVisible()).toBe(false);
    expect(await page.locator("#xem-ket-qua").isVisible()).toBe(false);
  });
});
