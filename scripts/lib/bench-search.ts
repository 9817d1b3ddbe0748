/**
 * The site-search section of `npm run bench`: for the real content and for the synthetic corpus the
 * lineage section generated (10,000 plans by default), what the index weighs (names file, full-text
 * shards, document chunks; raw, gzip, brotli), what the first query needs (the names file plus the
 * shards and chunks that query loads) and how long it takes in-process from the query to its grouped
 * results, cold (shards parsed on first use) and warm. Then the same documents in one MiniSearch index
 * and in one FlexSearch index, the options weighed against each other, and what the header's search
 * adds to a reading page's JavaScript. Prints figures, asserts nothing.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import MiniSearch from "minisearch";
import FlexSearch from "flexsearch";
import { contentPaths, loadCorpus } from "../../src/data/corpus.ts";
import { searchDocuments, type SearchDoc } from "../../src/lib/search/documents.ts";
import { buildSearchFiles, SearchEngine, type GroupedResults, type SearchFiles } from "../../src/lib/search/engine.ts";
import { indexTerms } from "../../src/lib/search/query.ts";
import { searchFileBodies, searchLoader } from "../../src/lib/search/files.ts";
import { htmlFiles, pageType, weighPage } from "./page-weight.ts";

const kb = (n: number) => (n / 1024).toFixed(1);
const gz = (s: string) => gzipSync(s, { level: 9 }).length;
const br = (s: string) => brotliCompressSync(s).length;
const sizes = (s: string) => `${kb(s.length)} / ${kb(gz(s))} / ${kb(br(s))}`;

/** Queries readers type: provinces with and without diacritics, old names, numbers, themes, words. */
export const BENCH_QUERIES = [
  "dak lak",
  "Thừa Thiên Huế",
  "quang binh",
  "341-KH/TU",
  "Số 07 - KH/ĐU-CDSL",
  "lao khoa",
  "sàng lọc sơ sinh",
  "dan so",
  "ke hoach mau 123",
  "truyen thong mang xa hoi",
];

function time<T>(f: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  return f().then((v) => [v, performance.now() - start]);
}

/** One row per query: results, what it loaded, cold and warm time. */
async function queryRows(files: SearchFiles): Promise<string[]> {
  const rows = [
    "query | results | names + text shards, chunks loaded | first query needs KB br / gz | cold ms (median of 3) | warm ms",
    "--- | --- | --- | --- | --- | ---",
  ];
  const namesBr = br(files.names);
  const namesGz = gz(files.names);
  let worst = 0;
  let slowest = 0;
  let namesMs = 0;
  const bodies = searchFileBodies(files);
  for (const q of BENCH_QUERIES) {
    // Cold: a fresh engine (shards parsed on first use), the median of three, as the machine is shared.
    let loaded: string[] = [];
    let engine: SearchEngine | undefined;
    let r: GroupedResults | undefined;
    const colds: number[] = [];
    for (let i = 0; i < 3; i++) {
      loaded = [];
      const start = performance.now();
      const e = new SearchEngine(
        files.names,
        searchLoader(async (name) => (loaded.push(name), bodies.get(name) ?? "{}")),
      );
      namesMs = Math.max(namesMs, performance.now() - start);
      const [result, ms] = await time(() => e.search(q));
      colds.push(ms);
      engine = e;
      r = result;
    }
    const cold = colds.sort((a, b) => a - b)[1];
    if (!engine || !r) continue;
    const e = engine;
    const [, warm] = await time(() => e.search(q));
    const body = (name: string): string => bodies.get(name) ?? "";
    const needBr = namesBr + loaded.reduce((a, n) => a + br(body(n)), 0);
    const needGz = namesGz + loaded.reduce((a, n) => a + gz(body(n)), 0);
    worst = Math.max(worst, needBr);
    slowest = Math.max(slowest, cold);
    const count = (kind: string) => loaded.filter((n) => n.startsWith(kind)).length;
    rows.push(
      `${q} | ${r.total} | ${count("n-")} + ${count("t-")}, ${count("d-") + count("v-")} | ${kb(needBr)} / ${kb(needGz)} | ${cold.toFixed(0)} | ${warm.toFixed(0)}`,
    );
  }
  rows.push(
    "",
    `parsing the names file (on focus, before the first keystroke): up to ${namesMs.toFixed(0)} ms`,
    `goal: the first query needs ≤ 1024 KB compressed: most here ${kb(worst)} KB brotli ${worst <= 1024 * 1024 ? "(met)" : "(OVER)"}; ` +
      `first results ≤ 300 ms after the last keystroke: slowest cold query ${slowest.toFixed(0)} ms in-process ${slowest <= 300 ? "(met)" : "(OVER)"}`,
  );
  return rows;
}

/** Sizes of the index files of `docs` and the query table. */
export async function benchCorpus(label: string, docs: SearchDoc[]): Promise<void> {
  const start = performance.now();
  const files = buildSearchFiles(docs);
  const ms = performance.now() - start;
  const shardBr = [...files.shards.values()].map(br);
  const allShards = [...files.shards.values()].reduce((a, s) => a + s.length, 0);
  const allChunks = [...files.chunks.values()].reduce((a, s) => a + s.length, 0);
  const allShown = [...files.shown.values()].reduce((a, s) => a + s.length, 0);
  const nameBr = [...files.nameShards.values()].map(br);
  const allNames = [...files.nameShards.values()].reduce((a, s) => a + s.length, 0);
  const names = JSON.parse(files.names) as { stop: string[] };
  console.log(`\n### ${label}: ${docs.length} documents, index built in ${(ms / 1000).toFixed(1)} s\n`);
  console.log("file | count | KB raw / gz / br");
  console.log("--- | --- | ---");
  console.log(`names file (ten.json, loaded on focus) | 1 | ${sizes(files.names)}`);
  console.log(
    `names shards (n-*.json), all | ${files.nameShards.size} | ${kb(allNames)} / – / ${kb(nameBr.reduce((a, b) => a + b, 0))}`,
  );
  console.log(`largest names shard, brotli | – | ${kb(Math.max(0, ...nameBr))}`);
  console.log(
    `full-text shards (t-*.json), all | ${files.shards.size} | ${kb(allShards)} / – / ${kb(shardBr.reduce((a, b) => a + b, 0))}`,
  );
  console.log(`largest shard, brotli | – | ${kb(Math.max(0, ...shardBr))}`);
  console.log(`document chunks (d-*.json), all | ${files.chunks.size} | ${kb(allChunks)} / – / –`);
  console.log(`shown chunks (v-*.json), all | ${files.shown.size} | ${kb(allShown)} / – / –`);
  console.log(`\nterms left out of the shards as too common: ${names.stop.length ? names.stop.join(", ") : "none"}\n`);
  for (const line of await queryRows(files)) console.log(line);
}

/** The same documents in one MiniSearch index and one FlexSearch index: size and query time. */
export async function benchOptions(docs: SearchDoc[]): Promise<void> {
  console.log(
    "\noption (all documents in one index) | build s | KB raw / gz / br | load ms | query ms (dan so; lao khoa)",
  );
  console.log("--- | --- | --- | --- | ---");
  const tokenize = (t: string) => indexTerms(t);
  let start = performance.now();
  const mini = new MiniSearch({
    idField: "id",
    fields: ["t", "n", "p", "b", "x"],
    storeFields: ["g", "u", "t", "s"],
    tokenize,
    processTerm: (t: string) => t,
  });
  mini.addAll(docs);
  const miniJson = JSON.stringify(mini);
  const miniBuild = performance.now() - start;
  start = performance.now();
  const miniLoaded = MiniSearch.loadJSON(miniJson, {
    fields: ["t", "n", "p", "b", "x"],
    storeFields: ["g", "u", "t", "s"],
    tokenize,
    processTerm: (t: string) => t,
  });
  const miniLoad = performance.now() - start;
  const miniQ = ["dan so", "lao khoa"].map((q) => {
    const s = performance.now();
    miniLoaded.search(q, { combineWith: "AND", prefix: (_t, i, all) => i === all.length - 1 });
    return (performance.now() - s).toFixed(0);
  });
  console.log(
    `MiniSearch 7 | ${(miniBuild / 1000).toFixed(1)} | ${sizes(miniJson)} | ${miniLoad.toFixed(0)} | ${miniQ.join("; ")}`,
  );

  start = performance.now();
  const encode = (t: string) => indexTerms(t);
  const flex = new FlexSearch.Document({
    document: { id: "id", index: ["t", "n", "p", "b", "x"], store: ["g", "u", "t", "s"] },
    tokenize: "forward",
    encode,
  });
  for (const d of docs) flex.add({ ...d });
  const parts: Record<string, string> = {};
  flex.export((key: string, data: string) => {
    parts[key] = data;
  });
  const flexJson = JSON.stringify(parts);
  const flexBuild = performance.now() - start;
  start = performance.now();
  const flexLoaded = new FlexSearch.Document({
    document: { id: "id", index: ["t", "n", "p", "b", "x"], store: ["g", "u", "t", "s"] },
    tokenize: "forward",
    encode,
  });
  for (const [key, data] of Object.entries(parts)) flexLoaded.import(key, data);
  const flexLoad = performance.now() - start;
  const flexQ = ["dan so", "lao khoa"].map((q) => {
    const s = performance.now();
    flexLoaded.search(q, { limit: 100000 });
    return (performance.now() - s).toFixed(0);
  });
  console.log(
    `FlexSearch 0.8 (tokenize forward) | ${(flexBuild / 1000).toFixed(1)} | ${sizes(flexJson)} | ${flexLoad.toFixed(0)} | ${flexQ.join("; ")}`,
  );
}

/** What the header's search adds to reading pages: the box's script, and what loads on focus. */
function benchPageScripts(dist: string): void {
  if (!existsSync(join(dist, "index.html"))) return;
  const assets = readdirSync(join(dist, "_astro"));
  // The box's script and Vite's helper for its dynamic import (shared by other scripts, counted here).
  const box = assets.filter((a) => a.startsWith("SiteSearch.astro") || a.startsWith("preload-helper."));
  const weigh = (names: string[]) => names.reduce((a, n) => a + br(readFileSync(join(dist, "_astro", n), "utf8")), 0);
  const onFocus = assets.filter((a) => /^(site-search|snippet|vietnamese|in-text)\./.test(a) && a.endsWith(".js"));
  let heaviest = 0;
  let heaviestBefore = 0;
  for (const file of htmlFiles(dist)) {
    const page = weighPage(dist, file);
    if (["/kham-pha/", "/pha-he/"].includes(pageType(page.path))) continue;
    heaviest = Math.max(heaviest, page.js.brotli);
    heaviestBefore = Math.max(heaviestBefore, page.js.brotli - weigh(box));
  }
  console.log(
    `\nreading pages' JavaScript before the box is used (brotli): heaviest ${kb(heaviest)} KB with the search box, ` +
      `${kb(heaviestBefore)} KB without its script (${kb(weigh(box))} KB); loaded on first focus: ${kb(weigh(onFocus))} KB ` +
      `(search code with MiniSearch), then the index files above`,
  );
}

/** Runs the section over the real content, then over the synthetic corpus in `dir` when it exists. */
export async function benchSearch(dir: string, dist = "dist"): Promise<void> {
  console.log("\n## Site search\n");
  const real = loadCorpus(contentPaths());
  const realDocs = searchDocuments(real.plans, real.measures, real.provinces);
  await benchCorpus("real content", realDocs);
  await benchOptions(realDocs);
  benchPageScripts(dist);
  if (!existsSync(`${dir}/plans`)) {
    console.log("\nsynthetic corpus skipped: none generated (BENCH_LINEAGE_COUNT=0)");
    return;
  }
  const synthetic = loadCorpus(contentPaths({ plans: `${dir}/plans`, data: `${dir}/data` }));
  const docs = searchDocuments(synthetic.plans, synthetic.measures, synthetic.provinces);
  await benchCorpus(`${synthetic.plans.length} plans (synthetic + real)`, docs);
  await benchOptions(docs);
}
