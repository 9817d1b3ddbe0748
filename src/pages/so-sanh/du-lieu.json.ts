/**
 * /so-sanh/du-lieu.json: every plan's metadata, levels and quotes in the compact form of
 * lib/compare/data.ts, which /so-sanh/ reads to draw the plans its address names.
 */
import type { APIRoute } from "astro";
import { getMeasures, getPlans, getProvinces } from "../../data/load.ts";
import { compareData } from "../../lib/compare/data.ts";
import { createPlanResolver } from "../../lib/lineage/resolve.ts";

export const GET: APIRoute = async () => {
  const plans = await getPlans();
  const { list } = await getProvinces();
  const data = compareData(plans, {
    measures: await getMeasures(),
    provinceNames: new Map(list.map((p) => [p.slug, p.name])),
    resolve: createPlanResolver(plans),
  });
  return new Response(JSON.stringify(data), { headers: { "content-type": "application/json; charset=utf-8" } });
};
