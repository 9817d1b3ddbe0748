/**
 * `<link rel="modulepreload">` for the chunks a page's scripts import statically. Astro writes a page's
 * script as one `<script type="module" src>`; the browser finds the chunks that script imports only
 * once it has downloaded and parsed it, and their own imports one step later. On a phone each step is
 * a round trip before the script can run (on /kham-pha/ that delays the start of DuckDB). With the
 * links in the head, the browser asks for every chunk together with the page's first requests. Only
 * section pages get them (sectionPages).
 * Dynamic imports are left alone: Vite preloads those itself when they are asked for.
 */
import { init, parse } from "es-module-lexer";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The site-root paths of the chunks `code` (served at `path`) imports statically: "./x.js" → "/_astro/x.js". */
export function staticImports(code: string, path: string): string[] {
  const [imports] = parse(code);
  return imports
    .filter(
      (i) => i.d === -1 && i.n !== undefined && (i.n.startsWith("./") || i.n.startsWith("../") || i.n.startsWith("/")),
    )
    .map((i) => new URL(i.n as string, `http://site${path}`).pathname);
}

/**
 * Every chunk the module at `entry` needs before it runs (its static imports, theirs, and so on), in
 * the order they are first met; `read` gives a module's code by its site-root path.
 */
export function moduleGraph(entry: string, read: (path: string) => string): string[] {
  const seen = new Set<string>([entry]);
  const order: string[] = [];
  // Breadth first: `order` is both the answer and the queue of modules still to read.
  for (let i = -1; i < order.length; i++) {
    const path = i < 0 ? entry : order[i];
    for (const dep of staticImports(read(path), path))
      if (!seen.has(dep)) {
        seen.add(dep);
        order.push(dep);
      }
  }
  return order;
}

const SCRIPT = /<script type="module" src="(\/[^"]+\.js)"/g;

/**
 * The page with a modulepreload link before `</head>` for every chunk its module scripts import
 * statically (`deps` gives them per script), or undefined when there is none to add.
 */
export function withModulePreloads(html: string, deps: (src: string) => string[]): string | undefined {
  const wanted = new Set<string>();
  for (const [, src] of html.matchAll(SCRIPT)) for (const d of deps(src)) wanted.add(d);
  const links = [...wanted]
    .filter((href) => !html.includes(`rel="modulepreload" href="${href}"`))
    .map((href) => `<link rel="modulepreload" href="${href}">`);
  if (links.length === 0 || !html.includes("</head>")) return undefined;
  return html.replace("</head>", `${links.join("")}</head>`);
}

/**
 * The site's section pages in `dir` (the built site): `index.html` and the other pages at its root, and
 * `<section>/index.html` (/kham-pha/, /pha-he/, /so-sanh/, …), where the scripts are the page (the
 * explorer, the lineage tree, the comparison). The pages of single plans, localities and measures
 * are left out: their content is in the HTML, their scripts only add to it, and a national corpus has
 * 100,000 of them (75 KB each at 10,000 synthetic plans, 0.75 GB to read again).
 */
export function sectionPages(dir: string): string[] {
  const pages: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }))
    if (entry.isFile() && entry.name.endsWith(".html")) pages.push(entry.name);
    else if (entry.isDirectory() && existsSync(join(dir, entry.name, "index.html")))
      pages.push(join(entry.name, "index.html"));
  return pages.sort();
}

/**
 * Adds the links to the section pages of `dir`. A script's chunks are worked out once, however many
 * pages carry it. Returns the number of pages changed.
 */
export async function addModulePreloads(dir: string): Promise<number> {
  await init;
  const read = (path: string) => readFileSync(join(dir, path), "utf8");
  const graphs = new Map<string, string[]>();
  const deps = (src: string) => {
    let d = graphs.get(src);
    if (!d) graphs.set(src, (d = moduleGraph(src, read)));
    return d;
  };
  let changed = 0;
  for (const name of sectionPages(dir)) {
    const file = join(dir, name);
    const next = withModulePreloads(readFileSync(file, "utf8"), deps);
    if (next === undefined) continue;
    writeFileSync(file, next);
    changed++;
  }
  return changed;
}
