/**
 * `node scripts/build-data.ts`: writes the data the site serves, before `astro build` copies `public/`
 * into `dist/`:
 * - `public/data/dan-so-dia-phuong.duckdb`: one DuckDB database of all validated content and data;
 * - `public/data/<table>.csv|.parquet|.json`: each table as a download (CSV with a UTF-8 BOM);
 * - `public/data/manifest.json`: the files and their sizes, read by the pages;
 * - `public/tim-kiem/`: the site-search index (scripts/lib/data-search.ts);
 * - `public/so-sanh/`: /so-sanh/'s measures and plans in parts (scripts/lib/data-compare.ts);
 * - `public/duckdb/<version>/`: the DuckDB-wasm engine, self-hosted.
 * These folders of public/ (and `public/duckdb/`) are generated (gitignored) and rewritten on every
 * run: GENERATED_DIRS of scripts/lib/public-folder.ts.
 * Reads PLANS_DIR and DATA_DIR like `npm run check`; drafts are left out unless SHOW_DRAFTS=1.
 * Options: --plans DIR, --data DIR, --out DIR (instead of public/).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { formatIssue } from "../src/lib/check/issue.ts";
import { DATABASE_FILE, INDEX_FILE, TABLES } from "../src/lib/explorer/schema.ts";
import type { DataManifest, ManifestFile } from "../src/lib/explorer/manifest.ts";
import { countRows, STORAGE_VERSION, writeDatabase, writeIndex } from "./lib/data-duckdb.ts";
import { buildRows } from "./lib/data-rows.ts";
import { copyDuckdbWasm, duckdbWasmVersion } from "./lib/data-wasm.ts";
import { contentPaths, loadCorpus } from "../src/data/corpus.ts";
import { checkedContent, contentStamp, writeChecked } from "../src/data/checked-cache.ts";
import { corpusReuse } from "../src/lib/reuse/corpus.ts";
import { writeReuseSummaries } from "../src/data/reuse.ts";
import { writeSearchIndex } from "./lib/data-search.ts";
import { writeCompareFiles } from "./lib/data-compare.ts";
import { COMPARE_DIR, SEARCH_DIR } from "./lib/public-folder.ts";
import { reuseIndexOf } from "../src/data/reuse.ts";
import type { OccurrenceRow, PassageRow } from "../src/lib/reuse/corpus.ts";

const { values } = parseArgs({
  options: { plans: { type: "string" }, data: { type: "string" }, out: { type: "string" } },
});
const paths = contentPaths(values);
const publicDir = values.out ?? "public";
const showDrafts = process.env.SHOW_DRAFTS === "1";

const started = performance.now();
// Stamped before reading: a file edited while the check runs makes the stamp stale, never wrong.
const stamp = contentStamp(paths);
const corpus = loadCorpus(paths);
const { plans, measures, provinces, indicators, errors, issues, input } = corpus;
const checkSeconds = (performance.now() - started) / 1000;
// The same report as `npm run check`, so `npm run build` needs no separate check step.
const warnings = issues.filter((i) => i.severity === "warning");
for (const issue of [...errors, ...warnings]) console.log(formatIssue(issue) + "\n");
if (errors.length > 0) {
  console.log(`Không dựng dữ liệu: ${errors.length} lỗi nội dung. Sửa các lỗi trên rồi chạy lại.`);
  process.exit(1);
}
// `astro build` takes this result instead of checking the same files a second time.
writeChecked(paths, stamp, checkedContent(corpus));
const published = plans.filter((p) => showDrafts || !p.plan.draft);
const reuseStarted = performance.now();
const reuse = corpusReuse(published, input.sources);
const reuseSeconds = (performance.now() - reuseStarted) / 1000;
const rows = buildRows({ plans: published, measures, provinces, indicators, gazetteer: input.gazetteer, reuse });

// Written into a fresh folder beside the old one and swapped in at the end: a build that stops halfway
// leaves the previous data in place, never a half-written public/data.
const finalDir = join(publicDir, "data");
const outDir = join(publicDir, ".data-new");
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const dbPath = join(outDir, DATABASE_FILE);
// The cache key of the file is its content (DuckDB does not write byte-identical files: a random id in
// the header, layout details): the first 16 hex digits of a SHA-256 of the tables' definitions and of
// each table's rows as written for DuckDB, so the same tables give the same URL.
const contentHash = createHash("sha256").update(JSON.stringify({ STORAGE_VERSION, tables: TABLES }));
const tables = await writeDatabase(dbPath, rows, outDir, contentHash);

// Read the file back: a table that lost rows on the way stops the build.
const counts = await countRows(dbPath);
for (const t of tables)
  if (counts[t.table] !== t.rows) {
    console.log(`Bảng ${t.table}: ghi ${t.rows} dòng nhưng đọc lại được ${counts[t.table]}.`);
    process.exit(1);
  }

await writeIndex(dbPath, join(outDir, INDEX_FILE));

const size = (file: string) => statSync(join(outDir, file)).size;
const dbBytes = statSync(dbPath).size;
const manifest: DataManifest = {
  database: {
    file: DATABASE_FILE,
    bytes: dbBytes,
    index: { file: INDEX_FILE, bytes: size(INDEX_FILE) },
    hash: contentHash.digest("hex").slice(0, 16),
    storageVersion: STORAGE_VERSION,
  },
  tables: tables
    .filter((t) => Object.keys(t.files).length > 0)
    .map((t) => ({
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
rmSync(finalDir, { recursive: true, force: true });
renameSync(outDir, finalDir);
// Each plan page's summary of its shared wording, counted here with the passages (astro build would
// tokenize every source text again).
writeReuseSummaries(finalDir, manifest.database.hash, reuse.summaries);
// The static files below take the plans in slug order, as the pages list them (getPlans), so that a
// document's number in them does not depend on the order the files were read in.
const inSlugOrder = [...published].sort((a, b) => a.slug.localeCompare(b.slug));
const searchStarted = performance.now();
const searchFiles = writeSearchIndex(publicDir, inSlugOrder, measures, provinces);
const searchSeconds = (performance.now() - searchStarted) / 1000;
// /so-sanh/'s files, from the shared passages as the plan pages read them.
const compareStarted = performance.now();
const compareFiles = writeCompareFiles(publicDir, inSlugOrder, {
  measures,
  provinces,
  // The tables' rows as the pages read them back from the downloads (same order), without reading them.
  reuse: reuseIndexOf(
    inSlugOrder,
    rows.passages as unknown as PassageRow[],
    rows.passage_occurrences as unknown as OccurrenceRow[],
    rows.plans as unknown as { slug: string; shared_share: number | null }[],
  ),
  quoteSpans: corpus.quoteSpans,
  source: (file) => readFileSync(join(paths.sourcesDir, file), "utf8"),
});
const compareSeconds = (performance.now() - compareStarted) / 1000;

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Đã dựng dữ liệu: ${published.length} văn bản, ${tables.length} bảng, ${DATABASE_FILE} ` +
    `${(dbBytes / 1024).toFixed(0)} kB, vào ${finalDir}/ (${seconds} s, kiểm tra ${checkSeconds.toFixed(1)} s; câu chữ chung: ` +
    `${reuse.passages.length} đoạn, ${reuse.occurrences.length} lần xuất hiện, ${reuseSeconds.toFixed(1)} s; ` +
    `chỉ mục tìm kiếm: ${searchFiles} tệp vào ${join(publicDir, SEARCH_DIR)}/, ${searchSeconds.toFixed(1)} s; ` +
    `so sánh: ${compareFiles} tệp vào ${join(publicDir, COMPARE_DIR)}/, ${compareSeconds.toFixed(1)} s).`,
);
