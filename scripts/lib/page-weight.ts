import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync, brotliCompressSync } from "node:zlib";

/** Bytes of one kind of asset on a page, raw and compressed. */
export interface Weight {
  raw: number;
  gzip: number;
  brotli: number;
}

/** What one built page costs a reader. */
export interface PageWeight {
  path: string;
  html: Weight;
  css: Weight;
  js: Weight;
}

/** Reading pages should ship at most this much JavaScript, brotli-compressed (the budget README's "Kiến trúc" states). */
export const READING_JS_BUDGET = 15 * 1024;

/** Page types that are not reading pages: they may load more script (explorer, lineage tree). */
const INTERACTIVE_TYPES = new Set(["/kham-pha/", "/pha-he/"]);

const zero = (): Weight => ({ raw: 0, gzip: 0, brotli: 0 });
const add = (w: Weight, bytes: Buffer) => {
  w.raw += bytes.length;
  w.gzip += gzipSync(bytes, { level: 9 }).length;
  w.brotli += brotliCompressSync(bytes).length;
};

/** Every `index.html` (and other .html) under `dir`, as site paths. */
export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".html")) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

const ASSET = /<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="(\/[^"]+)"/g;
const IMPORT = /(?:import|from)\s*["'](\.{0,2}\/[^"']+\.js)["']/g;

/** A script with the modules it imports statically, each once. */
function scriptClosure(dist: string, asset: string, seen: Set<string>): Buffer[] {
  if (seen.has(asset)) return [];
  seen.add(asset);
  const bytes = readFileSync(join(dist, asset));
  const out: Buffer[] = [bytes];
  for (const match of bytes.toString("utf8").matchAll(IMPORT)) {
    const next = new URL(match[1], `http://x${asset}`).pathname;
    out.push(...scriptClosure(dist, next, seen));
  }
  return out;
}

/** Weighs a built page with the stylesheets and scripts it links (scripts with their static imports). */
export function weighPage(dist: string, file: string): PageWeight {
  const html = readFileSync(file);
  const weight: PageWeight = {
    path: "/" + relative(dist, file).replace(/index\.html$/, ""),
    html: zero(),
    css: zero(),
    js: zero(),
  };
  add(weight.html, html);
  const seen = new Set<string>();
  for (const match of html.toString("utf8").matchAll(ASSET)) {
    const asset = match[1];
    if (asset.endsWith(".css")) add(weight.css, readFileSync(join(dist, asset)));
    else for (const bytes of scriptClosure(dist, asset, seen)) add(weight.js, bytes);
  }
  return weight;
}

/** The page type of a path: its first segment ("/ke-hoach/x/" → "/ke-hoach/*"). */
export function pageType(path: string): string {
  const parts = path.split("/").filter(Boolean);
  if (parts.length === 0) return "/";
  if (parts.length === 1) return `/${parts[0]}/`;
  return `/${parts[0]}/*`;
}

const kb = (n: number) => (n / 1024).toFixed(1);
const cell = (w: Weight) => `${kb(w.raw)} / ${kb(w.gzip)} / ${kb(w.brotli)}`;
const total = (p: PageWeight) => p.html.raw + p.css.raw + p.js.raw;

/**
 * The page-weight table of `npm run bench`: for each page type, the heaviest page's HTML, CSS and JS,
 * raw / gzip / brotli in KB, then whether reading pages keep to the JavaScript budget.
 */
export function pageWeightReport(dist: string): string[] {
  const heaviest = new Map<string, { page: PageWeight; count: number }>();
  for (const file of htmlFiles(dist)) {
    const page = weighPage(dist, file);
    const type = pageType(page.path);
    const seen = heaviest.get(type);
    if (!seen) heaviest.set(type, { page, count: 1 });
    else heaviest.set(type, { page: total(page) > total(seen.page) ? page : seen.page, count: seen.count + 1 });
  }
  const lines = [
    "page type | pages | heaviest page | HTML KB raw / gz / br | CSS KB raw / gz / br | JS KB raw / gz / br",
    "--- | --- | --- | --- | --- | ---",
  ];
  const sorted = [...heaviest].sort(([a], [b]) => a.localeCompare(b));
  for (const [type, { page, count }] of sorted)
    lines.push(`${type} | ${count} | ${page.path} | ${cell(page.html)} | ${cell(page.css)} | ${cell(page.js)}`);
  const reading = sorted.filter(([type]) => !INTERACTIVE_TYPES.has(type));
  const over = reading.filter(([, { page }]) => page.js.brotli > READING_JS_BUDGET);
  const most = Math.max(0, ...reading.map(([, { page }]) => page.js.brotli));
  lines.push(
    "",
    `goal: reading pages ship ≤ ${kb(READING_JS_BUDGET)} KB of JavaScript (brotli); heaviest reading page: ${kb(most)} KB` +
      (over.length > 0 ? `; OVER on ${over.map(([t]) => t).join(", ")}` : " (met)"),
  );
  return lines;
}
