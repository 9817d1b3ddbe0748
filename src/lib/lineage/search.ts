/** Finding a node by number, issuer or locality, typed with or without diacritics. */
import { numberKey } from "../identity.ts";
import { foldVietnamese } from "../vietnamese.ts";
import type { LineageGraph, LineageNode } from "./types.ts";

/** One searchable node: its folded words and the key of its number. */
export interface SearchEntry {
  node: LineageNode;
  /** Number, title, issuer, province (today's and old names), place, date and year: folded, one line. */
  text: string;
  /** `numberKey` of the number, "" when there is none. */
  number: string;
}

/** The search index of a graph. */
export function searchIndex(graph: LineageGraph): SearchEntry[] {
  return graph.nodes.map((node) => {
    const province = node.province ? graph.provinces[node.province] : undefined;
    const words = [
      node.number ?? "",
      node.number ? numberKey(node.number) : "",
      node.title,
      node.issuer,
      node.issuerShort,
      province?.name ?? "",
      ...(province?.oldNames ?? []),
      node.place ?? "",
      node.dateLabel,
      node.sortDate?.slice(0, 4) ?? "",
    ];
    return { node, text: foldVietnamese(words.join(" ")), number: node.number ? numberKey(node.number) : "" };
  });
}

/**
 * Nodes matching `query`, best first, at most `limit`: an exact number, then a number that starts with
 * the query, then every word of the query found; summarised plans before ghosts, then by id.
 * "son la", "Sơn La" and "SƠN LA" find the same nodes; "7-KH/DU" finds "07-KH/ĐU-CDSL"; "son la 2025"
 * narrows to the year.
 */
export function searchNodes(index: readonly SearchEntry[], query: string, limit = 8): LineageNode[] {
  const folded = foldVietnamese(query);
  if (!folded) return [];
  const words = folded.split(" ");
  const key = numberKey(query);
  const scored: { node: LineageNode; score: number }[] = [];
  for (const e of index) {
    let score: number;
    if (e.number && e.number === key) score = 0;
    else if (e.number && e.number.startsWith(key)) score = 1;
    else if (words.every((w) => e.text.includes(w))) score = 2;
    else continue;
    scored.push({ node: e.node, score: score * 2 + (e.node.kind === "plan" ? 0 : 1) });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.node.id.localeCompare(b.node.id))
    .slice(0, limit)
    .map((s) => s.node);
}
