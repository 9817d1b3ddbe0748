/** Build-time access to the source texts in `data/sources/` (DATA_DIR in tests and benchmarks). */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const DATA_DIR = process.env.DATA_DIR ?? "./data";

/** The full text of a source file, as stored (the content check has already verified it exists). */
export function readSource(name: string): string {
  return readFileSync(join(DATA_DIR, "sources", name), "utf8");
}
