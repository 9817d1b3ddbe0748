/**
 * The site-search index (src/lib/search/), written by the data build as static files in
 * `<public>/tim-kiem/`, read by src/client/site-search.ts: `ten.json` (the names index's statistics and
 * what other files exist), `n-<key>.json` and `t-<key>.json` (the names and full-text shards of the terms
 * beginning with <key>), `d-<n>.json` (the full text of documents shown in results), `v-<n>.json` (what
 * plans, measures and provinces show). See src/lib/search/engine.ts.
 *
 * Written here rather than by an Astro route: the files are data built from the checked content, like
 * the database, and a route costs Astro about 1.3 ms a file (2,902 files at 10,000 plans).
 */
import type { PlanEntry } from "../../src/lib/model.ts";
import type { Measure } from "../../src/schemas/codebook.ts";
import type { Province } from "../../src/schemas/locality.ts";
import { searchDocuments } from "../../src/lib/search/documents.ts";
import { buildSearchFiles } from "../../src/lib/search/engine.ts";
import { searchFileBodies } from "../../src/lib/search/files.ts";
import { SEARCH_DIR, writePublicFolder } from "./public-folder.ts";

/**
 * Writes the index of `plans` (the published ones), `measures` and `provinces` into
 * `<publicDir>/tim-kiem/`, replacing the folder whole (scripts/lib/public-folder.ts). Documents are
 * numbered in the order of `plans` (slug order, as the pages list them). Returns the number of files.
 */
export function writeSearchIndex(
  publicDir: string,
  plans: readonly PlanEntry[],
  measures: readonly Measure[],
  provinces: readonly Province[],
): number {
  const bodies = searchFileBodies(buildSearchFiles(searchDocuments(plans, measures, provinces)));
  writePublicFolder(publicDir, SEARCH_DIR, new Map([...bodies].map(([file, body]) => [`${file}.json`, body])));
  return bodies.size;
}
