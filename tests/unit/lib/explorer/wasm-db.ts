/**
 * Test helper: opens a database file in duckdb-wasm 1.32 (DuckDB 1.4, the engine the browser runs),
 * through its blocking Node build, attached read-only as the explorer does. Queries run as prepared
 * statements, like the page's; the SQL tab's statements go through the guard on their own connection.
 */
import { afterAll, beforeAll } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { ConsoleLogger, createDuckDB, LogLevel, NODE_RUNTIME } from "@duckdb/duckdb-wasm/blocking";
import { INDEX_VIEWS_SQL, type Statement } from "../../../../src/lib/explorer/query.ts";
import { explainSqlError, planSqlRun } from "../../../../src/lib/explorer/sql-guard.ts";
import { DATABASE_FILE } from "../../../../src/lib/explorer/schema.ts";
import { writeDatabase } from "../../../../scripts/lib/data-duckdb.ts";
import { buildRows } from "../../../../scripts/lib/data-rows.ts";
import { fixtureContent } from "../../../fixture-corpus.ts";

const dist = dirname(createRequire(import.meta.url).resolve("@duckdb/duckdb-wasm/dist/duckdb-eh.wasm"));

/** A read-only handle on one database file. */
export interface WasmDb {
  version: string;
  query(statement: Statement): Record<string, unknown>[];
  run(sql: string): Record<string, unknown>[];
  /** Runs `text` as the SQL tab does: checked by the guard, on its own connection, at most `maxRows` rows. */
  sqlTab(text: string, maxRows?: number): SqlTabAnswer;
}

/** What the SQL tab shows: rows, or a refusal or DuckDB error in words. */
export type SqlTabAnswer =
  { ok: true; rows: Record<string, unknown>[]; more: boolean } | { ok: false; title: string; message: string };

const rows = (table: { toArray(): { toJSON(): Record<string, unknown> }[] }) => table.toArray().map((r) => r.toJSON());

/** Opens `file` read-only in duckdb-wasm, with extension autoloading and external access off. */
export async function openWasm(file: string): Promise<WasmDb> {
  const db = await createDuckDB(
    {
      mvp: { mainModule: join(dist, "duckdb-mvp.wasm"), mainWorker: join(dist, "duckdb-node-mvp.worker.cjs") },
      eh: { mainModule: join(dist, "duckdb-eh.wasm"), mainWorker: join(dist, "duckdb-node-eh.worker.cjs") },
    },
    new ConsoleLogger(LogLevel.ERROR),
    NODE_RUNTIME,
  );
  await db.instantiate();
  db.open({ query: { castBigIntToDouble: true } });
  const conn = db.connect();
  conn.query("SET autoinstall_known_extensions = false");
  conn.query("SET autoload_known_extensions = false");
  db.registerFileBuffer("test.duckdb", new Uint8Array(readFileSync(file)));
  conn.query("ATTACH 'test.duckdb' AS db (READ_ONLY)");
  conn.query("USE db");
  for (const sql of INDEX_VIEWS_SQL) conn.query(sql);
  const sqlConn = db.connect();
  sqlConn.query("USE db");
  conn.query("SET memory_limit = '512MB'");
  conn.query("SET enable_external_access = false");
  conn.query("SET lock_configuration = true");
  const version = String(rows(conn.query("SELECT version() AS v"))[0].v);
  return {
    version,
    query: ({ sql, params }) => rows(conn.prepare(sql).query(...params)),
    run: (sql) => rows(conn.query(sql)),
    sqlTab(text, maxRows = 1000) {
      const plan = planSqlRun(text, db.tokenize(text), maxRows);
      if (!plan.ok) return { ok: false, title: "Không chạy câu lệnh này", message: plan.message };
      try {
        const all = rows(sqlConn.query(plan.sql));
        return { ok: true, rows: all.slice(0, maxRows), more: all.length > maxRows };
      } catch (e) {
        const { title, detail } = explainSqlError((e as Error).message);
        return { ok: false, title, message: detail };
      }
    },
  };
}

/** What a test database is built from: the fixture corpus unless told. */
type Content = Parameters<typeof buildRows>[0];

/** Builds the database of the fixture corpus (or `content`) into a temporary folder; returns its path and a cleanup. */
export async function buildFixtureDatabase(
  content: Content = fixtureContent(),
): Promise<{ file: string; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), "explorer-test-"));
  const file = join(dir, DATABASE_FILE);
  await writeDatabase(file, buildRows(content), dir);
  return { file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Registers the hooks of a test file that queries the fixture database in duckdb-wasm: built and
 * opened once before the tests, removed after. Returns the handle's getter.
 */
export function useFixtureWasm(content?: () => Content): () => WasmDb {
  let db: WasmDb | undefined;
  let cleanup = () => {};
  beforeAll(async () => {
    const built = await buildFixtureDatabase(content?.());
    cleanup = built.cleanup;
    db = await openWasm(built.file);
  }, 60_000);
  afterAll(() => cleanup());
  return () => {
    if (!db) throw new Error("fixture database not open yet");
    return db;
  };
}
