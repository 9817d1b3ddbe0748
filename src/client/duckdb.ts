/**
 * DuckDB-wasm for the explorer: one lazily created database per page (`opened ??= …`), running in a worker
 * started from the site's own copy of the engine, with the site's database attached read-only.
 * Extension autoloading and external access are switched off, so no query can reach another host.
 */
import {
  AsyncDuckDB,
  DuckDBDataProtocol,
  VoidLogger,
  selectBundle,
  type AsyncDuckDBConnection,
  type AsyncPreparedStatement,
  type DuckDBBundles,
  type InstantiationProgress,
} from "@duckdb/duckdb-wasm";
import type { Table } from "apache-arrow";
import { DATABASE_WHOLE_MAX_BYTES, DUCKDB_MEMORY_LIMIT } from "../lib/explorer/limits.ts";
import { DATABASE_ALIAS, INDEX_ALIAS, type Statement } from "../lib/explorer/query.ts";
import { INDEX_FILE } from "../lib/explorer/schema.ts";
import { planSqlRun } from "../lib/explorer/sql-guard.ts";
import { rangeTotal, readPlan } from "../lib/explorer/http-range.ts";

/** Where the engine and the database are served from. */
export interface DuckdbSource {
  /** Folder of the wasm and worker files: "/duckdb/1.32.0/". */
  engineBase: string;
  /** URL of the database file. */
  databaseUrl: string;
  /** Name the file is registered under inside DuckDB. */
  databaseName: string;
  /** URL of the explorer's filter index (schema.ts INDEX_FILE), always downloaded whole. */
  indexUrl: string;
  /** Largest file downloaded whole; larger ones are read by range requests. DATABASE_WHOLE_MAX_BYTES by default. */
  wholeMaxBytes?: number;
}

/** What is loading, for the progress display. */
export interface LoadProgress {
  stage: "engine" | "database" | "attach";
  loaded: number;
  /** 0 when unknown. */
  total: number;
}

/** A SQL tab result as plain columns and rows (any shape), or why the statement was refused. */
export type SqlResult =
  | {
      ok: true;
      columns: { name: string; type: string }[];
      rows: unknown[][];
      /** The query had more rows than were read. */
      more: boolean;
    }
  | { ok: false; message: string };

/** The explorer's handle on the database. */
export interface ExplorerDb {
  /** Runs a prepared statement of the filters with its parameters; rows as objects. */
  query(statement: Statement): Promise<Record<string, unknown>[]>;
  /**
   * Checks SQL typed by the reader (sql-guard.ts) and runs it on the SQL tab's own connection, reading
   * at most `maxRows` rows. Rejects with DuckDB's error, or when cancelled.
   */
  runSql(text: string, maxRows: number): Promise<SqlResult>;
  /** Cancels the SQL tab's running query; false when none was running. */
  cancelSql(): Promise<boolean>;
  /** Which bundle runs: "eh" or "mvp". */
  bundle: string;
}

/** Arrow table → row objects, column by column (much faster than row proxies on large results). */
export function tableRows(table: Table): Record<string, unknown>[] {
  const names = table.schema.fields.map((f) => f.name);
  const columns = names.map((n) => Array.from(table.getChild(n) ?? []));
  const rows: Record<string, unknown>[] = new Array(table.numRows);
  for (let i = 0; i < table.numRows; i++) {
    const row: Record<string, unknown> = {};
    for (let c = 0; c < names.length; c++) row[names[c]] = columns[c][i];
    rows[i] = row;
  }
  return rows;
}

/** How the database is read: whole from memory, or by range requests of its URL. */
type DatabaseFile = { kind: "whole"; bytes: Uint8Array } | { kind: "ranges"; size: number };

/**
 * Asks for the database's first byte. A server that answers with exactly that byte supports range
 * requests: a file above `wholeMax` bytes is then read by ranges. A small file, or a server
 * that sends the whole file anyway (200, or a 206 that is not one byte), gives the whole file, read
 * here with progress.
 */
async function probeDatabase(
  url: string,
  wholeMax: number,
  onProgress: (loaded: number, total: number) => void,
): Promise<DatabaseFile> {
  const path = new URL(url).pathname;
  const failed = (why: string) => new Error(`không tải được ${path}${why}`);
  const probe = await fetch(url, { headers: { Range: "bytes=0-0" } }).catch(() => null);
  if (!probe) throw failed(": mất kết nối");
  if (!probe.ok || !probe.body) throw failed(` (HTTP ${probe.status})`);
  const plan = readPlan(
    probe.status,
    probe.headers.get("content-length"),
    probe.headers.get("content-range"),
    wholeMax,
  );
  if (plan.kind === "ranges") {
    await probe.body.cancel();
    return { kind: "ranges", size: plan.size };
  }
  let response = probe;
  if (plan.kind === "fetch-whole") {
    await probe.body.cancel();
    const whole = await fetch(url).catch(() => null);
    if (!whole) throw failed(": mất kết nối");
    if (!whole.ok || !whole.body) throw failed(` (HTTP ${whole.status})`);
    response = whole;
  }
  const total = plan.kind === "fetch-whole" ? plan.size : 0;
  const bytes = await readBody(response, (loaded, size) => onProgress(loaded, size || total || 0));
  return { kind: "whole", bytes };
}

/** Downloads a file whole; rejects with a message that names it. */
async function fetchWhole(url: string): Promise<Uint8Array> {
  const path = new URL(url).pathname;
  const response = await fetch(url).catch(() => null);
  if (!response) throw new Error(`không tải được ${path}: mất kết nối`);
  if (!response.ok) throw new Error(`không tải được ${path} (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Reads a response body to the end, reporting bytes so far and the announced size (0 when unknown). */
async function readBody(response: Response, onProgress: (loaded: number, total: number) => void): Promise<Uint8Array> {
  const total =
    rangeTotal(response.headers.get("content-range")) ?? Number(response.headers.get("content-length") ?? 0);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    onProgress(loaded, total);
  }
  const bytes = new Uint8Array(loaded);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

/** Rejects when the worker script fails to load or crashes, so a broken engine never hangs the page. */
function workerFailure(worker: Worker): Promise<never> {
  return new Promise((_, reject) =>
    worker.addEventListener("error", (e) => reject(new Error(`worker DuckDB lỗi: ${e.message || "không tải được"}`)), {
      once: true,
    }),
  );
}

async function open(source: DuckdbSource, onProgress: (p: LoadProgress) => void): Promise<ExplorerDb> {
  const abs = (file: string) => new URL(source.engineBase + file, location.href).href;
  const bundles: DuckDBBundles = {
    mvp: { mainModule: abs("duckdb-mvp.wasm"), mainWorker: abs("duckdb-browser-mvp.worker.js") },
    eh: { mainModule: abs("duckdb-eh.wasm"), mainWorker: abs("duckdb-browser-eh.worker.js") },
  };
  const bundle = await selectBundle(bundles);
  // The database is asked for at once, while the worker fetches and compiles the engine.
  // Its progress shows once the engine is in (one stage at a time on the status line).
  const url = new URL(source.databaseUrl, location.href).href;
  let engineIn = false;
  let fileProgress: LoadProgress | undefined;
  const fileReady = probeDatabase(url, source.wholeMaxBytes ?? DATABASE_WHOLE_MAX_BYTES, (loaded, total) => {
    fileProgress = { stage: "database", loaded, total };
    if (engineIn) onProgress(fileProgress);
  });
  fileReady.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
  // The filter index is small (0.6 MB compressed at 100,000 plans) and every count reads all of it: one
  // request, at once, rather than range requests that DuckDB-wasm's read-ahead would make larger.
  const indexReady = fetchWhole(new URL(source.indexUrl, location.href).href);
  indexReady.catch(() => {});
  const workerUrl = bundle.mainWorker as string;
  // The worker starts loading at once, beside a probe of its script: DuckDB-wasm is handed the worker
  // only once the probe says the script is there (a worker that fails to load makes DuckDB-wasm log to
  // the console, while a failed probe lets the page say plainly what is missing).
  const path = new URL(workerUrl).pathname;
  const probing = fetch(workerUrl, { method: "HEAD" }).catch(() => null);
  // A same-origin script URL satisfies the page's CSP (worker-src 'self').
  const worker = new Worker(workerUrl);
  const failed = workerFailure(worker);
  failed.catch(() => {}); // raced below; an early failure is reported by the probe
  const probe = await probing;
  if (!probe?.ok) {
    worker.terminate();
    throw new Error(`không tải được ${path}${probe ? ` (HTTP ${probe.status})` : ": mất kết nối"}`);
  }
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  const engineProgress = (p: InstantiationProgress) =>
    onProgress({ stage: "engine", loaded: p.bytesLoaded, total: p.bytesTotal });
  await Promise.race([db.instantiate(bundle.mainModule, bundle.pthreadWorker, engineProgress), failed]);
  engineIn = true;
  if (fileProgress) onProgress(fileProgress);
  // Range reads only: probeDatabase has checked that the server answers them (HEAD with a range, then
  // exact ranges); a server that does not gets the file downloaded whole, never twice.
  await db.open({
    query: { castBigIntToDouble: true },
    filesystem: { allowFullHTTPReads: false, forceFullHTTPReads: false, reliableHeadRequests: true },
  });
  const conn = await db.connect();
  // Before anything else: never fetch an extension from the internet. (One message to the worker for
  // several statements: each round trip costs the page time before its first result.)
  await conn.query("SET autoinstall_known_extensions = false; SET autoload_known_extensions = false");
  const file = await fileReady;
  const index = await indexReady;
  onProgress({ stage: "attach", loaded: 0, total: 0 });
  await db.registerFileBuffer(INDEX_FILE, index);
  if (file.kind === "whole") await db.registerFileBuffer(source.databaseName, file.bytes);
  // DuckDB-wasm's own web file system reads the registered URL with range requests (no httpfs
  // extension is involved, none is fetched): the database's header, then the pages each query needs.
  else await db.registerFileURL(source.databaseName, url, DuckDBDataProtocol.HTTP, false);
  await conn.query(
    `ATTACH '${source.databaseName.replaceAll("'", "''")}' AS ${DATABASE_ALIAS} (READ_ONLY); ` +
      `ATTACH '${INDEX_FILE}' AS ${INDEX_ALIAS} (READ_ONLY); ` +
      `USE ${DATABASE_ALIAS}; SET memory_limit = '${DUCKDB_MEMORY_LIMIT}'`,
  );
  // The SQL tab gets its own connection: what it runs (and its search path) never touches the filters'
  // connection, and a long query there is polled, so the filters' queries still get their turn.
  const sqlConn = await db.connect();
  await sqlConn.query(`USE ${DATABASE_ALIAS}`);
  // No file or URL can be read from SQL from here on, and settings cannot be changed back.
  await conn.query("SET enable_external_access = false; SET lock_configuration = true");
  return handle(db, conn, sqlConn, bundle.mainModule.includes("-eh") ? "eh" : "mvp");
}

/** Reads a result batch by batch and stops once `maxRows + 1` rows are in (the last tells "more"). */
async function readRows(
  sqlConn: AsyncDuckDBConnection,
  sql: string,
  maxRows: number,
): Promise<Extract<SqlResult, { ok: true }>> {
  const reader = await sqlConn.send(sql);
  const rows: unknown[][] = [];
  let fields = reader.schema?.fields ?? [];
  for await (const batch of reader) {
    fields = batch.schema.fields;
    // Arrow yields a placeholder batch without column data for an empty result.
    if (batch.numRows === 0) continue;
    const children = batch.schema.fields.map((_, i) => batch.getChildAt(i));
    for (let r = 0; r < batch.numRows && rows.length <= maxRows; r++) rows.push(children.map((c) => c?.get(r)));
    if (rows.length > maxRows) break;
  }
  const columns = fields.map((f) => ({ name: f.name, type: String(f.type) }));
  return { ok: true, columns, rows: rows.slice(0, maxRows), more: rows.length > maxRows };
}

function handle(
  db: AsyncDuckDB,
  conn: AsyncDuckDBConnection,
  sqlConn: AsyncDuckDBConnection,
  bundle: string,
): ExplorerDb {
  const prepared = new Map<string, Promise<AsyncPreparedStatement>>();
  return {
    bundle,
    async query({ sql, params }) {
      let stmt = prepared.get(sql);
      if (!stmt) {
        stmt = conn.prepare(sql);
        prepared.set(sql, stmt);
        // A statement that failed to prepare is not kept, so the next call gets the real error again.
        stmt.catch(() => prepared.delete(sql));
      }
      const start = performance.now();
      const rows = tableRows(await (await stmt).query(...params));
      // One entry per statement, for `npm run bench`: which of the filters' queries take the time.
      performance.measure("kham-pha:sql", { start, detail: sql.slice(0, 80) });
      return rows;
    },
    async runSql(text, maxRows) {
      const plan = planSqlRun(text, await db.tokenize(text), maxRows);
      if (!plan.ok) return plan;
      return readRows(sqlConn, plan.sql, maxRows);
    },
    cancelSql: () => sqlConn.cancelSent(),
  };
}

let opened: Promise<ExplorerDb> | undefined;

/** The page's database, opened on first call. */
export function openDatabase(
  source: DuckdbSource,
  onProgress: (p: LoadProgress) => void = () => {},
): Promise<ExplorerDb> {
  opened ??= open(source, onProgress);
  return opened;
}
