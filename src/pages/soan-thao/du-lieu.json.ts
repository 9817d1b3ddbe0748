/**
 * /soan-thao/du-lieu.json: what the page needs to draft and check a plan in the browser as
 * `npm run new-plan` and `npm run check` do: the codebook and localities as read from data/, and the
 * documents of the summarised plans (to complete citations), and the gazetteer's communes and wards.
 */
import type { APIRoute } from "astro";
import { contentPaths, readCorpus } from "../../data/corpus.ts";
import { getPlans } from "../../data/load.ts";
import { knownDocuments } from "../../lib/documents/draft-document.ts";
import { loadGazetteer } from "../../data/gazetteer.ts";

export const GET: APIRoute = async () => {
  const input = readCorpus(contentPaths());
  const plans = await getPlans();
  const data = {
    codebook: input.codebook.data,
    localities: input.localities.data,
    known: knownDocuments(plans.map((p) => p.plan)),
    // The gazetteer's communes and wards, as [code, name, kind, province]: a ward named in the text gives
    // its province, as in `npm run new-plan`.
    communes: loadGazetteer().communes.map((c) => [c.code, c.name, c.kind, c.province]),
  };
  return new Response(JSON.stringify(data), { headers: { "content-type": "application/json; charset=utf-8" } });
};
