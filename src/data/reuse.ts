/**
 * Build time: the text-reuse tables the data build wrote (`passages`, `passage_occurrences`, read from
 * their JSON downloads through the manifest), indexed for the pages. Read once per build.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PlanEntry } from "../lib/model.ts";
import type { OccurrenceRow, PassageRow } from "../lib/reuse/corpus.ts";
import { indexReuse, type ReuseIndex } from "../lib/reuse/view.ts";
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
    const order = plans
      .map((p) => ({ slug: p.slug, date: sortDate(p.plan.issued)?.date ?? "9999-12-31" }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.slug < b.slug ? -1 : 1))
      .map((p) => p.slug);
    const passages = readTable<PassageRow>("passages", dataDir, manifest);
    const occurrences = readTable<OccurrenceRow>("passage_occurrences", dataDir, manifest);
    const share = new Map<string, number>();
    for (const row of readTable<{ slug: string; shared_share: number | null }>("plans", dataDir, manifest))
      if (row.shared_share !== null) share.set(row.slug, row.shared_share);
    cached = { key, index: indexReuse(passages, occurrences, order, share) };
  }
  return cached.index;
}
