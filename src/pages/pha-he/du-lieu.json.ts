/**
 * /pha-he/du-lieu.json: the first file of the tree that /pha-he/ reads to redraw itself in the
 * browser: the tree as far as it is open by default, with its nodes and references (chunks.ts). With
 * a small corpus it is the whole tree; with a large one, closed families come from /pha-he/nhanh/.
 */
import type { APIRoute } from "astro";
import { getLineage } from "../../components/lineage/load.ts";
import { jsonResponse } from "../../data/json-response.ts";

export const GET: APIRoute = async () => {
  const { split } = await getLineage();
  return jsonResponse(split.skeleton);
};
