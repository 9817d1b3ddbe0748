import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useSite } from "./harness.ts";
import { G26, KL149, NQ21, PATH, SCHOOL } from "./lineage-ids.ts";

const site = useSite();

async function ready(path: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await site.open(path, viewport ? { viewport } : {});
  await page.waitForSelector("lineage-tree.is-ready");
  return page;
}

const card = (page: Page, id: string) => page.locator(`.ln-node[data-id="${id}"] > .ln-card`);
const marked = (page: Page, selector: string, attr: string) =>
  page.$$eval(selector, (els, a) => els.map((e) => e.getAttribute(a) ?? ""), attr);

describe("/pha-he/ without JavaScript", () => {
  it("draws the path from 07-KH/ĐU-CDSL up to 21-NQ/TW, each link from parent to child", async () => {
    const page = await site.open("/pha-he/", { javaScriptEnabled: false });
    const links = await page.$$eval("path.ln-link--tree", (ps) =>
      ps.map((p) => `${p.getAttribute("data-from")}>${p.getAttribute("data-to")}`),
    );
    for (let i = 1; i < PATH.length; i++) expect(links).toContain(`${PATH[i - 1]}>${PATH[i]}`);
    expect(await card(page, SCHOOL).textContent()).toContain("07-KH/ĐU-CDSL · 28/6/2025");
    expect(await card(page, G26).getAttribute("aria-label")).toContain("chưa có tóm tắt");
  });

  it("lists every document in the nested list, the ghosts with what their citations tell", async () => {
    const page = await site.open("/pha-he/", { javaScriptEnabled: false });
    await page.locator("details.ln-alt > summary").click();
    const text = await page.locator(".ln-list").innerText();
    for (const number of [
      "21-NQ/TW",
      "149-KL/TW",
      "341-KH/TU",
      "26-KH/ĐU",
      "07-KH/ĐU-CDSL",
      "9244/VP-VX",
      "955-CTr/TU",
    ])
      expect(text).toContain(number);
    expect(text).toContain("Đảng ủy Ủy ban nhân dân tỉnh Sơn La");
  });
});

describe("/pha-he/ without JavaScript on a phone", () => {
  it("scrolls the drawing inside its frame, not the page", async () => {
    const page = await site.open("/pha-he/", { javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const frame = await page.locator(".ln-frame").evaluate((f) => f.scrollWidth - f.clientWidth);
    expect(frame).toBeGreaterThan(0);
  });
});

describe("/pha-he/ in the browser", () => {
  it("highlights the path to NQ 21 of the node under the pointer", async () => {
    const page = await ready("/pha-he/");
    await card(page, SCHOOL).hover();
    expect((await marked(page, ".ln-node.is-path", "data-id")).sort()).toEqual([...PATH].sort());
    expect(await page.locator(".ln-link--tree.is-path").count()).toBe(PATH.length - 1);
  });

  it("moves through the tree with the arrow keys, marking the focused node's path", async () => {
    const page = await ready("/pha-he/");
    await page.locator("#ln-tim").focus();
    for (let i = 0; i < 10 && !(await page.evaluate(() => !!document.activeElement?.closest(".ln-card"))); i++)
      await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest<SVGElement>(".ln-node")?.dataset.id)).toBe(NQ21);
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.closest<SVGElement>(".ln-node")?.dataset.id)).toBe(KL149);
    expect((await marked(page, ".ln-node.is-path", "data-id")).sort()).toEqual([KL149, NQ21].sort());
    await page.keyboard.press("ArrowLeft");
    expect(await card(page, KL149).getAttribute("aria-expanded")).toBe("false");
    expect(await page.locator(`.ln-node[data-id="${SCHOOL}"]`).count()).toBe(0);
    await page.keyboard.press("ArrowRight");
    expect(await card(page, KL149).getAttribute("aria-expanded")).toBe("true");
  });

  it("opens focused on the plan named by ?chon=, its path marked", async () => {
    const page = await ready(`/pha-he/?chon=${SCHOOL}`);
    expect(await page.evaluate(() => document.activeElement?.closest<SVGElement>(".ln-node")?.dataset.id)).toBe(SCHOOL);
    expect((await marked(page, ".ln-node.is-path", "data-id")).sort()).toEqual([...PATH].sort());
    const frame = await page.locator(".ln-frame").boundingBox();
    const box = await card(page, SCHOOL).boundingBox();
    expect(frame && box && box.x >= frame.x && box.x + box.width <= frame.x + frame.width).toBe(true);
    expect(await page.locator(".ln-detail").innerText()).toContain("Thực hiện 26-KH/ĐU");
  });

  it("closes and opens a family with its button", async () => {
    const page = await ready("/pha-he/");
    await page.locator(`.ln-toggle[data-toggle="${KL149}"]`).click();
    expect(await page.locator(`.ln-node[data-id="${SCHOOL}"]`).count()).toBe(0);
    expect(await page.locator(`.ln-toggle[data-toggle="${KL149}"] text`).textContent()).toMatch(/^\+\d+$/);
    await page.locator(`.ln-toggle[data-toggle="${KL149}"]`).click();
    expect(await page.locator(`.ln-node[data-id="${SCHOOL}"]`).count()).toBe(1);
  });

  it("finds a document typed without diacritics and shows it in the tree", async () => {
    const page = await ready("/pha-he/");
    await page.locator("#ln-tim").fill("son la");
    const results = await page.locator(".ln-results button").allInnerTexts();
    expect(results.some((r) => r.startsWith("07-KH/ĐU-CDSL"))).toBe(true);
    expect(results.some((r) => r.startsWith("26-KH/ĐU"))).toBe(true);
    await page.locator("#ln-tim").fill("truong cao dang");
    await page.locator(".ln-results button").first().click();
    expect(await page.locator(".ln-node.is-current").getAttribute("data-id")).toBe(SCHOOL);
    expect(new URL(page.url()).searchParams.get("chon")).toBe(SCHOOL);
  });

  it("zooms in with the + button", async () => {
    const page = await ready("/pha-he/");
    const scale = async () =>
      Number(/scale\(([\d.]+)\)/.exec((await page.locator(".ln-viewport").getAttribute("transform")) ?? "")?.[1] ?? 1);
    const before = await scale();
    await page.getByRole("button", { name: "Phóng to" }).click();
    expect(await scale()).toBeGreaterThan(before);
  });

  it("opens a summarised document's page when its card is clicked", async () => {
    const page = await ready("/pha-he/");
    const [response] = await Promise.all([page.waitForNavigation(), card(page, SCHOOL).click()]);
    expect(new URL(page.url()).pathname).toBe(`/ke-hoach/${SCHOOL}/`);
    // Until the plan pages exist, Chromium logs the 404 of the page itself; nothing else may be logged.
    const problems = site.takeProblems();
    const expected = response?.status() === 404 ? problems.filter((p) => /404/.test(p.detail)) : [];
    expect(problems).toEqual(expected);
  });

  it("shows an indented tree that fits a phone's width", async () => {
    const page = await ready(`/pha-he/?chon=${SCHOOL}`, { width: 375, height: 740 });
    expect(await page.locator("lineage-tree").getAttribute("class")).toContain("is-narrow");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await card(page, SCHOOL).boundingBox();
    expect(box && box.x + box.width <= 375).toBe(true);
    expect((await marked(page, ".ln-node.is-path", "data-id")).sort()).toEqual([...PATH].sort());
  });
});

// The plan pages belong to another part of the site; this runs once they are built.
describe.skipIf(!existsSync(`dist/ke-hoach/${SCHOOL}/index.html`))("PlanLineage on a plan page", () => {
  it("draws the plan's chain up to NQ 21 without JavaScript, the plan itself marked", async () => {
    const page = await site.open(`/ke-hoach/${SCHOOL}/`, { javaScriptEnabled: false });
    const box = page.locator(".plan-lineage");
    expect(await box.locator(".ln-node").evaluateAll((els) => els.map((e) => e.getAttribute("data-id")))).toEqual(PATH);
    expect(await box.locator(".ln-node.is-current").getAttribute("data-id")).toBe(SCHOOL);
    expect(await box.locator(`a[href="/pha-he/?chon=${SCHOOL}"]`).count()).toBe(1);
    expect(await box.innerText()).not.toContain("[object");
  });
});
