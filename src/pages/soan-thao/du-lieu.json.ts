/**
 * /soan-thao/du-lieu.json: what the page needs to draft and check a plan in the browser as
 * `npm run new-plan` and `npm run check` do: the codebook and localities as read from data/, and the
 * documents of the summarised plans (to complete citations).
 */
import type { APIRoute } from "astro";
import { contentPaths, readCorpus } from "../../data/corpus.ts";
import { getPlans } from "../../data/load.ts";
import { knownDocuments } from "../../lib/documents/draft-document.ts";

export const GET: APIRoute = async () => {
  const input = readCorpus(contentPaths());
  const plans = await getPlans();
  const data = {
    codebook: input.codebook.data,
    localities: input.localities.data,
    known: knownDocuments(plans.map((p) => p.plan)),
  };
  return new Response(JSON.stringify(data), { headers: { "content-type": "application/json; charset=utf-8" } });
};
