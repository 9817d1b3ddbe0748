/**
 * The site's font (Noto Sans, self-hosted, only the subsets Vietnamese text needs): on every built page
 * of the live site and of the fixture site, the font files the stylesheets and the preload links name
 * exist, the preloads are fonts the stylesheets use, and every character of the page's text is drawn by
 * a linked file: a Vietnamese letter falling back to another font is what a reader would notice. A
 * symbol that no subset of Noto Sans ships (→, ≥) is drawn by the fallback font on any site; only
 * those may stay uncovered, and never a letter, mark or digit. In Chromium, the font is then the one
 * the page draws with.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE_SITE } from "../fixture-corpus.ts";
import { fontFaces, pageFonts, parseUnicodeRange, uncoveredChars, type Ranges } from "./font-coverage.ts";
import { useSite } from "./harness.ts";

const FAMILY = "Noto Sans Variable";
const pkg = join(createRequire(import.meta.url).resolve("@fontsource-variable/noto-sans/package.json"), "..");
/** Every subset the package ships, by name. */
const SUBSETS = JSON.parse(readFileSync(join(pkg, "unicode.json"), "utf8")) as Record<string, string>;
const OFFERED: Ranges = Object.values(SUBSETS).flatMap(parseUnicodeRange);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => join(e.parentPath, e.name));
}

const fileOf = (site: string, url: string) => join(site, decodeURI(url.split(/[?#]/)[0]));

for (const dir of ["dist", FIXTURE_SITE])
  describe(`fonts of the pages in ${dir}/`, () => {
    const pages = existsSync(join(dir, "index.html")) ? htmlFiles(dir) : [];
    const cssCache = new Map<string, string>();
    const css = (href: string) => {
      if (!cssCache.has(href)) cssCache.set(href, readFileSync(fileOf(dir, href), "utf8"));
      return cssCache.get(href)!;
    };

    it("is built", () => expect(pages.length).toBeGreaterThan(10));

    it("links only font files that exist, preloads fonts its stylesheets use, and draws every letter with them", () => {
      const problems: string[] = [];
      let vietnamese = 0;
      for (const file of pages) {
        const page = pageFonts(readFileSync(file, "utf8"));
        const where = file.slice(dir.length);
        const faces = page.stylesheets.flatMap((href) => fontFaces(css(href)));
        for (const url of faces.flatMap((f) => f.urls))
          if (!existsSync(fileOf(dir, url))) problems.push(`${where}: ${url} does not exist`);
        const used = new Set(faces.filter((f) => f.family === FAMILY).flatMap((f) => f.urls));
        if (!used.size) problems.push(`${where}: no @font-face of ${FAMILY}`);
        for (const p of page.preloads) {
          if (!existsSync(fileOf(dir, p.href))) problems.push(`${where}: preload ${p.href} does not exist`);
          if (!used.has(p.href)) problems.push(`${where}: preload ${p.href} is no font of its stylesheets`);
          if (!p.crossorigin || p.type !== "font/woff2")
            problems.push(`${where}: preload ${p.href} without crossorigin/type`);
        }
        if (!page.preloads.length) problems.push(`${where}: preloads no font`);
        for (const u of uncoveredChars(page.text, faces, FAMILY, OFFERED))
          if (u.kind === "subset" || /[\p{L}\p{M}\p{N}]/u.test(u.char))
            problems.push(`${where}: "${u.char}" (${u.code}) is drawn by another font`);
        if (/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu.test(page.text)) vietnamese++;
      }
      expect(problems).toEqual([]);
      // The check read Vietnamese text, not empty pages.
      expect(vietnamese).toBe(pages.length);
    });

    it("leaves out latin-ext: every Vietnamese letter is in the vietnamese and latin subsets", () => {
      const urls = pages.flatMap((f) =>
        pageFonts(readFileSync(f, "utf8")).stylesheets.flatMap((h) => fontFaces(css(h)).flatMap((x) => x.urls)),
      );
      expect(urls.filter((u) => u.includes("latin-ext"))).toEqual([]);
    });
  });

describe("the font in a browser", () => {
  const site = useSite();

  it("draws a Vietnamese page with Noto Sans, from the preloaded files only", async () => {
    const fonts: string[] = [];
    const page = await site.open("/", { viewport: { width: 375, height: 740 } });
    page.on("request", (r) => {
      if (r.resourceType() === "font") fonts.push(new URL(r.url()).pathname);
    });
    await page.reload({ waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready);
    const loaded = await page.evaluate(() =>
      [...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family.replace(/"/g, "")),
    );
    expect(loaded).toContain("Noto Sans Variable");
    // The heading's text (Vietnamese, with diacritics) is drawn with the font, not a fallback.
    const heading = (await page.locator("h1").textContent()) ?? "";
    expect(await page.evaluate((t) => document.fonts.check(`16px "Noto Sans Variable"`, t), heading)).toBe(true);
    const preloaded = await page.$$eval('link[rel="preload"][as="font"]', (ls) =>
      ls.map((l) => new URL((l as HTMLLinkElement).href).pathname),
    );
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => preloaded.includes(f))).toBe(true);
  });
});
