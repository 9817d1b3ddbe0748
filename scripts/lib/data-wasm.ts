/**
 * Copies the DuckDB-wasm engine (mvp and eh bundles: wasm module and worker script) from node_modules
 * into the site, so the explorer loads it from its own origin, never from a CDN.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

const DIST = "node_modules/@duckdb/duckdb-wasm/dist";

/** The files the explorer needs; the coi (cross-origin isolated) bundle is not used. */
export const DUCKDB_WASM_FILES = [
  "duckdb-mvp.wasm",
  "duckdb-browser-mvp.worker.js",
  "duckdb-eh.wasm",
  "duckdb-browser-eh.worker.js",
] as const;

/** Version of the installed @duckdb/duckdb-wasm. */
export function duckdbWasmVersion(): string {
  return (JSON.parse(readFileSync("node_modules/@duckdb/duckdb-wasm/package.json", "utf8")) as { version: string })
    .version;
}

const same = (a: string, b: string) => {
  try {
    return statSync(a).size === statSync(b).size && readFileSync(a).equals(readFileSync(b));
  } catch {
    return false;
  }
};

/**
 * Copies the files into `<publicDir>/duckdb/<version>/` (a versioned folder, so browsers never mix an
 * old worker with a new wasm) and removes other versions. Returns the URL folder, "/duckdb/1.32.0/".
 */
export function copyDuckdbWasm(publicDir: string): string {
  const version = duckdbWasmVersion();
  const root = join(publicDir, "duckdb");
  const dir = join(root, version);
  mkdirSync(dir, { recursive: true });
  for (const name of DUCKDB_WASM_FILES) {
    const from = join(DIST, name);
    const to = join(dir, name);
    if (!same(from, to)) copyFileSync(from, to);
  }
  for (const other of readdirSync(root)) if (other !== version) rmSync(join(root, other), { recursive: true });
  return `/duckdb/${version}/`;
}
