/**
 * The site-search index, read by src/client/site-search.ts: /tim-kiem/ten.json (the names index and
 * what other files exist), /tim-kiem/t-<key>.json (the full-text shard of the terms beginning with
 * <key>), /tim-kiem/d-<n>.json (the text of documents shown in results). See src/lib/search/engine.ts.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { getSearchFiles } from "../../data/search-index.ts";
import { NAMES_FILE, chunkFile, shardFile } from "../../lib/search/files.ts";

export const getStaticPaths = (async () => {
  const files = await getSearchFiles();
  return [
    { params: { file: NAMES_FILE }, props: { body: files.names } },
    ...[...files.shards].map(([key, body]) => ({ params: { file: shardFile(key) }, props: { body } })),
    ...[...files.chunks].map(([n, body]) => ({ params: { file: chunkFile(n) }, props: { body } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { "content-type": "application/json; charset=utf-8" } });
