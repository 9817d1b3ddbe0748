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

/** Weighs a built page with the stylesheets and scripts it links directly. */
export function weighPage(dist: string, file: string): PageWeight {
  const html = readFileSync(file);
  const weight: PageWeight = {
    path: "/" + relative(dist, file).replace(/index\.html$/, ""),
    html: zero(),
    css: zero(),
    js: zero(),
  };
  add(weight.html, html);
  for (const match of html.toString("utf8").matchAll(ASSET)) {
    const asset = match[1];
    const bytes = readFileSync(join(dist, asset));
    add(asset.endsWith(".css") ? weight.css : weight.js, bytes);
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
