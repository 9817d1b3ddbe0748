/**
 * The map section of `npm run bench`: what the simplified boundaries weigh, what the maps add to the
 * built pages (raw and brotli, the map of plans and the small multiples of the four fixed measures),
 * the home page's total against its budget of 30 KB of brotli-compressed HTML, and the time to draw
 * one map at build. Prints figures, asserts nothing.
 */
import { existsSync, readFileSync } from "node:fs";
import { brotliCompressSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { loadUnitShapes } from "../../src/data/gazetteer.ts";
import { mapUnits, provinceMapChart } from "../../src/lib/charts/index.ts";
import { weighPage } from "./page-weight.ts";

/** The home page may carry at most this much HTML, brotli-compressed, maps included. */
export const HOME_HTML_BUDGET = 30 * 1024;

const kb = (n: number) => (n / 1024).toFixed(1);
const brotli = (s: string | Buffer) => brotliCompressSync(typeof s === "string" ? Buffer.from(s) : s).length;

/** The outer `<figure>` whose opening tag starts with `start`, nested figures included. */
function figureAt(html: string, start: string): string | undefined {
  const from = html.indexOf(start);
  if (from < 0) return undefined;
  const tags = /<figure\b|<\/figure>/g;
  tags.lastIndex = from;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[0] === "</figure>" ? -1 : 1;
    if (depth === 0) return html.slice(from, m.index + m[0].length);
  }
  return undefined;
}

/** Prints the section for the site built in `dist`. */
export function benchMap(dist = "dist"): void {
  console.log("\n## Map of the 34 units\n");
  const topo = readFileSync("data/gazetteer/provinces.topo.json");
  console.log(
    `boundaries (data/gazetteer/provinces.topo.json): ${kb(topo.length)} KB raw, ${kb(brotli(topo))} KB brotli`,
  );
  const home = `${dist}/index.html`;
  if (!existsSync(home)) {
    console.log(`skipped: no built site in ${dist}/`);
    return;
  }
  const html = readFileSync(home, "utf8");
  const maps = [
    [
      "map of plans (desktop and phone drawings, table)",
      figureAt(html, '<figure class="chart chart--ban-do chart--has-narrow"'),
    ],
    ["small maps of the four fixed measures (with table)", figureAt(html, '<figure class="chart chart--ban-do-nho"')],
  ] as const;
  let rest = html;
  for (const [what, figure] of maps) {
    if (!figure) continue;
    console.log(`/: ${what}: ${kb(figure.length)} KB raw, ${kb(brotli(figure))} KB brotli on its own`);
    rest = rest.replace(figure, "");
  }
  const page = weighPage(dist, home);
  console.log(
    `/: the maps add ${kb(brotli(html) - brotli(rest))} KB brotli to the page's HTML (${kb(html.length - rest.length)} KB raw)`,
  );
  console.log(
    `/: HTML ${kb(page.html.raw)} KB raw, ${kb(page.html.brotli)} KB brotli (budget ${kb(HOME_HTML_BUDGET)} KB); ` +
      `with CSS and JS ${kb(page.html.brotli + page.css.brotli + page.js.brotli)} KB brotli`,
  );
  for (const path of ["dia-phuong/index.html", "bien-phap/mat-can-bang-gioi-tinh/index.html"])
    if (existsSync(`${dist}/${path}`)) {
      const w = weighPage(dist, `${dist}/${path}`);
      console.log(
        `/${path.replace(/index\.html$/, "")}: HTML ${kb(w.html.raw)} KB raw, ${kb(w.html.brotli)} KB brotli`,
      );
    }
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const shapes = loadUnitShapes();
  const units = mapUnits(
    [],
    shapes.features.map((f) => ({ slug: String(f.id), name: f.properties.name })),
  );
  const start = performance.now();
  for (let i = 0; i < 10; i++) provinceMapChart({ shapes, units }, { document: document as unknown as Document });
  console.log(`drawing one map at build (Plot, linkedom): ${((performance.now() - start) / 10).toFixed(0)} ms`);
}
