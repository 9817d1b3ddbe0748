/**
 * The scale section of `npm run bench`: builds this project over N synthetic plans (content check,
 * then astro build) and, in the same run, a bare Astro project of N plain markdown pages, and prints
 * wall time and peak memory (resident memory of the whole process tree, sampled every 100 ms).
 * Everything is written under tmp/bench/ (gitignored).
 */
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { bin, TOOL_ENV } from "./run.ts";
import { record } from "./bench-summary.ts";

const ROOT = resolve("tmp/bench");

/** Wall time and peak memory of one command. */
export interface Measured {
  code: number;
  seconds: number;
  peakMB: number;
}

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
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
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
      done({ code: code ?? 1, seconds: (performance.now() - start) / 1000, peakMB: peak / 1024 });
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
    'import { defineConfig } from "astro/config";\nexport default defineConfig({});\n',
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

/** Builds the project and a bare Astro site at each scale and prints one row per scale. */
export async function benchScale(scales: readonly number[]): Promise<void> {
  mkdirSync(ROOT, { recursive: true });
  const bare = bareProject();
  console.log("\n## Scale: this project over N synthetic plans vs a bare Astro site of N markdown pages\n");
  console.log("Time is wall clock; memory is the peak resident memory of the whole process tree.\n");
  console.log("| plans | generate | npm run check | astro build | pages built | bare Astro build | bare pages |");
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  for (const n of scales) {
    const corpus = join(ROOT, `synthetic-${n}`);
    const gen = await measure(
      process.execPath,
      ["scripts/generate-synthetic.ts", "--count", String(n), "--out", corpus],
      TOOL_ENV,
      join(ROOT, `generate-${n}.log`),
    );
    const env = { ...TOOL_ENV, PLANS_DIR: join(corpus, "plans"), DATA_DIR: join(corpus, "data") };
    const check = await measure(process.execPath, ["scripts/check.ts"], env, join(ROOT, `check-${n}.log`));
    const build = await measure(
      bin("astro"),
      ["build", "--outDir", join(corpus, "dist")],
      env,
      join(ROOT, `build-${n}.log`),
    );
    const content = bareContent(n);
    const bareBuild = await measure(
      bin("astro"),
      ["build", "--root", bare, "--outDir", join(ROOT, `bare-dist-${n}`)],
      { ...TOOL_ENV, BARE_CONTENT: content },
      join(ROOT, `bare-build-${n}.log`),
    );
    if (check.code === 0) record(`check_s_${n}`, check.seconds);
    if (build.code === 0) {
      record(`build_s_${n}`, build.seconds);
      record(`build_peak_mb_${n}`, build.peakMB);
    }
    if (bareBuild.code === 0) {
      record(`bare_build_s_${n}`, bareBuild.seconds);
      record(`bare_build_peak_mb_${n}`, bareBuild.peakMB);
    }
    console.log(
      `| ${n} | ${fmt(gen)} | ${fmt(check)} | ${fmt(build)} | ${countHtml(join(corpus, "dist"))} | ${fmt(bareBuild)} | ${countHtml(join(ROOT, `bare-dist-${n}`))} |`,
    );
  }
  console.log(`\nLogs: ${ROOT}/*.log`);
}

/** "100,1000,10000" → [100, 1000, 10000]; refuses anything else. */
export function parseScales(text: string): number[] {
  const scales = text.split(",").map((s) => Number(s.trim()));
  if (scales.some((n) => !Number.isInteger(n) || n <= 0))
    throw new Error(`--scale: "${text}" không phải danh sách số, ví dụ 100,1000`);
  return scales;
}
