import { describe, expect, inject, it } from "vitest";
import { parseHTML } from "linkedom";
import { loadCorpus } from "../../src/data/corpus.ts";

interface Crawled {
  status: number;
  ids: Set<string>;
  links: string[];
  /** Words of the page's own text glued to a number or to the next word ("thành7", "tắt:Đắk"). */
  glued: string[];
}

const VIETNAMESE = /[à-ỹđÀ-ỸĐ]/;
const GLUE = /[\p{L}][0-9]|[0-9][\p{L}]{2}|[\p{Ll}][.:;,][\p{L}0-9]/u;

/**
 * Template whitespace next to an expression can vanish at a line break, gluing words together. Looks
 * for Vietnamese words stuck to a number or to the next word; codes, file names and addresses
 * ("07-KH/ĐU", "000_cd77.txt") are left alone.
 */
function gluedWords(document: Document): string[] {
  const main = document.querySelector("main");
  if (!main) return [];
  for (const skip of main.querySelectorAll("svg, code, .source-text, blockquote, q")) skip.remove();
  // Text node by text node: a glue inside one text node is a bug; across elements it is layout.
  const texts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) texts.push(node.nodeValue ?? "");
    else for (const child of node.childNodes) walk(child);
  };
  walk(main);
  return texts
    .join(" ")
    .split(/\s+/)
    .filter((word) => VIETNAMESE.test(word) && GLUE.test(word) && !/[/_@]/.test(word));
}

/** Fetches a page and collects its ids and the internal links on it (href of a and area). */
async function crawlPage(baseURL: string, path: string): Promise<Crawled> {
  const response = await fetch(`${baseURL}${path}`);
  const type = response.headers.get("content-type") ?? "";
  if (!type.includes("html")) return { status: response.status, ids: new Set(), links: [], glued: [] };
  const { document } = parseHTML(await response.text());
  const ids = new Set([...document.querySelectorAll("[id]")].map((el) => el.getAttribute("id")!));
  for (const a of document.querySelectorAll("a[name]")) ids.add(a.getAttribute("name")!);
  const links = [...document.querySelectorAll("a[href], area[href]")]
    .map((a) => a.getAttribute("href")!)
    .filter((href) => !/^(?:[a-z]+:|\/\/)/i.test(href) || href.startsWith(baseURL));
  return { status: response.status, ids, links, glued: gluedWords(document as unknown as Document) };
}

/** Crawls the whole site from `/`, following every internal link; returns what was found. */
async function crawlSite(baseURL: string) {
  const pages = new Map<string, Crawled>();
  const broken: string[] = [];
  const anchors: { from: string; path: string; id: string }[] = [];
  const queue = ["/"];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (pages.has(path)) continue;
    const page = await crawlPage(baseURL, path);
    pages.set(path, page);
    for (const href of page.links) {
      const url = new URL(href, `${baseURL}${path}`);
      const target = url.pathname;
      if (url.hash.length > 1) anchors.push({ from: path, path: target, id: decodeURIComponent(url.hash.slice(1)) });
      if (!pages.has(target) && !queue.includes(target)) queue.push(target);
    }
  }
  for (const [path, page] of pages) if (page.status !== 200) broken.push(`${path} (${page.status})`);
  const missing = anchors
    .filter((a) => pages.get(a.path)?.status === 200 && !pages.get(a.path)?.ids.has(a.id))
    .map((a) => `${a.from} → ${a.path}#${a.id}`);
  return { pages, broken, anchors: anchors.length, missing: [...new Set(missing)] };
}

/** Checks that hold for any content, on the site at `baseURL`. */
function linkChecks(name: string, baseURL: string) {
  describe(name, () => {
    const crawl = crawlSite(baseURL);

    it("finds no broken internal link from / through every page", async () => {
      const { pages, broken } = await crawl;
      expect(pages.size).toBeGreaterThan(60);
      expect(broken).toEqual([]);
    });

    it("finds every #anchor a link points to on its page", async () => {
      const { anchors, missing } = await crawl;
      expect(anchors).toBeGreaterThan(100);
      expect(missing).toEqual([]);
    });

    it("keeps a space between words and numbers in the text of every page", async () => {
      const { pages } = await crawl;
      const glued = [...pages].flatMap(([path, page]) => page.glued.map((word) => `${path}: ${word}`));
      expect(glued).toEqual([]);
    });

    it("reaches every page of the sitemap by following links from /", async () => {
      const { pages } = await crawl;
      const index = await (await fetch(`${baseURL}/sitemap-index.xml`)).text();
      const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
      const listed: string[] = [];
      for (const map of sitemaps) {
        const xml = await (await fetch(`${baseURL}${map}`)).text();
        listed.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname));
      }
      expect(listed.length).toBeGreaterThan(60);
      expect(listed.filter((p) => !pages.has(p))).toEqual([]);
    });
  });
}

linkChecks("links of the site built from the fixture corpus", inject("baseURL"));
linkChecks("links of the site built from the live content", inject("liveURL"));

describe("the live content on the built site", () => {
  const liveURL = inject("liveURL");
  const published = loadCorpus().plans.filter((p) => !p.plan.draft);

  it("has a page for every published plan", async () => {
    const missing: string[] = [];
    for (const p of published) {
      const res = await fetch(`${liveURL}/ke-hoach/${p.slug}/`);
      if (res.status !== 200) missing.push(`${p.slug} (${res.status})`);
    }
    expect(missing).toEqual([]);
  });

  it("puts every published plan in the downloads of the database", async () => {
    const rows = (await (await fetch(`${liveURL}/data/plans.json`)).json()) as { slug: string }[];
    expect(rows.map((r) => r.slug).sort()).toEqual(published.map((p) => p.slug).sort());
  });
});
