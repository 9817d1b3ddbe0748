/** The files of the site-search index, built once per build from the content (src/lib/search/). */
import { getMeasures, getPlans, getProvinces } from "./load.ts";
import { searchDocuments } from "../lib/search/documents.ts";
import { buildSearchFiles, type SearchFiles } from "../lib/search/engine.ts";

let files: Promise<SearchFiles> | undefined;

/** The index files: names, shards by key, document chunks by number. */
export function getSearchFiles(): Promise<SearchFiles> {
  files ??= (async () => {
    const [plans, measures, { list }] = await Promise.all([getPlans(), getMeasures(), getProvinces()]);
    return buildSearchFiles(searchDocuments(plans, measures, list));
  })();
  return files;
}
