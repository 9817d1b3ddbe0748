/**
 * Build time: the text-reuse tables the data build wrote (`passages`, `passage_occurrences`, read from
 * their JSON downloads through the manifest), indexed for the pages, and each plan's reuse summary,
 * which the data build counts with the passages and leaves beside the checked content (not in
 * public/: no visitor needs it). Read once per build.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { PlanEntry } from "../lib/model.ts";
import type { OccurrenceRow, PassageRow } from "../lib/reuse/corpus.ts";
import { indexReuse, type ReuseIndex, type ReuseSummary } from "../lib/reuse/view.ts";
import { sortDate } from "../lib/format.ts";
import type { DataManifest } from "../lib/explorer/manifest.ts";
import { DATA_DIR, readManifest } from "./manifest.ts";

function readTable<T>(name: string, dataDir: string, manifest: DataManifest): T[] {
  const file = manifest.tables.find((t) => t.name === name)?.files.find((f) => f.format === "json")?.file;
  if (!file) throw new Error(`Dữ liệu thiếu bảng ${name}: chạy lại \`node scripts/build-data.ts\`.`);
  return JSON.parse(readFileSync(join(dataDir, file), "utf8")) as T[];
}

let cached: { key: string; index: ReuseIndex } | undefined;

/** The reuse index for `plans` (earliest first decides the order of the links). */
export function getReuse(plans: readonly PlanEntry[], dataDir = DATA_DIR): ReuseIndex {
  const manifest = readManifest(dataDir);
  const key = `${dataDir}|${manifest.database.hash}|${plans.length}`;
  if (cached?.key !== key) {
    const index = reuseIndexOf(
      plans,
      readTable<PassageRow>("passages", dataDir, manifest),
      readTable<OccurrenceRow>("passage_occurrences", dataDir, manifest),
      readTable<{ slug: string; shared_share: number | null }>("plans", dataDir, manifest),
    );
    cached = { key, index };
  }
  return cached.index;
}

/**
 * The reuse index of the rows of the `passages`, `passage_occurrences` and `plans` tables, in table
 * order: what `getReuse` reads from the downloads, and the data build has in hand.
 */
export function reuseIndexOf(
  plans: readonly PlanEntry[],
  passages: readonly PassageRow[],
  occurrences: readonly OccurrenceRow[],
  planRows: readonly { slug: string; shared_share: number | null }[],
): ReuseIndex {
  const order = plans
    .map((p) => ({ slug: p.slug, date: sortDate(p.plan.issued)?.date ?? "9999-12-31" }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.slug < b.slug ? -1 : 1))
    .map((p) => p.slug);
  const share = new Map<string, number>();
  for (const row of planRows) if (row.shared_share !== null) share.set(row.slug, row.shared_share);
  return indexReuse(passages, occurrences, order, share);
}

/** Bumped when ReuseSummary changes shape, so an old file is never read. */
const SUMMARY_FORMAT = 1;

/** Where the data build leaves the reuse summaries of the data in `dataDir`. */
export function reuseSummaryFile(dataDir: string, root = "tmp/checked-corpus"): string {
  const key = createHash("sha256").update(resolve(dataDir)).digest("hex").slice(0, 16);
  return join(root, `reuse-${key}.v8`);
}

/**
 * Writes every plan's reuse summary for the data in `dataDir`, tagged with the database's content
 * hash: the pages take them only while the reuse tables they read are the ones counted.
 */
export function writeReuseSummaries(
  dataDir: string,
  hash: string,
  summaries: ReadonlyMap<string, ReuseSummary>,
  root?: string,
): void {
  const file = reuseSummaryFile(dataDir, root);
  mkdirSync(join(file, ".."), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, serialize({ format: SUMMARY_FORMAT, hash, summaries }));
  renameSync(partial, file);
}

/**
 * The reuse summaries the data build counted, by plan slug; empty when there are none for the data in
 * `dataDir` (no such file, or counted for another database): each page then counts its own from its
 * marks (`reuseSummary`). Read once per build (the plan route's getStaticPaths).
 */
export function getReuseSummaries(dataDir = DATA_DIR, root?: string): ReadonlyMap<string, ReuseSummary> {
  try {
    const stored = deserialize(readFileSync(reuseSummaryFile(dataDir, root))) as {
      format?: number;
      hash?: string;
      summaries?: Map<string, ReuseSummary>;
    };
    if (stored.format === SUMMARY_FORMAT && stored.hash === readManifest(dataDir).database.hash && stored.summaries)
      return stored.summaries;
  } catch {
    // no summaries written for this data
  }
  return new Map();
}
