import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { firstView, withDatabase } from "../../../src/data/explorer-db.ts";
import type { DataManifest } from "../../../src/lib/explorer/manifest.ts";
import { EMPTY_STATE, type FilterState } from "../../../src/lib/explorer/state.ts";
import { measureOrder, queryResults, resultsView, type QueryRunner } from "../../../src/lib/explorer/view.ts";
import { fixtureContent } from "../../fixture-corpus.ts";
import { buildFixtureDatabase, openWasm, type WasmDb } from "../lib/explorer/wasm-db.ts";

const { plans, measures, provinces } = fixtureContent();
const ctx = { measures, provinceNames: new Map(provinces.map((p) => [p.slug, p.name])) };

/** A manifest naming `file` (in the same folder), as the data build writes it. */
function writeManifest(dir: string, file: string) {
  const manifest: DataManifest = {
    database: {
      file,
      bytes: 0,
      hash: "0123456789abcdef",
      storageVersion: "v1.4.0",
      index: { file: "kham-pha-bo-loc.duckdb", bytes: 0 },
    },
    tables: [],
    measures: measures.map((m) => m.id),
    duckdbWasm: { version: "1.32.0", base: "/duckdb/1.32.0/" },
  };
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest));
}

let built: Awaited<ReturnType<typeof buildFixtureDatabase>>;
let dir: string;
let wasm: WasmDb;
/** DuckDB-wasm, as the browser's page runs it, behind the same interface. */
const browser: QueryRunner = { query: async (s) => wasm.query(s) };

/** What DuckDB-wasm answers for `state` on the file: the browser's flow, every row's quotes. */
async function wasmAnswer(state: FilterState) {
  return queryResults(browser, state, await measureOrder(browser), Number.MAX_SAFE_INTEGER);
}

beforeAll(async () => {
  built = await buildFixtureDatabase();
  dir = dirname(built.file);
  wasm = await openWasm(built.file);
}, 60_000);
afterAll(() => built?.cleanup());

// Each test opens the file in DuckDB once or twice: seconds on a busy machine.
describe("firstView(dataDir, state)", { timeout: 30_000 }, () => {
  it("answers the empty filter exactly as DuckDB-wasm does on the same file", async () => {
    writeManifest(dir, "dan-so-dia-phuong.duckdb");
    const atBuild = await firstView(dir);
    const inBrowser = await wasmAnswer(EMPTY_STATE);
    expect(atBuild.measureIds).toEqual(await measureOrder(browser));
    expect(atBuild.results).toEqual(inBrowser);
    expect(atBuild.results.plans.map((p) => p.slug).sort()).toEqual(plans.map((p) => p.slug).sort());
    expect(atBuild.results.counts.issuerLevels.get("trung-uong")).toBe(3);
    const limit = atBuild.results.plans.length;
    expect(resultsView(atBuild.results, ctx, limit)).toEqual(resultsView(inBrowser, ctx, limit));
  });

  it("answers a filtered state, quotes and matched text included, as DuckDB-wasm does", async () => {
    writeManifest(dir, "dan-so-dia-phuong.duckdb");
    const state: FilterState = { ...EMPTY_STATE, measures: ["lao-khoa", "du-lieu-dan-cu"], text: "lao khoa" };
    const atBuild = await firstView(dir, state);
    expect(atBuild.results.cells.some((c) => c.quote !== null)).toBe(true);
    expect(atBuild.results.plans.some((p) => p.matchedQuote !== null)).toBe(true);
    expect(atBuild.results).toEqual(await wasmAnswer(state));
  });

  it("lists at most the rows it is asked for, and counts every plan", async () => {
    writeManifest(dir, "dan-so-dia-phuong.duckdb");
    const { results } = await firstView(dir, EMPTY_STATE, 2);
    expect(results.plans.length).toBe(2);
    expect(results.total).toBe(plans.length);
    expect(resultsView(results, ctx, results.plans.length).tableHtml).toContain("bảng hiện 2 văn bản mới nhất");
  });

  it("opens the database file the manifest names", async () => {
    copyFileSync(built.file, join(dir, "ban-khac.duckdb"));
    writeManifest(dir, "ban-khac.duckdb");
    const view = await firstView(dir);
    expect(view.manifest.database.file).toBe("ban-khac.duckdb");
    expect(view.results.plans.length).toBe(plans.length);
    writeManifest(dir, "khong-co.duckdb");
    await expect(firstView(dir)).rejects.toThrow(/khong-co\.duckdb/);
  });

  it("says to run the data build when there is no manifest", async () => {
    const empty = mkdtempSync(join(tmpdir(), "explorer-empty-"));
    try {
      await expect(firstView(empty)).rejects.toThrow(
        `Chưa có dữ liệu (${join(empty, "manifest.json")}): chạy \`node scripts/build-data.ts\` trước \`astro build\`.`,
      );
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe("withDatabase(file, use)", { timeout: 30_000 }, () => {
  it("opens the file read-only and passes on what `use` throws", async () => {
    await expect(
      withDatabase(built.file, (db) => db.query({ sql: "CREATE TABLE db.x (a INTEGER)", params: [] })),
    ).rejects.toThrow(/read-only/i);
    await expect(withDatabase(built.file, () => Promise.reject(new Error("hỏng giữa chừng")))).rejects.toThrow(
      "hỏng giữa chừng",
    );
    // Still readable afterwards: nothing was left open or changed.
    expect(await withDatabase(built.file, async (db) => (await measureOrder(db)).length)).toBe(measures.length);
  });
});
