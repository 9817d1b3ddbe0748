/**
 * The figures of one `npm run bench` run, by name, written to tmp/bench/summary.json at the end (and
 * whenever a section fails), so that runs can be compared by a program. Names say their unit
 * (`_ms`, `_s`, `_mb`, `_bytes`) and, for scale figures, the number of plans (`build_s_10000`).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export const SUMMARY_FILE = "tmp/bench/summary.json";

const figures: Record<string, number> = {};

/** Records one figure (rounded to 2 decimals); a later value of the same name replaces it. */
export function record(name: string, value: number): void {
  if (Number.isFinite(value)) figures[name] = Math.round(value * 100) / 100;
}

/** Writes every figure recorded so far, with when and where they were measured. */
export function writeSummary(file = SUMMARY_FILE): string {
  mkdirSync(dirname(file), { recursive: true });
  const sorted = Object.fromEntries(Object.entries(figures).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(
    file,
    JSON.stringify({ measured: new Date().toISOString(), node: process.version, figures: sorted }, null, 2) + "\n",
  );
  return file;
}
