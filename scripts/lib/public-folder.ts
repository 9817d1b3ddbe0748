/**
 * The folders of public/ that the data build writes (gitignored, rewritten on every run), and how it
 * writes one: into a fresh folder beside it, swapped in at the end, so a build that stops halfway leaves
 * the previous files in place.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The site-search index (scripts/lib/data-search.ts). */
export const SEARCH_DIR = "tim-kiem";
/** /so-sanh/'s data (scripts/lib/data-compare.ts). */
export const COMPARE_DIR = "so-sanh";
/** Every folder of public/ the data build writes: the database and downloads, the engine, and the above. */
export const GENERATED_DIRS: readonly string[] = ["data", "duckdb", SEARCH_DIR, COMPARE_DIR];

/** Writes `files` (path inside the folder → text) as `<publicDir>/<name>/`, replacing it whole. */
export function writePublicFolder(publicDir: string, name: string, files: ReadonlyMap<string, string>): void {
  const finalDir = join(publicDir, name);
  const newDir = join(publicDir, `.${name}-new`);
  rmSync(newDir, { recursive: true, force: true });
  mkdirSync(newDir, { recursive: true });
  for (const [file, body] of files) {
    const path = join(newDir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, body);
  }
  rmSync(finalDir, { recursive: true, force: true });
  renameSync(newDir, finalDir);
}
