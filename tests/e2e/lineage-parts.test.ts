/**
 * /pha-he/ with a tree sent in parts, as a corpus of tens of thousands of plans is (chunks.ts): the
 * fixture's tree is split here with every family closed and sent on its own, and served in place of
 * the built files, so the page's own code fetches each part only when a reader needs it.
 */
import { describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import {
  chunkPath,
  shardOf,
  splitTree,
  treeFromSkeleton,
  type SplitTree,
  type WireSkeleton,
} from "../../src/lib/lineage/chunks.ts";
import { buildTreeSearch, TREE_SEARCH_HEAD } from "../../src/lib/lineage/search.ts";
import { useSite } from "./harness.ts";
import { KL149, NQ21, PATH, SCHOOL } from "./lineage-ids.ts";

const site = useSite();

let split: SplitTree | undefined;

/** The fixture's whole tree, as built, split with every family of two or more documents closed and apart. */
async function parts(): Promise<SplitTree> {
  if (split) return split;
  const whole = (await (await fetch(`${site.baseURL}/pha-he/du-lieu.json`)).json()) as WireSkeleton;
  expect(whole.parents, "the fixture is small: the build sends its tree whole").toEqual([]);
  const { tree, graph } = treeFromSkeleton(whole);
  split = splitTree(tree, graph, new Set(), 2);
  return split;
}

/** Serves the parts in place of the built files and records which files the page asked for. */
async function open(path: string, asked: string[], viewport?: { width: number; height: number }): Promise<Page> {
  const { skeleton, chunks, found, positions } = await parts();
  const search = buildTreeSearch(found, skeleton.provinces);
  const json = (body: unknown) => ({ contentType: "application/json", body: JSON.stringify(body) });
  const prepare = async (context: BrowserContext) => {
    await context.route("**/pha-he/du-lieu.json", (r) => r.fulfill(json(skeleton)));
    await context.route("**/pha-he/tim/*.json", (r) => {
      const name = /tim\/([^/]+)\.json/.exec(r.request().url())?.[1] ?? "";
      asked.push(`tim/${name}`);
      if (name === TREE_SEARCH_HEAD) return r.fulfill(json(search.head));
      const chunk = /^c-(\d+)$/.exec(name);
      const body = chunk ? JSON.stringify(search.chunks[Number(chunk[1])]) : search.shards.get(name);
      return body ? r.fulfill({ contentType: "application/json", body }) : r.fulfill({ status: 404, body: "" });
    });
    await context.route("**/pha-he/vi-tri/*.json", (r) => {
      const n = Number(/vi-tri\/(\d+)\.json/.exec(r.request().url())?.[1]);
      asked.push(`vi-tri/${n}`);
      return positions[n] ? r.fulfill(json(positions[n])) : r.fulfill({ status: 404, body: "" });
    });
    await context.route("**/pha-he/nhanh/*.json", (r) => {
      const k = Number(/nhanh\/(\d+)\.json/.exec(r.request().url())?.[1]);
      asked.push(`nhanh/${k}`);
      return chunks[k] ? r.fulfill(json(chunks[k])) : r.fulfill({ status: 404, body: "" });
    });
  };
  const page = await site.open(path, { prepare, ...(viewport ? { viewport } : {}) });
  await page.waitForSelector("lineage-tree.is-ready");
  return page;
}

const node = (page: Page, id: string) => page.locator(`.ln-node[data-id="${id}"]`);

describe("/pha-he/ with its tree in parts", () => {
  it("shows the top of the tree first, and fetches a family's part when it is opened", async () => {
    const asked: string[] = [];
    const page = await open("/pha-he/", asked);
    await expect.poll(() => node(page, NQ21).count()).toBe(1);
    expect(await node(page, KL149).count()).toBe(0);
    expect(asked).toEqual([]);
    const toggle = page.locator(`.ln-toggle[data-toggle="${NQ21}"]`);
    expect(await toggle.locator("text").textContent()).toMatch(/^\+\d+$/);
    await toggle.click();
    await expect.poll(() => node(page, KL149).count()).toBe(1);
    expect(asked).toEqual(["nhanh/0"]);
    // Closing and opening again does not fetch it again.
    await toggle.click();
    await toggle.click();
    await expect.poll(() => node(page, KL149).count()).toBe(1);
    expect(asked).toEqual(["nhanh/0"]);
  });

  it("opens on the plan named by ?chon=, fetching only the parts on its path", async () => {
    const asked: string[] = [];
    const page = await open(`/pha-he/?chon=${SCHOOL}`, asked);
    await expect.poll(() => page.locator(".ln-node.is-current").getAttribute("data-id")).toBe(SCHOOL);
    const marked = await page.$$eval(".ln-node.is-path", (els) => els.map((e) => e.getAttribute("data-id")));
    expect(marked.sort()).toEqual([...PATH].sort());
    // One small file of positions, then the parts on the path: never the whole search file.
    expect(asked[0]).toBe(`vi-tri/${shardOf(SCHOOL)}`);
    expect(asked.filter((a) => a.startsWith("tim/"))).toEqual([]);
    const { skeleton, chunks, found } = await parts();
    const part = found.find((f) => f[0] === SCHOOL)?.[1] ?? -1;
    const needed = chunkPath(skeleton.parents, part, new Set()).map((k) => `nhanh/${k}`);
    expect(needed.length).toBeGreaterThan(1);
    expect(asked.filter((a) => a.startsWith("nhanh/"))).toEqual(needed);
    expect(needed.length).toBeLessThan(chunks.length);
    expect(await page.locator(".ln-detail").innerText()).toContain("Thực hiện 26-KH/ĐU");
  });

  it("finds a document not loaded yet, typed without diacritics, and shows it in the tree", async () => {
    const asked: string[] = [];
    const page = await open("/pha-he/", asked);
    await page.locator("#ln-tim").fill("truong cao dang");
    await expect.poll(() => page.locator(".ln-results button").count()).toBeGreaterThan(0);
    expect((await page.locator(".ln-results button").allInnerTexts()).some((r) => r.startsWith("07-KH/ĐU-CDSL"))).toBe(
      true,
    );
    // The search's head, the shards of the three words, the chunk of the results: no list of every document.
    const read = asked.filter((a) => a.startsWith("tim/")).sort();
    expect(read).toEqual(expect.arrayContaining(["tim/muc-luc", "tim/w-tr", "tim/w-ca", "tim/w-da", "tim/c-0"]));
    expect(new Set(read).size).toBe(read.length);
    await page.locator(".ln-results button").first().click();
    await expect.poll(() => page.locator(".ln-node.is-current").getAttribute("data-id")).toBe(SCHOOL);
    expect(new URL(page.url()).searchParams.get("chon")).toBe(SCHOOL);
  });

  it("opens a family with the arrow keys on a phone, fetching its part", async () => {
    const asked: string[] = [];
    const page = await open("/pha-he/", asked, { width: 375, height: 740 });
    expect(await page.locator("lineage-tree").getAttribute("class")).toContain("is-narrow");
    await node(page, NQ21).locator(".ln-card").focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => node(page, KL149).count()).toBe(1);
    expect(await node(page, NQ21).locator(".ln-card").getAttribute("aria-expanded")).toBe("true");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
