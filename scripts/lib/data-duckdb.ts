/**
 * Writes the site's DuckDB database and the per-table downloads (CSV with a UTF-8 BOM, Parquet, JSON)
 * with DuckDB's Node client. One thread and sorted rows keep the output the same on every build.
 */
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import type { Hash } from "node:crypto";
import { mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BOM, csvField, FORMULA_CHARACTERS } from "../../src/lib/explorer/csv.ts";
import { downloadColumns, INDEX_TABLES, TABLES, type ColumnDef, type TableDef } from "../../src/lib/explorer/schema.ts";
import { sortRows, type TableRows } from "./data-rows.ts";

/**
 * Storage format of the file. @duckdb/node-api 1.5 writes files readable from DuckDB 0.10.2 on by
 * default; it is set explicitly so that a newer client cannot silently write a file that the browser's
 * duckdb-wasm 1.32 (DuckDB 1.4) refuses.
 */
export const STORAGE_VERSION = "v1.4.0";

/**
 * Block size of the file, smaller than DuckDB's default 256 KB. A large database is read by range
 * requests a block at a time: the first page of the results table touches one block or two of each
 * column it shows, so small blocks keep the bytes before the first result small (at 10,000 plans
 * 7.3 MB with 256 KB blocks, 2.0 MB with 16 KB blocks).
 */
export const DATABASE_BLOCK_SIZE = 16384;

/** The download formats, with their file extensions. */
export const DOWNLOAD_FORMATS = ["csv", "parquet", "json"] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

/** SQL string literal (for file paths written by the build itself, never user input). */
const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;
const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;

async function loadTable(
  conn: DuckDBConnection,
  table: TableDef,
  rows: TableRows[string],
  scratch: string,
  hash?: Hash,
) {
  const cols = table.columns.map((c) => `${ident(c.name)} ${c.type}`).join(", ");
  await conn.run(`CREATE TABLE db.${ident(table.name)} (${cols})`);
  hash?.update(`\n${table.name}\n`);
  if (rows.length === 0) return;
  const file = join(scratch, `${table.name}.ndjson`);
  // One thread inserts in file order, so the rows are stored in `storeBy` order when the table has one.
  const stored = table.storeBy ? sortRows(table.name, [...rows], table.storeBy) : rows;
  const text = stored.map((r) => JSON.stringify(r)).join("\n") + "\n";
  writeFileSync(file, text);
  // The rows as written are the table's content: hashed here rather than turned into JSON a second time.
  hash?.update(text);
  const types = table.columns.map((c) => `${literal(c.name)}: ${literal(c.type)}`).join(", ");
  const names = table.columns.map((c) => ident(c.name)).join(", ");
  await conn.run(
    `INSERT INTO db.${ident(table.name)} SELECT ${names} FROM read_json(${literal(file)}, ` +
      `format = 'newline_delimited', columns = {${types}}, maximum_object_size = 104857600)`,
  );
}

/** A one-character string as SQL: a control character (tab, return) as chr(n), anything else quoted. */
const charLiteral = (c: string) => (c < " " ? `chr(${c.charCodeAt(0)})` : literal(c));

/**
 * A column as SQL that DuckDB's CSV writer turns into the field `csvField` (src/lib/explorer/csv.ts)
 * writes for the same value: text defused by the same list of characters, an empty text as an empty
 * field (DuckDB would write ""); a DOUBLE as JavaScript writes it (2, not 2.0; 0, not -0.0; the same
 * digits for 1e-4 ≤ |x| < 1e15, the range of the site's figures: outside it DuckDB writes 1e-05 where
 * JavaScript writes 0.00001, the same number to a spreadsheet); dates and lists as DuckDB casts them.
 * DuckDB quotes a field holding a comma, a quote or a line break, as csvField does.
 */
function csvExpression(c: ColumnDef): string {
  const x = ident(c.name);
  if (c.type === "VARCHAR")
    return (
      `CASE WHEN ${x} = '' THEN NULL WHEN left(${x}, 1) IN (${FORMULA_CHARACTERS.map(charLiteral).join(", ")}) ` +
      `THEN '''' || ${x} ELSE ${x} END`
    );
  if (c.type === "DOUBLE")
    return (
      `CASE WHEN ${x} = 0 THEN '0' WHEN ${x} = trunc(${x}) AND abs(${x}) < 1e15 ` +
      `THEN CAST(CAST(${x} AS BIGINT) AS VARCHAR) ELSE CAST(${x} AS VARCHAR) END`
    );
  if (c.type === "DATE" || c.type.endsWith("[]")) return `CAST(${x} AS VARCHAR)`;
  return x;
}

/**
 * The table as CSV, by DuckDB's own writer (about ten times faster than reading the rows into
 * JavaScript), with the rule of the explorer's CSV code (csv.ts) for cells a spreadsheet could run as
 * formulas; UTF-8 with a byte-order mark so Excel shows Vietnamese, CRLF line ends.
 */
async function writeCsv(conn: DuckDBConnection, table: TableDef, file: string, scratch: string) {
  const columns = downloadColumns(table);
  const order = table.orderBy.map(ident).join(", ");
  const body = join(scratch, `${table.name}.csv`);
  await conn.run(
    `COPY (SELECT ${columns.map(csvExpression).join(", ")} FROM db.${ident(table.name)} ORDER BY ${order}) ` +
      `TO ${literal(body)} (FORMAT csv, HEADER false, NEW_LINE '\\r\\n')`,
  );
  const header = BOM + columns.map((c) => csvField(c.name)).join(",") + "\r\n";
  writeFileSync(file, Buffer.concat([Buffer.from(header, "utf8"), readFileSync(body)]));
  rmSync(body);
}

async function exportTable(
  conn: DuckDBConnection,
  table: TableDef,
  outDir: string,
  scratch: string,
): Promise<Record<string, string>> {
  const names = downloadColumns(table)
    .map((c) => ident(c.name))
    .join(", ");
  const order = table.orderBy.map(ident).join(", ");
  const select = `SELECT ${names} FROM db.${ident(table.name)} ORDER BY ${order}`;
  const files: Record<DownloadFormat, string> = {
    csv: `${table.name}.csv`,
    parquet: `${table.name}.parquet`,
    json: `${table.name}.json`,
  };
  await writeCsv(conn, table, join(outDir, files.csv), scratch);
  await conn.run(`COPY (${select}) TO ${literal(join(outDir, files.parquet))} (FORMAT parquet, COMPRESSION zstd)`);
  await conn.run(`COPY (${select}) TO ${literal(join(outDir, files.json))} (FORMAT json, ARRAY true)`);
  return files;
}

/** Files written for one table (none for an internal table). */
export interface TableFiles {
  table: string;
  rows: number;
  files: Record<string, string>;
}

/**
 * Writes `dbPath` (replacing it) and every table's downloads into `outDir`. Returns the files per
 * table. Throws when DuckDB refuses anything, so a broken build stops. `hash`, when given, is fed each
 * table's name and its rows as loaded (sorted, as JSON lines): the content the file holds.
 */
export async function writeDatabase(
  dbPath: string,
  rows: TableRows,
  outDir: string,
  hash?: Hash,
): Promise<TableFiles[]> {
  rmSync(dbPath, { force: true });
  rmSync(`${dbPath}.wal`, { force: true });
  const scratch = mkdtempSync(join(tmpdir(), "du-lieu-"));
  const instance = await DuckDBInstance.create(":memory:", {
    threads: "1",
    autoinstall_known_extensions: "false",
  });
  const conn = await instance.connect();
  const out: TableFiles[] = [];
  try {
    // A table with its own row-group size is written while the file is attached with that size, after
    // the others: a checkpoint under a larger size would merge its groups back (DuckDB 1.4/1.5).
    // (Array.sort would put `undefined`, DuckDB's default, last: the default is mapped to Infinity.)
    const sizes = [...new Set(TABLES.map((t) => t.rowGroupSize ?? Infinity))].sort((a, b) => b - a);
    for (const [i, size] of sizes.entries()) {
      const options = [`STORAGE_VERSION ${literal(STORAGE_VERSION)}`];
      if (i === 0) options.push(`BLOCK_SIZE ${DATABASE_BLOCK_SIZE}`);
      if (size !== Infinity) options.push(`ROW_GROUP_SIZE ${size}`);
      await conn.run(`ATTACH ${literal(dbPath)} AS db (${options.join(", ")})`);
      for (const table of TABLES.filter((t) => (t.rowGroupSize ?? Infinity) === size))
        await loadTable(conn, table, rows[table.name] ?? [], scratch, hash);
      await conn.run("CHECKPOINT db");
      await conn.run("DETACH db");
    }
    await conn.run(`ATTACH ${literal(dbPath)} AS db (READ_ONLY)`);
    for (const table of TABLES)
      out.push({
        table: table.name,
        rows: rows[table.name]?.length ?? 0,
        files: table.internal ? {} : await exportTable(conn, table, outDir, scratch),
      });
    await conn.run("DETACH db");
  } finally {
    conn.closeSync();
    instance.closeSync();
    rmSync(scratch, { recursive: true, force: true });
  }
  return out;
}

/**
 * Writes the explorer's filter index `indexPath` (replacing it): copies of INDEX_TABLES from the
 * database `dbPath`, in the same row order. The file is downloaded whole, so it is written with 16 KB
 * blocks and with DuckDB's default 256 KB blocks and the smaller is kept: small blocks for a small corpus
 * (a 256 KB-block file is never under about 800 KB), large ones from some 20,000 plans on (at 100,000:
 * 1.3 MB against 1.9 MB).
 */
export async function writeIndex(dbPath: string, indexPath: string): Promise<void> {
  const sizes = [DATABASE_BLOCK_SIZE, 262144];
  for (const size of sizes) await writeIndexWith(dbPath, `${indexPath}.${size}`, size);
  const [small, large] = sizes.map((size) => statSync(`${indexPath}.${size}`).size);
  const keep = small <= large ? sizes[0] : sizes[1];
  renameSync(`${indexPath}.${keep}`, indexPath);
  for (const size of sizes) rmSync(`${indexPath}.${size}`, { force: true });
}

async function writeIndexWith(dbPath: string, indexPath: string, blockSize: number): Promise<void> {
  rmSync(indexPath, { force: true });
  const instance = await DuckDBInstance.create(":memory:", { threads: "1", autoinstall_known_extensions: "false" });
  const conn = await instance.connect();
  try {
    await conn.run(`ATTACH ${literal(dbPath)} AS db (READ_ONLY)`);
    await conn.run(
      `ATTACH ${literal(indexPath)} AS loc (STORAGE_VERSION ${literal(STORAGE_VERSION)}, BLOCK_SIZE ${blockSize})`,
    );
    for (const name of INDEX_TABLES) {
      const table = TABLES.find((t) => t.name === name)!;
      const order = (table.storeBy ?? table.orderBy).map(ident).join(", ");
      await conn.run(`CREATE TABLE loc.${ident(name)} AS SELECT * FROM db.${ident(name)} ORDER BY ${order}`);
    }
    await conn.run("CHECKPOINT loc");
    await conn.run("DETACH loc");
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

/** Opens `dbPath` read-only and counts the rows of every table: proves the file is readable. */
export async function countRows(dbPath: string): Promise<Record<string, number>> {
  const instance = await DuckDBInstance.create(":memory:");
  const conn = await instance.connect();
  try {
    await conn.run(`ATTACH ${literal(dbPath)} AS db (READ_ONLY)`);
    const counts: Record<string, number> = {};
    for (const t of TABLES) {
      const r = await conn.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM db.${ident(t.name)}`);
      counts[t.name] = Number(r.getRowObjects()[0].n);
    }
    return counts;
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}
