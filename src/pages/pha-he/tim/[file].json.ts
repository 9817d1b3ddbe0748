/**
 * /pha-he/tim/<file>.json: the tree's search (lib/lineage/search.ts), read by /pha-he/ when the tree
 * travels in parts: muc-luc (the shards that exist), w-<two letters> and n-<two characters> (posting
 * lists of words and number keys), c-<n> (the documents listed, in chunks).
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { getLineage } from "../../../components/lineage/load.ts";
import { jsonTextResponse } from "../../../data/json-response.ts";
import { buildTreeSearch, TREE_SEARCH_HEAD } from "../../../lib/lineage/search.ts";

export const getStaticPaths = (async () => {
  const { split, graph } = await getLineage();
  const files = buildTreeSearch(split.found, graph.provinces);
  return [
    { params: { file: TREE_SEARCH_HEAD }, props: { body: JSON.stringify(files.head) } },
    ...[...files.shards].map(([name, body]) => ({ params: { file: name }, props: { body } })),
    ...files.chunks.map((chunk, n) => ({ params: { file: `c-${n}` }, props: { body: JSON.stringify(chunk) } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => jsonTextResponse((props as { body: string }).body);
