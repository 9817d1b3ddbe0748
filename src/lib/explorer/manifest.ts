/**
 * The manifest the data build writes next to the database (`/data/manifest.json`): what files exist,
 * how big they are, and where DuckDB-wasm is served from. Pages read it to list downloads and to give
 * the explorer cache-busting URLs.
 */

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

/** Human-readable size in Vietnamese style: "1,2 MB", "830 kB", "512 byte". */
export function formatBytes(bytes: number): string {
  const fmt = (n: number) => n.toLocaleString("vi-VN", { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${fmt(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${fmt(bytes / 1024)} kB`;
  return `${bytes} byte`;
}

/** The URL of the database file, with its content hash so a new build is never served from cache. */
export function databaseUrl(manifest: DataManifest): string {
  return `/data/${manifest.database.file}?v=${manifest.database.hash}`;
}
