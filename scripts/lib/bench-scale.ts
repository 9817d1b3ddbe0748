/**
 * The scale section of `npm run bench`: builds this project over N synthetic plans exactly as
 * `npm run build` does (the data step `scripts/build-data.ts`, which checks the content, then
 * `astro build`, cold: a fresh content cache) and, in the same run, a bare Astro project of N plain
 * markdown pages, and prints wall time and peak memory (resident memory of the whole process tree,
 * sampled every 100 ms) split by step. The synthetic site gets a public/ folder of its own
 * (PUBLIC_DIR, see astro.config.mjs), so the real public/data is left as it was.
 * Everything is written under tmp/bench/ (gitignored).
 */
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { bin, TOOL_ENV } from "./run.ts";
import { record } from "./bench-summary.ts";
import { HEAP } from "./bench-synthetic-db.ts";
import { GENERATED_DIRS } from "./public-folder.ts";
import { partName, type CompareIndex } from "../../src/lib/compare/parts.ts";
import { SearchEngine } from "../../src/lib/search/engine.ts";
import { NAMES_FILE, searchLoader } from "../../src/lib/search/files.ts";
import { BENCH_QUERIES } from "./bench-search.ts";

const ROOT = resolve("tmp/bench");

/** Wall time, CPU time (user + system, the process and the children it waited for) and peak memory. */
export interface Measured {
  code: number;
  seconds: number;
  /** NaN when /usr/bin/time is missing. CPU time varies less than wall time on a shared machine. */
  cpuSeconds: number;
  peakMB: number;
}

/** GNU time, when installed, reports the CPU time of a command and its children. */
const GNU_TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

/** Resident memory (kB) of `pid` and all its descendants, from /proc. */
function treeRssKb(pid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
      const status = readFileSync(`/proc/${entry}/status`, "utf8");
      rss.set(Number(entry), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // the process ended while we read it
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop()!;
    total += rss.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

/** Runs a command, sampling the memory of its process tree; output goes to `log`. */
export function measure(command: string, args: string[], env: NodeJS.ProcessEnv, log: string): Promise<Measured> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const out: Buffer[] = [];
    const cpuFile = `${log}.cpu`;
    rmSync(cpuFile, { force: true });
    const child = GNU_TIME
      ? spawn(GNU_TIME, ["-f", "%U %S", "-o", cpuFile, command, ...args], { env, stdio: ["ignore", "pipe", "pipe"] })
      : spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => out.push(b));
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssKb(child.pid));
    }, 100);
    child.on("error", fail);
    child.on("close", (code) => {
      clearInterval(timer);
      writeFileSync(log, Buffer.concat(out));
      const cpu = existsSync(cpuFile) ? /([\d.]+) ([\d.]+)\s*$/.exec(readFileSync(cpuFile, "utf8")) : null;
      done({
        code: code ?? 1,
        seconds: (performance.now() - start) / 1000,
        cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN,
        peakMB: peak / 1024,
      });
    });
  });
}

/** Writes a throwaway bare Astro project (one [slug].astro over a glob collection) that reuses node_modules. */
function bareProject(): string {
  const dir = join(ROOT, "bare-astro");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "src/pages"), { recursive: true });
  symlinkSync(resolve("node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "bare-astro", private: true, type: "module" }));
  writeFileSync(
    join(dir, "astro.config.mjs"),
    'import { defineConfig } from "astro/config";\nexport default defineConfig({ cacheDir: "./.astro-cache" });\n',
  );
  writeFileSync(
    join(dir, "src/content.config.ts"),
    [
      'import { defineCollection, z } from "astro:content";',
      'import { glob } from "astro/loaders";',
      "const pages = defineCollection({",
      '  loader: glob({ pattern: "*.md", base: process.env.BARE_CONTENT ?? "./content" }),',
      "  schema: z.object({ title: z.string() }),",
      "});",
      "export const collections = { pages };",
      "",
    ].join("\n"),
  );
  writeFileSync(
    join(dir, "src/pages/[slug].astro"),
    [
      "---",
      'import { getCollection, render } from "astro:content";',
      "export async function getStaticPaths() {",
      '  return (await getCollection("pages")).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));',
      "}",
      "const { entry } = Astro.props;",
      "const { Content } = await render(entry);",
      "---",
      '<html lang="vi"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>',
      "<body><h1>{entry.data.title}</h1><Content /></body></html>",
      "",
    ].join("\n"),
  );
  return dir;
}

/** N plain markdown pages of about the size of a plan summary. */
function bareContent(n: number): string {
  const dir = join(ROOT, `bare-content-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const para = "Nội dung tóm tắt giả lập về công tác dân số ở địa phương. ".repeat(14);
  for (let i = 0; i < n; i++)
    writeFileSync(join(dir, `trang-${String(i).padStart(5, "0")}.md`), `---\ntitle: "Trang ${i}"\n---\n${para}\n`);
  return dir;
}

const countHtml = (dir: string): number =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).reduce(
        (n, e) => n + (e.isDirectory() ? countHtml(join(dir, e.name)) : e.name.endsWith(".html") ? 1 : 0),
        0,
      )
    : 0;

const fmt = (m: Measured) =>
  m.code === 0 ? `${m.seconds.toFixed(1)} s / ${Math.round(m.peakMB)} MB` : `LỖI (exit ${m.code})`;

const cpuS = (m: Measured) => (Number.isFinite(m.cpuSeconds) ? m.cpuSeconds.toFixed(0) : "?");

/** A public/ folder for the synthetic site: the project's static files, without the generated data. */
function publicFor(n: number): string {
  const dir = join(ROOT, `public-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const e of readdirSync("public"))
    if (!GENERATED_DIRS.includes(e)) cpSync(join("public", e), join(dir, e), { recursive: true });
  return dir;
}

/** Builds the project and a bare Astro site at each scale and prints one row per scale. */
export async function benchScale(scales: readonly number[]): Promise<void> {
  mkdirSync(ROOT, { recursive: true });
  const bare = bareProject();
  console.log("\n## Scale: this project over N synthetic plans vs a bare Astro site of N markdown pages\n");
  console.log("CPU time (user + system) varies far less than wall time on a shared machine: compare the CPU ratio.\n");
  console.log(
    "Site build = what `npm run build` does for that corpus: the data step (content check, DuckDB file, " +
      "downloads, shared passages, search index) then astro build, cold. Time is wall clock; memory is the " +
      "peak resident memory of the whole process tree (the larger of the two steps for the site build).\n",
  );
  console.log(
    "| plans | generate | data step | astro build | site build | pages built | peak MB | bare Astro build | bare pages | site / bare | CPU s: site / bare |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  const weights = new Map<number, Weights>();
  for (const n of scales) {
    const corpus = join(ROOT, `synthetic-${n}`);
    const gen = await measure(
      process.execPath,
      ["scripts/generate-synthetic.ts", "--count", String(n), "--out", corpus],
      TOOL_ENV,
      join(ROOT, `generate-${n}.log`),
    );
    const publicDir = publicFor(n);
    const cache = join(ROOT, `astro-cache-${n}`);
    rmSync(cache, { recursive: true, force: true });
    const env = {
      ...TOOL_ENV,
      // Beyond some 40,000 plans the data step needs more than V8's default heap (about 4 GB).
      NODE_OPTIONS: [TOOL_ENV.NODE_OPTIONS, HEAP].filter(Boolean).join(" "),
      PLANS_DIR: join(corpus, "plans"),
      DATA_DIR: join(corpus, "data"),
      PUBLIC_DIR: publicDir,
      ASTRO_CACHE_DIR: cache,
    };
    const data = await measure(
      process.execPath,
      ["scripts/build-data.ts", "--out", publicDir],
      env,
      join(ROOT, `data-${n}.log`),
    );
    const dist = join(corpus, "dist");
    const build =
      data.code === 0
        ? await measure(bin("astro"), ["build", "--outDir", dist], env, join(ROOT, `build-${n}.log`))
        : { code: data.code, seconds: 0, cpuSeconds: 0, peakMB: 0 };
    const site: Measured = {
      code: data.code || build.code,
      seconds: data.seconds + build.seconds,
      cpuSeconds: data.cpuSeconds + build.cpuSeconds,
      peakMB: Math.max(data.peakMB, build.peakMB),
    };
    const content = bareContent(n);
    rmSync(join(bare, ".astro-cache"), { recursive: true, force: true });
    const bareBuild = await measure(
      bin("astro"),
      ["build", "--root", bare, "--outDir", join(ROOT, `bare-dist-${n}`)],
      { ...TOOL_ENV, BARE_CONTENT: content },
      join(ROOT, `bare-build-${n}.log`),
    );
    if (data.code === 0) {
      record(`build_data_s_${n}`, data.seconds);
      record(`build_data_peak_mb_${n}`, data.peakMB);
    }
    if (site.code === 0) {
      record(`build_astro_s_${n}`, build.seconds);
      record(`build_astro_peak_mb_${n}`, build.peakMB);
      record(`build_s_${n}`, site.seconds);
      record(`build_data_cpu_s_${n}`, data.cpuSeconds);
      record(`build_astro_cpu_s_${n}`, build.cpuSeconds);
      record(`build_cpu_s_${n}`, site.cpuSeconds);
      record(`build_peak_mb_${n}`, site.peakMB);
    }
    if (bareBuild.code === 0) {
      record(`bare_build_s_${n}`, bareBuild.seconds);
      record(`bare_build_peak_mb_${n}`, bareBuild.peakMB);
      record(`bare_build_cpu_s_${n}`, bareBuild.cpuSeconds);
    }
    const both = site.code === 0 && bareBuild.code === 0;
    const ratio = both ? site.seconds / bareBuild.seconds : NaN;
    const cpuRatio = both ? site.cpuSeconds / bareBuild.cpuSeconds : NaN;
    if (site.code === 0) weights.set(n, await weighSite(dist));
    record(`build_ratio_${n}`, ratio);
    record(`build_cpu_ratio_${n}`, cpuRatio);
    console.log(
      `| ${n} | ${fmt(gen)} | ${fmt(data)} | ${fmt(build)} | ${site.code === 0 ? `${site.seconds.toFixed(1)} s` : "LỖI"} | ` +
        `${countHtml(dist)} | ${site.code === 0 ? Math.round(site.peakMB) : "–"} | ${fmt(bareBuild)} | ` +
        `${countHtml(join(ROOT, `bare-dist-${n}`))} | ${Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : "–"} | ` +
        `${cpuS(site)} / ${cpuS(bareBuild)} = ${Number.isFinite(cpuRatio) ? `${cpuRatio.toFixed(2)}×` : "–"} |`,
    );
  }
  if (weights.size > 0) {
    const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
    console.log("\nWhat a reader downloads (raw bytes, before compression):\n");
    console.log(
      "| plans | /ke-hoach/ | /so-sanh/ comparing two plans (index + parts) | " +
        "site search (and /so-sanh/'s picker), first query, most of the bench's queries | largest pages |",
    );
    console.log("| --- | --- | --- | --- | --- |");
    for (const [n, w] of weights) {
      record(`plan_list_html_kb_${n}`, w.planList / 1024);
      record(`compare_first_view_kb_${n}`, w.compareFirst / 1024);
      record(`largest_html_kb_${n}`, (w.largest[0]?.bytes ?? NaN) / 1024);
      record(`search_first_query_kb_${n}`, w.searchFirst / 1024);
      console.log(
        `| ${n} | ${kb(w.planList)} | ${kb(w.compareFirst)} | ${kb(w.searchFirst)} | ` +
          `${w.largest.map((p) => `${p.path} ${kb(p.bytes)}`).join(", ")} |`,
      );
    }
  }
  console.log(`\nLogs: ${ROOT}/*.log`);
}

/** What a reader downloads from the built site of N plans, as the bench's second table prints it. */
interface Weights {
  /** /ke-hoach/index.html. */
  planList: number;
  /** /so-sanh/ comparing the two newest plans: its index and the parts holding them. */
  compareFirst: number;
  /** Site search: what the first query loads (names file, shards, chunks), the most of BENCH_QUERIES. */
  searchFirst: number;
  /** The three largest HTML pages, largest first. */
  largest: { path: string; bytes: number }[];
}

/** The most bytes the first query of a page's search box reads, over BENCH_QUERIES (src/lib/search/). */
async function weighSearch(dist: string): Promise<number> {
  const names = join(dist, "tim-kiem", `${NAMES_FILE}.json`);
  if (!existsSync(names)) return NaN;
  let most = 0;
  for (const q of BENCH_QUERIES) {
    let bytes = 0;
    const read = async (name: string) => {
      const body = readFileSync(join(dist, "tim-kiem", `${name}.json`), "utf8");
      bytes += Buffer.byteLength(body);
      return body;
    };
    const engine = new SearchEngine(await read(NAMES_FILE), searchLoader(read));
    await engine.search(q);
    most = Math.max(most, bytes);
  }
  return most;
}

async function weighSite(dist: string): Promise<Weights> {
  const size = (file: string) => (existsSync(join(dist, file)) ? readFileSync(join(dist, file)).length : NaN);
  const html: { path: string; bytes: number }[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(join(dist, dir), { withFileTypes: true }))
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith(".html")) html.push({ path: `/${join(dir, e.name)}`, bytes: size(join(dir, e.name)) });
  };
  walk("");
  html.sort((a, b) => b.bytes - a.bytes);
  let compareFirst = NaN;
  if (existsSync(join(dist, "so-sanh/du-lieu.json"))) {
    // Two plans of different parts, when there are two: the index and those two parts.
    const index = JSON.parse(readFileSync(join(dist, "so-sanh/du-lieu.json"), "utf8")) as CompareIndex;
    const parts = [...new Set([0, Math.min(1, index.parts - 1)])];
    compareFirst =
      size("so-sanh/du-lieu.json") +
      parts.reduce((n, k) => n + size(`so-sanh/phan/${partName(k, index.parts)}.json`), 0);
  }
  return {
    planList: size("ke-hoach/index.html"),
    compareFirst,
    searchFirst: await weighSearch(dist),
    largest: html.slice(0, 3),
  };
}

/** "100,1000,10000" → [100, 1000, 10000]; refuses anything else. */
export function parseScales(text: string): number[] {
  const scales = text.split(",").map((s) => Number(s.trim()));
  if (scales.some((n) => !Number.isInteger(n) || n <= 0))
    throw new Error(`--scale: "${text}" không phải danh sách số, ví dụ 100,1000`);
  return scales;
}
