/**
 * Build time: the manifest the data build wrote into `public/data/`, and the paths it names. Pages read
 * the data build's files through here, so they follow whatever it wrote.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MANIFEST_FILE, parseManifest, type DataManifest } from "../lib/explorer/manifest.ts";

/**
 * The folder the data build writes into (`node scripts/build-data.ts`, without --out): public/data, or
 * PUBLIC_DIR/data when a benchmark builds a synthetic corpus beside the real one (astro.config.mjs).
 */
export const DATA_DIR = `${process.env.PUBLIC_DIR ?? "public"}/data`;

/** Reads and checks `<dataDir>/manifest.json`; says how to fix it when it is missing. */
export function readManifest(dataDir = DATA_DIR): DataManifest {
  const where = join(dataDir, MANIFEST_FILE);
  let text: string;
  try {
    text = readFileSync(where, "utf8");
  } catch {
    throw new Error(`Chưa có dữ liệu (${where}): chạy \`node scripts/build-data.ts\` trước \`astro build\`.`);
  }
  return parseManifest(text, where);
}

/** Path of the database file the manifest names. */
export function databasePath(manifest: DataManifest, dataDir = DATA_DIR): string {
  return join(dataDir, manifest.database.file);
}
