/**
 * The reuse summaries the data build leaves for the plan pages: read back only for the database they
 * were counted for, so a page never shows the counts of other data.
 */
import { afterAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getReuseSummaries, writeReuseSummaries } from "../../../src/data/reuse.ts";
import type { ReuseSummary } from "../../../src/lib/reuse/view.ts";

const scratch = mkdtempSync(join(tmpdir(), "reuse-summaries-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A data folder whose manifest names a database with content hash `hash`. */
function dataDir(name: string, hash: string): string {
  const dir = join(scratch, name);
  const manifest = {
    database: { file: "db.duckdb", bytes: 1, hash, index: { file: "loc.duckdb", bytes: 1 }, storageVersion: "v1.4.0" },
    tables: [],
    measures: [],
    duckdbWasm: { version: "1.32.0", base: "/duckdb/1.32.0/" },
  };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest));
  return dir;
}

const summary: ReuseSummary = {
  words: 120,
  sharedWords: 40,
  citationWords: 12,
  passages: 3,
  sections: [{ heading: "II. Nhiệm vụ, giải pháp", words: 80, ownWords: 50 }],
};

describe("writeReuseSummaries / getReuseSummaries", () => {
  const root = join(scratch, "cache");

  it("gives back what the data build wrote for the same database", () => {
    const dir = dataDir("a", "hash-a");
    writeReuseSummaries(dir, "hash-a", new Map([["ke-hoach-x", summary]]), root);
    expect(getReuseSummaries(dir, root).get("ke-hoach-x")).toEqual(summary);
  });

  it("gives nothing when the summaries were counted for another database", () => {
    const dir = dataDir("b", "hash-new");
    writeReuseSummaries(dir, "hash-old", new Map([["ke-hoach-x", summary]]), root);
    expect(getReuseSummaries(dir, root).size).toBe(0);
  });

  it("gives nothing when the data build left no summaries", () => {
    expect(getReuseSummaries(dataDir("c", "hash-c"), root).size).toBe(0);
  });
});
