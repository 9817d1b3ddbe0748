/** Build-time access to `data/second-coding.csv` (DATA_DIR in tests and benchmarks). */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSecondCoding, type SecondCodingRow } from "../lib/second-coding.ts";

const DATA_DIR = process.env.DATA_DIR ?? "./data";

/** The second coding's rows, or null when the data folder has none (synthetic corpora, benchmarks). */
export function readSecondCoding(): SecondCodingRow[] | null {
  const path = join(DATA_DIR, "second-coding.csv");
  return existsSync(path) ? parseSecondCoding(readFileSync(path, "utf8")) : null;
}
