/**
 * /pha-he/tim-kiem.json: every document of the tree with the part that holds it (chunks.ts), read by
 * /pha-he/ only when the tree travels in parts and a reader searches or follows `?chon=<id>` to a
 * document that is not loaded yet.
 */
import type { APIRoute } from "astro";
import { getLineage } from "../../components/lineage/load.ts";
import { jsonResponse } from "../../data/json-response.ts";

export const GET: APIRoute = async () => {
  const { split } = await getLineage();
  return jsonResponse(split.found);
};
