import { describe, expect, it } from "vitest";
import MiniSearch, { type SearchResult } from "minisearch";
import { fixtureCorpus } from "../../../fixture-corpus.ts";
import { searchDocuments, type SearchDoc } from "../../../../src/lib/search/documents.ts";
import { buildSearchFiles, NAMES_OPTIONS, SHOWN_CHUNK } from "../../../../src/lib/search/engine.ts";
import { loadNameShard, splitNames } from "../../../../src/lib/search/names.ts";
import { shardKey } from "../../../../src/lib/search/shards.ts";

const { plans, measures, provinces } = fixtureCorpus();
const named = searchDocuments(plans, measures, provinces).filter((d) => d.g !== "trich-dan");
const BOOST = { n: 6, t: 3, p: 2, b: 1 };

describe("splitNames(index) and loadNameShard(stats, json)", () => {
  const whole = new MiniSearch<SearchDoc>(NAMES_OPTIONS);
  whole.addAll(named);
  const { stats, shards } = splitNames(whole.toJSON());
  const shard = (key: string) =>
    MiniSearch.loadJS<SearchDoc>(loadNameShard(stats, shards.get(key) ?? ""), NAMES_OPTIONS);
  const terms = whole.toJSON().index.map(([term]) => term);

  it("puts every term in the shard of its first two letters, once", () => {
    const inShards = [...shards].flatMap(([key, json]) =>
      Object.keys((JSON.parse(json) as { t: object }).t).map((t) => [key, t]),
    );
    expect(inShards.map(([, t]) => t).sort()).toEqual([...terms].sort());
    for (const [key, t] of inShards) expect(shardKey(t)).toBe(key);
  });

  it("gives every term, whole and as a beginning, the documents and scores of the whole index", () => {
    expect(terms.length).toBeGreaterThan(200);
    for (const term of terms) {
      for (const prefix of term.length >= 2 ? [false, true] : [false]) {
        const options = { prefix, boost: BOOST, tokenize: () => [term] };
        // In id order (MiniSearch leaves equal scores in the order it met the documents), scores to 12
        // digits (the sum of a document's terms may be added in another order).
        const rows = (results: SearchResult[]) =>
          results
            .map((r) => [r.id, r.score.toPrecision(12), [...r.terms].sort()])
            .sort((a, b) => Number(a[0]) - Number(b[0]));
        const expected = rows(whole.search(term, options));
        const got = rows(shard(shardKey(term)).search(term, options));
        expect(got, `${term} ${prefix}`).toEqual(expected);
      }
    }
  });

  it("keeps term frequencies above one", () => {
    const twice: SearchDoc = { ...named[0], id: 9999, t: "sàng lọc sàng lọc sàng lọc", b: "", p: "", n: "" };
    const index = new MiniSearch<SearchDoc>(NAMES_OPTIONS);
    index.addAll([named[0], twice]);
    const split = splitNames(index.toJSON());
    const loaded = MiniSearch.loadJS<SearchDoc>(
      loadNameShard(split.stats, split.shards.get("sa") ?? ""),
      NAMES_OPTIONS,
    );
    expect(loaded.search("sang", { boost: BOOST }).map((r) => r.score)).toEqual(
      index.search("sang", { boost: BOOST }).map((r) => r.score),
    );
  });
});

describe("buildSearchFiles(docs) at scale", () => {
  /** `n` plans whose titles share most words, as a national corpus does. */
  const corpus = (n: number): SearchDoc[] =>
    Array.from({ length: n }, (_, id) => ({
      ...named[0],
      id,
      t: `Kế hoạch thực hiện Kết luận 149 về công tác dân số số ${id}`,
      n: `${id}-KH/UBND`,
      p: provinces[id % provinces.length].name,
      x: "",
    }));

  it("reads a names file that does not grow with the number of plans", () => {
    const small = buildSearchFiles(corpus(200)).names.length;
    const large = buildSearchFiles(corpus(4000)).names.length;
    expect(large).toBeLessThan(small * 1.5);
    expect(large).toBeLessThan(8 * 1024);
  });

  it("keeps what a result shows out of the names shards", () => {
    const files = buildSearchFiles(corpus(500));
    for (const json of files.nameShards.values()) expect(json).not.toContain("/ke-hoach/");
    expect(files.shown.size).toBe(Math.ceil(500 / SHOWN_CHUNK));
  });
});
