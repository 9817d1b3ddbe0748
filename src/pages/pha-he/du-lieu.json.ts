/**
 * /pha-he/du-lieu.json: the lineage graph (nodes with their tree parent, every reference, provinces),
 * in the compact form of wire.ts, that the tree on /pha-he/ reads to redraw itself in the browser.
 */
import type { APIRoute } from "astro";
import { getLineage } from "../../components/lineage/load.ts";
import { toWire } from "../../lib/lineage/wire.ts";

export const GET: APIRoute = async () => {
  const { graph } = await getLineage();
  return new Response(JSON.stringify(toWire(graph)), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
};
