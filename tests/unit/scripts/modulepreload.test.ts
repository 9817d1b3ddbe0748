import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { init } from "es-module-lexer";
import { beforeAll, describe, expect, it } from "vitest";
import {
  addModulePreloads,
  moduleGraph,
  staticImports,
  withModulePreloads,
} from "../../../scripts/lib/modulepreload.ts";

beforeAll(async () => {
  await init;
});

// Minified chunks as Vite writes them: static imports, a dynamic import, a cycle.
const CHUNKS: Record<string, string> = {
  "/_astro/page.js":
    'import{a as e}from"./labels.js";import{t}from"./dom.js";const c=()=>import("./charts.js");e(t,c);',
  "/_astro/labels.js": 'import{f}from"./format.js";export const a=f;',
  "/_astro/dom.js": 'import{a}from"./labels.js";export const t=a;',
  "/_astro/format.js": 'import"./dom.js";export const f=1;',
  "/_astro/charts.js": 'import{f}from"./format.js";export const x=f;',
  "/_astro/alone.js": "console.log(1);",
};
const read = (path: string) => CHUNKS[path];

describe("modulepreload links for a page's scripts", () => {
  it("finds the static imports of a minified chunk, as site-root paths, and leaves dynamic imports out", () => {
    expect(staticImports(CHUNKS["/_astro/page.js"], "/_astro/page.js")).toEqual([
      "/_astro/labels.js",
      "/_astro/dom.js",
    ]);
  });

  it("follows imports of imports once each, through a cycle, without the script itself", () => {
    expect(moduleGraph("/_astro/page.js", read)).toEqual(["/_astro/labels.js", "/_astro/dom.js", "/_astro/format.js"]);
    expect(moduleGraph("/_astro/alone.js", read)).toEqual([]);
  });

  it("adds one link per chunk before </head>, none twice, and leaves a page without imports unchanged", () => {
    const html =
      '<html><head><title>x</title></head><body><script type="module" src="/_astro/page.js"></script>' +
      '<script type="module" src="/_astro/dom.js"></script></body></html>';
    const out = withModulePreloads(html, (src) => moduleGraph(src, read)) ?? "";
    expect(out.match(/rel="modulepreload"/g)).toHaveLength(3);
    expect(out).toContain('<link rel="modulepreload" href="/_astro/format.js"></head>');
    expect(withModulePreloads(out, (src) => moduleGraph(src, read))).toBeUndefined();
    expect(
      withModulePreloads('<head></head><script type="module" src="/_astro/alone.js"></script>', (src) =>
        moduleGraph(src, read),
      ),
    ).toBeUndefined();
  });

  it("rewrites the section pages that need it and counts them, not the pages of single plans", async () => {
    const dir = mkdtempSync(join(tmpdir(), "modulepreload-"));
    mkdirSync(join(dir, "_astro"));
    for (const [path, code] of Object.entries(CHUNKS)) writeFileSync(join(dir, path), code);
    mkdirSync(join(dir, "a"));
    const page = '<head></head><body><script type="module" src="/_astro/page.js"></script></body>';
    writeFileSync(join(dir, "a/index.html"), page);
    writeFileSync(join(dir, "404.html"), '<head></head><script type="module" src="/_astro/alone.js"></script>');
    // The page of one plan (a section's sub-page) is left as it is.
    mkdirSync(join(dir, "a/one"));
    writeFileSync(join(dir, "a/one/index.html"), page);
    expect(await addModulePreloads(dir)).toBe(1);
    expect(readFileSync(join(dir, "a/index.html"), "utf8")).toContain('href="/_astro/labels.js"');
    expect(readFileSync(join(dir, "a/one/index.html"), "utf8")).toBe(page);
  });
});
