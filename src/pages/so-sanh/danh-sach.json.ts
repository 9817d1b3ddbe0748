/** /so-sanh/danh-sach.json: every plan as the picker of /so-sanh/ finds it, newest first (lib/compare/parts.ts). */
import type { APIRoute } from "astro";
import { getCompareFiles } from "../../data/compare.ts";
import { jsonResponse } from "../../data/json-response.ts";

export const GET: APIRoute = async () => jsonResponse((await getCompareFiles()).picks);
