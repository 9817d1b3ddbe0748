/**
 * The manifest the data build writes next to the database (`/data/manifest.json`): what files exist,
 * how big they are, and where DuckDB-wasm is served from. Pages read it to list downloads and to give
 * the explorer cache-busting URLs.
 */
import { formatNumber } from "../format.ts";

/** One downloadable file. */
export interface ManifestFile {
  format: "csv" | "parquet" | "json";
  /** File name under /data/. */
  file: string;
  bytes: number;
}

/** One table and its downloads. */
export interface ManifestTable {
  name: string;
  rows: number;
  files: ManifestFile[];
}

/** The whole manifest. */
export interface DataManifest {
  database: {
    /** File name under /data/. */
    file: string;
    bytes: number;
    /** First 16 hex digits of the SHA-256 of the tables' content, for cache busting. */
    hash: string;
    /** DuckDB storage version the file is written in. */
    storageVersion: string;
    /** The explorer's filter index (schema.ts INDEX_FILE), written from the database by the same build. */
    index: { file: string; bytes: number };
  };
  tables: ManifestTable[];
  /** Measure ids in codebook order (`measures.position`), the order of `plans.levels`. */
  measures: string[];
  duckdbWasm: {
    /** Version of @duckdb/duckdb-wasm whose files are served. */
    version: string;
    /** Folder the wasm and worker files are served from, ending in "/": "/duckdb/1.32.0/". */
    base: string;
  };
}

/** Where the data build writes the manifest, relative to the folder it writes the data into. */
export const MANIFEST_FILE = "manifest.json";

const RERUN = "chạy `npm run build:data` (hoặc `npm run build`) để ghi lại";

/**
 * The manifest from the text of `manifest.json`, checked for what the pages rely on: the database's
 * file name (a plain name in the same folder), its hash, the tables, the measure order and the engine's
 * folder. Throws an error that names the file and says how to fix it.
 */
export function parseManifest(text: string, where = `public/data/${MANIFEST_FILE}`): DataManifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`${where} không phải JSON hợp lệ: ${RERUN}.`);
  }
  const m = data as Partial<DataManifest> | null;
  const file = m?.database?.file;
  if (typeof file !== "string" || !/^[\w.-]+\.duckdb$/.test(file))
    throw new Error(`${where}: thiếu tên tệp cơ sở dữ liệu (database.file, ví dụ "du-lieu.duckdb"): ${RERUN}.`);
  if (typeof m?.database?.hash !== "string" || m.database.hash === "")
    throw new Error(`${where}: thiếu mã băm của cơ sở dữ liệu (database.hash): ${RERUN}.`);
  const index = m.database.index?.file;
  if (typeof index !== "string" || !/^[\w.-]+\.duckdb$/.test(index))
    throw new Error(`${where}: thiếu tệp chỉ mục bộ lọc của trang Khám phá (database.index.file): ${RERUN}.`);
  if (!Array.isArray(m.tables) || !Array.isArray(m.measures) || typeof m.duckdbWasm?.base !== "string")
    throw new Error(`${where}: thiếu danh sách bảng, biện pháp hoặc thư mục DuckDB-wasm: ${RERUN}.`);
  return m as DataManifest;
}

/** Human-readable size in Vietnamese style: "1,2 MB", "830 kB", "512 byte". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${formatNumber(bytes / (1024 * 1024), { maxDecimals: 1 })} MB`;
  if (bytes >= 1024) return `${formatNumber(bytes / 1024, { maxDecimals: 1 })} kB`;
  return `${formatNumber(bytes)} byte`;
}

/** The URL of the explorer's filter index, with the database's content hash (it is a copy of two tables). */
export function indexUrl(manifest: DataManifest): string {
  return `/data/${manifest.database.index.file}?v=${manifest.database.hash}`;
}

/** The URL of the database file, with its content hash so a new build is never served from cache. */
export function databaseUrl(manifest: DataManifest): string {
  return `/data/${manifest.database.file}?v=${manifest.database.hash}`;
}
