/**
 * /so-sanh/du-lieu.json: the measures and the number of parts (lib/compare/parts.ts), the first file
 * /so-sanh/ reads; the plans themselves are in /so-sanh/phan/<k>.json.
 */
import type { APIRoute } from "astro";
import { getCompareFiles } from "../../data/compare.ts";
import { jsonResponse } from "../../data/json-response.ts";

export const GET: APIRoute = async () => jsonResponse((await getCompareFiles()).index);
