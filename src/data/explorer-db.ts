/**
 * Build time: the explorer's first view, asked of the database file the data build just wrote, with
 * DuckDB's Node client and the very queries and row shaping the browser uses (lib/explorer/view.ts).
 * The file is attached read-only on one connection, closed in `finally`.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import type { DataManifest } from "../lib/explorer/manifest.ts";
import { FIRST_VIEW_ROWS } from "../lib/explorer/limits.ts";
import { EMPTY_STATE, type FilterState } from "../lib/explorer/state.ts";
import { INDEX_VIEWS_SQL } from "../lib/explorer/query.ts";
import { measureOrder, queryResults, type QueryRunner, type Results } from "../lib/explorer/view.ts";
import { databasePath, DATA_DIR, readManifest } from "./manifest.ts";

const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * Opens `file` read-only, as the browser does (no extension autoloading, no external access after
 * attaching), hands `use` a runner of prepared statements and closes everything when it is done.
 */
export async function withDatabase<T>(file: string, use: (db: QueryRunner) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(":memory:", {
    threads: "1",
    autoinstall_known_extensions: "false",
    autoload_known_extensions: "false",
  });
  try {
    const conn = await instance.connect();
    try {
      await conn.run(`ATTACH ${literal(file)} AS db (READ_ONLY)`);
      await conn.run("USE db");
      // The browser reads the counts from the filter index file, a copy of two of these tables.
      for (const sql of INDEX_VIEWS_SQL) await conn.run(sql);
      await conn.run("SET enable_external_access = false");
      return await use({
        async query({ sql, params }) {
          return (await conn.runAndReadAll(sql, params)).getRowObjectsJS();
        },
      });
    } finally {
      conn.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

/** The first view and what it was computed from. */
export interface FirstView {
  manifest: DataManifest;
  /** Measure ids in the database's codebook order. */
  measureIds: string[];
  results: Results;
}

/**
 * The explorer's answer to `state` (the empty filter by default) on the database the manifest in
 * `dataDir` names: the first `shown` rows of the table (FIRST_VIEW_ROWS) with their quotes.
 */
export async function firstView(
  dataDir = DATA_DIR,
  state: FilterState = EMPTY_STATE,
  shown = FIRST_VIEW_ROWS,
): Promise<FirstView> {
  const manifest = readManifest(dataDir);
  return withDatabase(databasePath(manifest, dataDir), async (db) => {
    const measureIds = await measureOrder(db);
    return { manifest, measureIds, results: await queryResults(db, state, measureIds, shown) };
  });
}
