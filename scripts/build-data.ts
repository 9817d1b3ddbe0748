/**
 * `node scripts/build-data.ts`: writes the data the site serves, before `astro build` copies `public/`
 * into `dist/`:
 * - `public/data/dan-so-dia-phuong.duckdb`: one DuckDB database of all validated content and data;
 * - `public/data/<table>.csv|.parquet|.json`: each table as a download (CSV with a UTF-8 BOM);
 * - `public/data/manifest.json`: the files and their sizes, read by the pages;
 * - `public/duckdb/<version>/`: the DuckDB-wasm engine, self-hosted.
 * `public/data/` and `public/duckdb/` are generated (gitignored) and rewritten on every run.
 * Reads PLANS_DIR and DATA_DIR like `npm run check`; drafts are left out unless SHOW_DRAFTS=1.
 * Options: --plans DIR, --data DIR, --out DIR (instead of public/).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { checkCorpus } from "../src/lib/check/index.ts";
import { formatIssue, type CheckIssue } from "../src/lib/check/issue.ts";
import { DATABASE_FILE, TABLES } from "../src/lib/explorer/schema.ts";
import type { DataManifest, ManifestFile } from "../src/lib/explorer/manifest.ts";
import { CodebookSchema } from "../src/schemas/codebook.ts";
import { LocalitiesSchema } from "../src/schemas/locality.ts";
import { countRows, STORAGE_VERSION, writeDatabase } from "./lib/data-duckdb.ts";
import { buildRows } from "./lib/data-rows.ts";
import { copyDuckdbWasm, duckdbWasmVersion } from "./lib/data-wasm.ts";
import { contentPaths, loadCorpus } from "./lib/load-content.ts";

const { values } = parseArgs({
  options: { plans: { type: "string" }, data: { type: "string" }, out: { type: "string" } },
});
const paths = contentPaths(values);
const publicDir = values.out ?? "public";
const showDrafts = process.env.SHOW_DRAFTS === "1";

const started = performance.now();
const readIssues: CheckIssue[] = [];
const corpus = loadCorpus(paths, readIssues);
const { issues, plans } = checkCorpus(corpus);
const errors = [...readIssues, ...issues].filter((i) => i.severity === "error");
if (errors.length > 0) {
  for (const e of errors) console.log(formatIssue(e) + "\n");
  console.log(`Không dựng dữ liệu: ${errors.length} lỗi nội dung. Sửa các lỗi trên rồi chạy lại.`);
  process.exit(1);
}
const measures = CodebookSchema.parse(corpus.codebook.data).measures;
const provinces = LocalitiesSchema.parse(corpus.localities.data).provinces;
const published = plans.filter((p) => showDrafts || !p.plan.draft);
const rows = buildRows({ plans: published, measures, provinces });

const outDir = join(publicDir, "data");
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const dbPath = join(outDir, DATABASE_FILE);
const tables = await writeDatabase(dbPath, rows, outDir);

// Read the file back: a table that lost rows on the way stops the build.
const counts = await countRows(dbPath);
for (const t of tables)
  if (counts[t.table] !== t.rows) {
    console.log(`Bảng ${t.table}: ghi ${t.rows} dòng nhưng đọc lại được ${counts[t.table]}.`);
    process.exit(1);
  }

const size = (file: string) => statSync(join(outDir, file)).size;
const dbBytes = readFileSync(dbPath);
const manifest: DataManifest = {
  database: {
    file: DATABASE_FILE,
    bytes: dbBytes.length,
    // DuckDB does not write byte-identical files (a random id in the header, layout details), so the
    // cache key is the content: the same tables give the same URL.
    hash: createHash("sha256")
      .update(JSON.stringify({ STORAGE_VERSION, tables: TABLES, rows }))
      .digest("hex")
      .slice(0, 16),
    storageVersion: STORAGE_VERSION,
  },
  tables: tables.map((t) => ({
    name: t.table,
    rows: t.rows,
    files: Object.entries(t.files).map(([format, file]): ManifestFile => ({
      format: format as ManifestFile["format"],
      file,
      bytes: size(file),
    })),
  })),
  measures: measures.map((m) => m.id),
  duckdbWasm: { version: duckdbWasmVersion(), base: copyDuckdbWasm(publicDir) },
};
writeFileSync(join(outDir, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Đã dựng dữ liệu: ${published.length} văn bản, ${tables.length} bảng, ${DATABASE_FILE} ` +
    `${(dbBytes.length / 1024).toFixed(0)} kB, vào ${outDir}/ (${seconds} s).`,
);
