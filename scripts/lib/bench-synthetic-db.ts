/**
 * The synthetic databases of the explorer's bench (bench-explorer.ts): a corpus of `n` plans and its
 * data build, kept in tmp/ and rebuilt only when the data build's code changes, and a copy of dist/
 * (hard links) that serves one of them in place of the real database.
 */
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { existsSync, linkSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { DATABASE_FILE, INDEX_FILE } from "../../src/lib/explorer/schema.ts";
import { run, TOOL_ENV } from "./run.ts";

/** V8's heap limit for the synthetic data builds (MB). */
export const HEAP = "--max-old-space-size=16384";

/** Where the synthetic corpus of `n` plans and its data build are kept between runs. */
const syntheticDir = (n: number) => `tmp/synthetic-${n}`;
export const syntheticOut = (n: number) =>
  n === 10000 ? "tmp/bench-synthetic-public" : `tmp/bench-synthetic-${n}-public`;
/** What the synthetic database depends on: when none of it changed, the last build is reused. */
const DATA_BUILD_INPUTS = [
  "scripts/build-data.ts",
  "scripts/generate-synthetic.ts",
  "scripts/lib/synthetic.ts",
  "scripts/lib/data-duckdb.ts",
  "scripts/lib/data-rows.ts",
  "scripts/lib/data-wasm.ts",
  "src/lib/explorer/schema.ts",
];

/** A hash of the data build's code and the corpus size: the key of the cached synthetic database. */
function buildKey(n: number): string {
  const h = createHash("sha256").update(String(n));
  for (const f of DATA_BUILD_INPUTS) if (existsSync(f)) h.update(readFileSync(f));
  return h.digest("hex").slice(0, 16);
}

/** The synthetic database of `n` plans (+ the real content), built unless the cached one is current. */
export function syntheticDatabase(n: number): string {
  const dir = syntheticDir(n);
  const out = syntheticOut(n);
  const db = join(out, "data", DATABASE_FILE);
  const stamp = join(out, "build-key");
  const key = buildKey(n);
  if (existsSync(db) && existsSync(stamp) && readFileSync(stamp, "utf8") === key) {
    console.log(`${n} synthetic plans: database reused from ${out}/ (data build unchanged)`);
    return db;
  }
  const start = performance.now();
  if (!existsSync(join(dir, "plans")))
    run(process.execPath, ["scripts/generate-synthetic.ts", "--count", String(n), "--out", dir]);
  // The check holds every plan in memory: 100,000 plans need more than V8's default heap of about 4 GB
  // (the run stops with "heap out of memory" after some 200 s); the machine has 24 GB.
  const built = run(
    process.execPath,
    [HEAP, "scripts/build-data.ts", "--plans", `${dir}/plans`, "--data", `${dir}/data`, "--out", out],
    TOOL_ENV,
  );
  if (built.code !== 0) throw new Error(`build-data failed on the synthetic corpus of ${n}`);
  writeFileSync(stamp, key);
  console.log(
    `${n} synthetic plans: corpus and database built in ${((performance.now() - start) / 1000).toFixed(0)} s`,
  );
  return db;
}

/**
 * dist/ with `database` and the filter index beside it in place of the real files (hard links: no copy
 * of the site).
 */
export function siteWith(database: string, n: number): string {
  const root = `tmp/bench-site-${n}`;
  rmSync(root, { recursive: true, force: true });
  const cp = spawnSync("cp", ["-al", "dist", root]);
  if (cp.status !== 0) throw new Error(`cp -al dist ${root} failed: ${cp.stderr}`);
  for (const [from, name] of [
    [database, DATABASE_FILE],
    [join(dirname(database), INDEX_FILE), INDEX_FILE],
  ]) {
    const target = join(root, "data", name);
    rmSync(target);
    linkSync(from, target);
  }
  return root;
}
