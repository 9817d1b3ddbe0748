/**
 * The names index of site search in shards, like the full-text shards (src/lib/search/shards.ts): a
 * shard holds the terms of MiniSearch's names index that begin with the same two letters, with the
 * lengths of the fields of the documents those terms are in. A query word loads its shard only, and
 * searching a shard gives the same scores as searching the whole index: MiniSearch's BM25 reads, for a
 * term, its documents and their field lengths, and the index's document count and average field
 * lengths, which every shard carries (in the names file). One file of 53 MB at 100,000 plans became
 * a shard of a few hundred KB at most per word typed.
 *
 * A shard's JSON: `{ i: documents (encodePostings), l: their field lengths (base 36, in field order,
 * comma-separated), t: { term: [postings of field 0, field 1, …] } }`, a field's postings as ids in
 * encodePostings' differences, a term frequency above 1 after a dot ("3.2"). Ids are the documents'
 * own ids (MiniSearch's short ids are replaced by them). Pure: no node:*, no DOM.
 */
import type { AsPlainObject } from "minisearch";
import { decodePostings, encodePostings, shardKey } from "./shards.ts";

/** What every names shard shares, kept in the names file: the index's statistics. */
export interface NamesStats {
  /** Documents in the names index. */
  count: number;
  /** Field name → field number. */
  fields: Record<string, number>;
  /** Average length of each field, by field number. */
  average: number[];
}

/** The names index cut by term: its statistics and each shard's JSON by key. */
export interface NameShards {
  stats: NamesStats;
  shards: Map<string, string>;
}

const FREQ = ".";

/** One field's postings, `{ id: frequency }` with ids sorted, as text. */
function encodeField(freqs: Map<number, number>): string {
  const ids = [...freqs.keys()].sort((a, b) => a - b);
  const deltas = encodePostings(ids).split(",");
  return ids.map((id, i) => (freqs.get(id) === 1 ? deltas[i] : `${deltas[i]}${FREQ}${freqs.get(id)}`)).join(",");
}

/** The `{ id: frequency }` encodeField wrote, in one pass (ids as encodePostings' differences). */
function decodeField(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  let id = 0;
  for (const part of text.split(",")) {
    const [delta, freq] = part.split(FREQ);
    id += parseInt(delta, 36);
    out[id] = freq === undefined ? 1 : Number(freq);
  }
  return out;
}

/** Cuts MiniSearch's serialized names index (`toJSON()`, serialization version 2) into shards. */
export function splitNames(js: AsPlainObject): NameShards {
  const idOf = (short: string): number => js.documentIds[short] as number;
  const fieldCount = Object.keys(js.fieldIds).length;
  const perShard = new Map<string, { docs: Set<number>; terms: Record<string, string[]> }>();
  for (const [term, byField] of js.index) {
    const key = shardKey(term);
    const shard = perShard.get(key) ?? { docs: new Set<number>(), terms: {} };
    perShard.set(key, shard);
    const fields: string[] = Array.from({ length: fieldCount }, () => "");
    for (const [field, freqs] of Object.entries(byField as Record<string, Record<string, number>>)) {
      const map = new Map<number, number>();
      for (const [short, f] of Object.entries(freqs)) {
        const id = idOf(short);
        map.set(id, f);
        shard.docs.add(id);
      }
      fields[Number(field)] = encodeField(map);
    }
    while (fields.length > 0 && fields[fields.length - 1] === "") fields.pop();
    shard.terms[term] = fields;
  }
  const lengths = new Map<number, number[]>();
  for (const [short, l] of Object.entries(js.fieldLength)) lengths.set(idOf(short), l);
  const shards = new Map<string, string>();
  for (const [key, { docs, terms }] of perShard) {
    const ids = [...docs].sort((a, b) => a - b);
    const l = ids
      .flatMap((id) => Array.from({ length: fieldCount }, (_, f) => (lengths.get(id)?.[f] ?? 0).toString(36)))
      .join(",");
    shards.set(key, JSON.stringify({ i: encodePostings(ids), l, t: terms }));
  }
  return {
    stats: { count: js.documentCount, fields: js.fieldIds, average: js.averageFieldLength },
    shards,
  };
}

/** A names shard as MiniSearch's serialized index, to load with `MiniSearch.loadJS`. */
export function loadNameShard(stats: NamesStats, json: string): AsPlainObject {
  const { i, l, t } = JSON.parse(json) as { i: string; l: string; t: Record<string, string[]> };
  const ids = i ? decodePostings(i) : [];
  const lengths = l ? l.split(",").map((n) => parseInt(n, 36)) : [];
  const width = Object.keys(stats.fields).length;
  const documentIds: Record<string, number> = {};
  const fieldLength: Record<string, number[]> = {};
  ids.forEach((id, k) => {
    documentIds[id] = id;
    fieldLength[id] = lengths.slice(k * width, (k + 1) * width);
  });
  const index: AsPlainObject["index"] = Object.entries(t).map(([term, fields]) => {
    const byField: Record<string, Record<string, number>> = {};
    fields.forEach((text, field) => {
      if (!text) return;
      byField[field] = decodeField(text);
    });
    return [term, byField];
  });
  return {
    documentCount: stats.count,
    nextId: stats.count,
    documentIds,
    fieldIds: stats.fields,
    fieldLength,
    averageFieldLength: stats.average,
    storedFields: {},
    dirtCount: 0,
    index,
    serializationVersion: 2,
  };
}
