import { describe, expect, it } from "vitest";
import { useSite } from "./harness.ts";
import { NAV_ITEMS, SITE_NAME } from "../../src/lib/site.ts";

const site = useSite();

describe("site shell", () => {
  it("shows the home page in Vietnamese with its diacritics intact", async () => {
    const page = await site.open("/");
    expect(await page.getAttribute("html", "lang")).toBe("vi");
    const text = await page.locator("body").innerText();
    expect(text).toContain(SITE_NAME);
    expect(text).toContain("Nghị quyết 21-NQ/TW");
    expect(text).toContain("Quyết định 1745/QĐ-TTg");
    // Mojibake of UTF-8 read as Latin-1 shows up as "Ã", "áº" or "Ä‘".
    expect(text).not.toMatch(/Ã|áº|Ä‘|�/);
  });

  it("carries a Content-Security-Policy without unsafe-eval", async () => {
    const page = await site.open("/");
    const csp = await page.getAttribute('meta[http-equiv="content-security-policy"]', "content");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("'unsafe-eval'");
  });

  it("navigates to every section in the header menu", async () => {
    const page = await site.open("/");
    for (const item of NAV_ITEMS) {
      await page.locator(`header nav a[href="${item.href}"]`).click();
      await page.waitForURL(`${site.baseURL}${item.href}`);
      expect(await page.locator(`header nav a[aria-current="page"]`).innerText()).toBe(item.label);
      expect(await page.locator("h1").count()).toBe(1);
    }
  });

  it("shows the Vietnamese 404 page for an unknown path", async () => {
    const page = await site.open("/khong-co-trang-nay/");
    expect(await page.locator("h1").innerText()).toBe("Không tìm thấy trang");
    site.takeProblems(); // the 404 status itself is logged by Chromium as a failed resource
  });

  it("stays readable on a phone-sized screen", async () => {
    const page = await site.open("/", { viewport: { width: 375, height: 740 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe("useSite() harness", () => {
  it("records and blocks a request to another host", async () => {
    const html = `<!doctype html><html lang="vi"><body><img src="http://example.invalid/anh.png" alt=""></body></html>`;
    const page = await site.open("/");
    await page.route(`${site.baseURL}/__kiem-thu/anh-ngoai/`, (route) =>
      route.fulfill({ body: html, contentType: "text/html; charset=utf-8" }),
    );
    await page.goto(`${site.baseURL}/__kiem-thu/anh-ngoai/`);
    const problems = site.takeProblems();
    expect(problems).toContainEqual({ kind: "external-request", detail: "http://example.invalid/anh.png" });
  });

  it("records a console error", async () => {
    const page = await site.open("/");
    await page.evaluate(() => console.error("lỗi thử"));
    expect(site.takeProblems()).toContainEqual({ kind: "console-error", detail: "lỗi thử" });
  });
});
