/** The response of a JSON route: `value` as JSON, served as UTF-8 JSON. */
export const jsonResponse = (value: unknown): Response =>
  new Response(JSON.stringify(value), { headers: { "content-type": "application/json; charset=utf-8" } });

/** The response of a JSON route whose body is already JSON text. */
export const jsonTextResponse = (body: string): Response =>
  new Response(body, { headers: { "content-type": "application/json; charset=utf-8" } });
