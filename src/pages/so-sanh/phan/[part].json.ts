/** /so-sanh/phan/<parts>-<k>.json: the plans whose slug hashes to part k, whole (lib/compare/parts.ts). */
import type { APIRoute, GetStaticPaths } from "astro";
import { getCompareFiles } from "../../../data/compare.ts";
import { jsonResponse } from "../../../data/json-response.ts";
import type { ComparePlan } from "../../../lib/compare/data.ts";
import { partName } from "../../../lib/compare/parts.ts";

export const getStaticPaths = (async () => {
  const { parts } = await getCompareFiles();
  return parts.map((plans, k) => ({ params: { part: partName(k, parts.length) }, props: { plans } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => jsonResponse((props as { plans: ComparePlan[] }).plans);
