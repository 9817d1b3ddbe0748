/**
 * The site-search index, read by src/client/site-search.ts: /tim-kiem/ten.json (the names index's
 * statistics and what other files exist), /tim-kiem/n-<key>.json and /tim-kiem/t-<key>.json (the names
 * and full-text shards of the terms beginning with <key>), /tim-kiem/d-<n>.json (the full text of
 * documents shown in results), /tim-kiem/v-<n>.json (what plans, measures and provinces show). See
 * src/lib/search/engine.ts.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { jsonTextResponse } from "../../data/json-response.ts";
import { getSearchFiles } from "../../data/search-index.ts";
import { searchFileBodies } from "../../lib/search/files.ts";

export const getStaticPaths = (async () => {
  const files = await getSearchFiles();
  return [...searchFileBodies(files)].map(([file, body]) => ({ params: { file }, props: { body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => jsonTextResponse((props as { body: string }).body);
