/**
 * /kham-pha/ban-do.topo.json: the simplified boundaries of the 34 units (data/gazetteer/provinces.topo.json,
 * TopoJSON), which the explorer reads to redraw its map from a query's results with the map function
 * of the reading pages (the address is BOUNDARIES_URL of src/lib/explorer/view.ts).
 */
import type { APIRoute } from "astro";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gazetteerDir } from "../../data/gazetteer.ts";

export const GET: APIRoute = () =>
  new Response(readFileSync(join(gazetteerDir(), "provinces.topo.json"), "utf8"), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
