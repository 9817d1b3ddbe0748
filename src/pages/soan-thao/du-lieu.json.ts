/**
 * /soan-thao/du-lieu.json: what the page needs to draft and check a plan in the browser as
 * `npm run new-plan` and `npm run check` do: the codebook and localities as read from data/, and the
 * documents of the summarised plans (to complete citations), and the gazetteer's communes and wards.
 */
import type { APIRoute } from "astro";
import { readFileSync } from "node:fs";
import { contentPaths } from "../../data/corpus.ts";
import { parseYamlText } from "../../lib/corpus/parse.ts";
import { getPlans } from "../../data/load.ts";
import { knownDocuments } from "../../lib/documents/draft-document.ts";
import { loadGazetteer } from "../../data/gazetteer.ts";
import { jsonResponse } from "../../data/json-response.ts";

export const GET: APIRoute = async () => {
  // The two data files only, as the corpus reads them (already checked): not every plan and source text.
  const paths = contentPaths();
  const yaml = (file: string) => parseYamlText(file, readFileSync(file, "utf8"), []);
  const plans = await getPlans();
  const data = {
    codebook: yaml(paths.codebook),
    localities: yaml(paths.localities),
    known: knownDocuments(plans.map((p) => p.plan)),
    // The gazetteer's communes and wards, as [code, name, kind, province]: a ward named in the text gives
    // its province, as in `npm run new-plan`.
    communes: loadGazetteer().communes.map((c) => [c.code, c.name, c.kind, c.province]),
  };
  return jsonResponse(data);
};
