/**
 * /pha-he/nhanh/<k>.json: one closed family of a large tree (its items, nodes and references), which
 * /pha-he/ fetches when a reader opens that family or looks for a document inside it (chunks.ts).
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { getLineage } from "../../../components/lineage/load.ts";
import type { WireChunk } from "../../../lib/lineage/chunks.ts";
import { jsonResponse } from "../../../data/json-response.ts";

export const getStaticPaths: GetStaticPaths = async () => {
  const { split } = await getLineage();
  return split.chunks.map((chunk, k) => ({ params: { k: String(k) }, props: { chunk } }));
};

export const GET: APIRoute = ({ props }) => jsonResponse((props as { chunk: WireChunk }).chunk);
