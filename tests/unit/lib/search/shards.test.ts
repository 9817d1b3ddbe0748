import { describe, expect, it } from "vitest";
import {
  buildShards,
  decodePostings,
  encodePostings,
  loadShard,
  searchShards,
} from "../../../../src/lib/search/shards.ts";
import type { SearchDoc } from "../../../../src/lib/search/documents.ts";

const doc = (id: number, x: string): SearchDoc => ({
  id,
  g: "trich-dan",
  u: `/x/${id}`,
  t: "",
  n: "",
  p: "",
  b: "",
  s: "",
  x,
});

describe("encodePostings(ids)", () => {
  it("writes sorted ids as base-36 differences that decodePostings reads back", () => {
    const ids = [0, 3, 5, 40, 1000, 123456];
    expect(encodePostings([3, 5, 40])).toBe("3,2,z");
    expect(decodePostings(encodePostings(ids))).toEqual(ids);
  });
});

describe("buildShards(docs, stop)", () => {
  const docs = [doc(0, "Sàng lọc sơ sinh"), doc(1, "sàng lọc trước sinh"), doc(2, "sang năm")];
  const shards = buildShards(docs, new Set(["sinh"]));

  it("puts a term in the shard of its first two letters, folded", () => {
    expect([...shards.keys()].sort()).toEqual(["lo", "na", "so", "tr"].concat("sa").sort());
    expect([...loadShard(shards.get("sa") ?? "").postings.keys()]).toEqual(["sang"]);
  });

  it("leaves the stop terms out", () => {
    expect(shards.has("si")).toBe(false);
  });

  it("finds whole words and, with prefix, word beginnings, rarer terms scoring more", () => {
    const get = (k: string) => (shards.has(k) ? loadShard(shards.get(k) ?? "") : undefined);
    expect([...searchShards("sang", get, false).keys()]).toEqual([0, 1, 2]);
    expect([...searchShards("tr", get, false).keys()]).toEqual([]);
    expect([...searchShards("tr", get, true).keys()]).toEqual([1]);
    const loc = searchShards("loc", get, false);
    const nam = searchShards("nam", get, false);
    expect(nam.get(2)?.score).toBeGreaterThan(loc.get(0)?.score ?? Infinity);
  });
});
