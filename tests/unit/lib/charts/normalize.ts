/**
 * Normalises chart HTML for snapshots, as Plot's own test suite does: numbers rounded to two decimals,
 * generated ids renumbered in order of appearance, one tag per line so diffs are readable.
 */
export function normalizeChartHtml(html: string): string {
  const ids = new Map<string, string>();
  for (const [, id] of html.matchAll(/\sid="([^"]+)"/g)) if (!ids.has(id)) ids.set(id, `id${ids.size + 1}`);
  let out = html;
  for (const [id, replacement] of ids) out = out.split(id).join(replacement);
  out = out.replace(/(\d+\.\d{3,})/g, (n) => String(Math.round(Number(n) * 100) / 100));
  return out.replace(/></g, ">\n<") + "\n";
}
