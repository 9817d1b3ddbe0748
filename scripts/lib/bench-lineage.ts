/**
 * The lineage section of `npm run bench`: with N synthetic plans (BENCH_LINEAGE_COUNT, 10,000 by
 * default; 0 skips), how long each step of the tree takes in-process, what the browser fetches of the
 * tree sent in parts (first file, parts, positions, search file: chunks.ts), the same with the corpus
 * replicated ten times (each plan copied under new numbers, so families are ten times wider: an
 * estimate of 100,000 plans without their content check), how long the whole site takes to build, and
 * what /pha-he/ and its files weigh. Prints figures, asserts nothing.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildLineage } from "../../src/lib/lineage/build.ts";
import { layoutTidy } from "../../src/lib/lineage/layout.ts";
import { renderList } from "../../src/lib/lineage/render-list.ts";
import { renderSvg } from "../../src/lib/lineage/render-svg.ts";
import { buildTree, defaultExpanded } from "../../src/lib/lineage/tree.ts";
import { toWire } from "../../src/lib/lineage/wire.ts";
import { splitTree } from "../../src/lib/lineage/chunks.ts";
import { buildTreeSearch, memoryLoader, TreeSearch } from "../../src/lib/lineage/search.ts";
import type { LineageInput } from "../../src/lib/lineage/build.ts";
import type { LineageGraph } from "../../src/lib/lineage/types.ts";
import { record } from "./bench-summary.ts";
import { contentPaths, loadCorpus } from "../../src/data/corpus.ts";
import { weighPage } from "./page-weight.ts";
import { TOOL_ENV, bin, run } from "./run.ts";

const kb = (n: number) => (n / 1024).toFixed(1);
const gz = (s: string) => gzipSync(s, { level: 9 }).length;

/** What the browser fetches of the tree in parts, printed as rows and recorded under `lineage_*_<n>`. */
export async function partsReport(graph: LineageGraph, label: string, n: number): Promise<void> {
  const start = performance.now();
  const tree = buildTree(graph);
  const split = splitTree(tree, graph, defaultExpanded(tree));
  const ms = performance.now() - start;
  const first = JSON.stringify(split.skeleton);
  const parts = split.chunks.map((c) => JSON.stringify(c)).sort((a, b) => a.length - b.length);
  const positions = split.positions.map((p) => JSON.stringify(p)).sort((a, b) => a.length - b.length);
  const found = JSON.stringify(split.found);
  const search = buildTreeSearch(split.found, graph.provinces);
  const shards = [...search.shards.values()].sort((a, b) => a.length - b.length);
  // What a search reads: the head, the shards of its words and number, the chunks of the 8 listed.
  let most = 0;
  for (const q of ["son la", "ke hoach thuc hien", "07-KH/ĐU", "Thừa Thiên Huế 2024"]) {
    let bytes = JSON.stringify(search.head).length;
    const memory = memoryLoader(search);
    await new TreeSearch(search.head, {
      shard: async (name) => {
        const body = await memory.shard(name);
        bytes += gz(body);
        return body;
      },
      chunk: async (k) => {
        const chunk = await memory.chunk(k);
        bytes += gz(JSON.stringify(chunk));
        return chunk;
      },
    }).search(q);
    most = Math.max(most, bytes);
  }
  const whole = JSON.stringify(toWire(graph));
  const median = parts[parts.length >> 1] ?? "";
  const largest = parts.at(-1) ?? "";
  const pos = positions.at(-1) ?? "";
  console.log(`${label}: ${graph.nodes.length} documents; tree + split ${ms.toFixed(0)} ms\n`);
  console.log("file | count | raw KB | gzip KB");
  console.log("--- | --- | --- | ---");
  console.log(`whole graph as one file (before) | 1 | ${kb(whole.length)} | ${kb(gz(whole))}`);
  console.log(`du-lieu.json (first file, read on load) | 1 | ${kb(first.length)} | ${kb(gz(first))}`);
  console.log(
    `nhanh/<k>.json (a part: median / largest) | ${parts.length} | ${kb(median.length)} / ${kb(largest.length)} | ${kb(gz(median))} / ${kb(gz(largest))}`,
  );
  console.log(
    `vi-tri/<n>.json (positions for ?chon=, largest) | ${positions.length} | ${kb(pos.length)} | ${kb(gz(pos))}`,
  );
  console.log(`one list of every document (before: tim-kiem.json) | 1 | ${kb(found.length)} | ${kb(gz(found))}`);
  const largestShard = shards.at(-1) ?? "";
  console.log(
    `tim/*.json (search shards: median / largest) | ${shards.length} | ${kb((shards[shards.length >> 1] ?? "").length)} / ${kb(largestShard.length)} | – / ${kb(gz(largestShard))}`,
  );
  console.log(`a search of the tree reads at most (gzip, four queries) | – | – | ${kb(most)}`);
  console.log("");
  record(`lineage_first_file_bytes_${n}`, gz(first));
  record(`lineage_largest_part_bytes_${n}`, gz(largest));
  record(`lineage_parts_${n}`, parts.length);
  record(`lineage_search_query_bytes_${n}`, most);
  record(`lineage_whole_file_bytes_${n}`, gz(whole));
}

/** The corpus ten times: each plan copied under new numbers and slugs, citing what the original cites. */
export function replicate(plans: readonly LineageInput[], times: number): LineageInput[] {
  const out: LineageInput[] = [...plans];
  for (let k = 1; k < times; k++)
    for (const p of plans)
      out.push({
        slug: `${p.slug}-b${k}`,
        plan: { ...p.plan, number: p.plan.number ? `${p.plan.number}-B${k}` : null, issuer: `${p.plan.issuer} (${k})` },
      });
  return out;
}

function timed<T>(steps: [string, number][], name: string, f: () => T): T {
  const start = performance.now();
  const value = f();
  steps.push([name, performance.now() - start]);
  return value;
}

/** Runs the section; returns the exit code of the synthetic build (0 when skipped). */
export async function benchLineage(count = Number(process.env.BENCH_LINEAGE_COUNT ?? 10000)): Promise<number> {
  console.log(`\n## Lineage tree with ${count} synthetic plans\n`);
  if (count <= 0) {
    console.log("skipped (BENCH_LINEAGE_COUNT=0)");
    return 0;
  }
  const dir = `tmp/bench-lineage-${count}`;
  const out = `${dir}-dist`;
  const gen = run(process.execPath, ["scripts/generate-synthetic.ts", "--count", String(count), "--out", dir]);
  if (gen.code !== 0) return gen.code;

  const { plans, provinces } = loadCorpus(contentPaths({ plans: `${dir}/plans`, data: `${dir}/data` }));
  const steps: [string, number][] = [];
  const graph = timed(steps, "buildLineage (identity, ghosts, parents)", () => buildLineage(plans, provinces));
  const tree = timed(steps, "buildTree + defaultExpanded (grouping)", () => buildTree(graph));
  const open = defaultExpanded(tree);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const lookup = (id: string) => byId.get(id);
  const svg = timed(steps, "layoutTidy + renderSvg (default view)", () =>
    renderSvg(layoutTidy(tree.root, open, graph), { lookup, label: "" }),
  );
  const list = timed(steps, "renderList (whole tree as nested lists)", () => renderList(tree.root, { lookup, open }));
  const json = timed(steps, "toWire + JSON.stringify (data file)", () => JSON.stringify(toWire(graph)));
  console.log(`${graph.nodes.length} documents, ${graph.edges.length} references, ${tree.byId.size} tree items`);
  console.log(
    `${open.size} families open by default; SVG ${kb(svg.length)} KB, list ${kb(list.length)} KB, ` +
      `data file ${kb(json.length)} KB\n`,
  );
  console.log("step | ms");
  console.log("--- | ---");
  for (const [name, ms] of steps) console.log(`${name} | ${ms.toFixed(0)}`);

  console.log("\n### The tree in parts (what the browser fetches)\n");
  await partsReport(graph, `${count} synthetic plans`, count);
  const times = 10;
  const big = buildLineage(replicate(plans, times), provinces);
  await partsReport(
    big,
    `${count} synthetic plans replicated ×${times} (estimate for ${count * times})`,
    count * times,
  );

  const build = run(bin("astro"), ["build", "--silent", "--outDir", out], {
    ...TOOL_ENV,
    PLANS_DIR: `${dir}/plans`,
    DATA_DIR: `${dir}/data`,
  });
  if (build.code !== 0) return build.code;
  console.log(`\nbuild time (astro build, whole site, ${count} synthetic plans): ${(build.ms / 1000).toFixed(2)} s\n`);
  const page = weighPage(out, join(out, "pha-he/index.html"));
  const data = readFileSync(join(out, "pha-he/du-lieu.json"));
  record(`lineage_page_html_bytes_${count}`, page.html.gzip);
  console.log("/pha-he/ | raw KB | gzip KB");
  console.log("--- | --- | ---");
  console.log(`HTML | ${kb(page.html.raw)} | ${kb(page.html.gzip)}`);
  console.log(`CSS | ${kb(page.css.raw)} | ${kb(page.css.gzip)}`);
  console.log(`JS | ${kb(page.js.raw)} | ${kb(page.js.gzip)}`);
  console.log(
    `du-lieu.json (first file, read by the script) | ${kb(data.length)} | ${kb(gzipSync(data, { level: 9 }).length)}`,
  );
  const planPage = join(out, "ke-hoach", plans[0]?.slug ?? "", "index.html");
  if (existsSync(planPage)) {
    const w = weighPage(out, planPage);
    console.log(`a plan page (${plans[0].slug}), HTML | ${kb(w.html.raw)} | ${kb(w.html.gzip)}`);
  }
  return 0;
}
