/**
 * /pha-he/vi-tri/<n>.json: for the documents whose id hashes to n, the part of the tree that holds
 * each (chunks.ts), so that `/pha-he/?chon=<id>` fetches one small file and the parts on the path,
 * not the whole search file. Built only when the tree travels in parts.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { getLineage } from "../../../components/lineage/load.ts";
import { jsonResponse } from "../../../data/json-response.ts";

export const getStaticPaths: GetStaticPaths = async () => {
  const { split } = await getLineage();
  return split.positions.map((positions, n) => ({ params: { n: String(n) }, props: { positions } }));
};

export const GET: APIRoute = ({ props }) => jsonResponse((props as { positions: Record<string, number> }).positions);
