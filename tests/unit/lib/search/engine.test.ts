import { describe, expect, it } from "vitest";
import { fixtureCorpus } from "../../../fixture-corpus.ts";
import { searchDocuments, type SearchDoc } from "../../../../src/lib/search/documents.ts";
import { buildSearchFiles, SearchEngine } from "../../../../src/lib/search/engine.ts";
import { stopTerms } from "../../../../src/lib/search/shards.ts";
import { searchFileBodies, searchLoader } from "../../../../src/lib/search/files.ts";

const { plans, measures, provinces } = fixtureCorpus();
const docs = searchDocuments(plans, measures, provinces);
const files = buildSearchFiles(docs);
const bodies = searchFileBodies(files);

/** An engine over the fixture's files that records which files a query loaded. */
function engine() {
  const loaded: string[] = [];
  const e = new SearchEngine(
    files.names,
    searchLoader(async (name) => (loaded.push(name), bodies.get(name) ?? "")),
  );
  return { e, loaded };
}

const urls = async (query: string, group: string) =>
  (await engine().e.search(query)).groups.find((g) => g.group === group)?.hits.map((h) => h.doc.u) ?? [];

const SON_LA = "/ke-hoach/ke-hoach-07-kh-du-cdsl-2025-truong-cao-dang-son-la/";

describe("searchDocuments(plans, measures, provinces)", () => {
  it("orders ids by group so the group of an id needs no lookup", () => {
    const order = ["ke-hoach", "bien-phap", "dia-phuong", "trich-dan"];
    const groups = docs.map((d) => order.indexOf(d.g));
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
    expect(docs.map((d) => d.id)).toEqual(docs.map((_, i) => i));
  });

  it("makes one document per plan, measure, province and quote", () => {
    const quotes = plans.reduce(
      (n, e) => n + Object.values(e.plan.measures).reduce((m, c) => m + (c?.quotes.length ?? 0), 0),
      0,
    );
    const count = (g: SearchDoc["g"]) => docs.filter((d) => d.g === g).length;
    expect([count("ke-hoach"), count("bien-phap"), count("dia-phuong"), count("trich-dan")]).toEqual([
      plans.length,
      measures.length,
      provinces.length,
      quotes,
    ]);
  });
});

describe("SearchEngine.search(raw)", () => {
  it("finds a province and its plans typed without diacritics", async () => {
    expect(await urls("dak lak", "dia-phuong")).toEqual(["/dia-phuong/dak-lak/"]);
    expect(await urls("dak lak", "ke-hoach")).toContain("/ke-hoach/ke-hoach-ubnd-dak-lak-thuc-hien-kl-149-2025/");
  });

  it("finds today's unit from an old province name", async () => {
    expect(await urls("Thừa Thiên Huế", "dia-phuong")).toEqual(["/dia-phuong/hue/"]);
    expect(await urls("quang binh", "dia-phuong")).toEqual(["/dia-phuong/quang-tri/"]);
  });

  it("finds a plan by its number with or without spaces, Số or leading zeros", async () => {
    for (const q of ["07-KH/ĐU-CDSL", "Số 07 - KH/ĐU-CDSL", "7-kh/du-cdsl", "07KH/DU"]) {
      expect((await urls(q, "ke-hoach"))[0], q).toBe(SON_LA);
    }
  });

  it("finds a measure and quotes linked to the measure's row", async () => {
    expect((await urls("lao khoa", "bien-phap"))[0]).toBe("/bien-phap/lao-khoa/");
    const quotes = await urls("lao khoa", "trich-dan");
    expect(quotes.length).toBeGreaterThan(0);
    for (const u of quotes) expect(u).toMatch(/#bp-lao-khoa$/);
  });

  it("gives both tone placements the same results", async () => {
    const { e } = engine();
    const a = await e.search("Đảng uỷ");
    const b = await e.search("Đảng ủy");
    expect(a).toEqual(b);
    expect(a.total).toBeGreaterThan(0);
  });

  it("loads only the shards of the query's words", async () => {
    const { e, loaded } = engine();
    await e.search("sàng lọc");
    expect(loaded.filter((f) => f.startsWith("t-")).sort()).toEqual(["t-lo", "t-sa"]);
    expect(loaded.filter((f) => f.startsWith("n-")).sort()).toEqual(["n-lo", "n-sa"]);
    // What the results show: chunks of SHOWN_CHUNK documents, each read once, those of the hits only.
    await e.search("sàng lọc");
    const shown = loaded.filter((f) => f.startsWith("v-"));
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(files.shown.size);
  });

  it("reads a shard again at the next query when its first read failed", async () => {
    let fail = true;
    const e = new SearchEngine(
      files.names,
      searchLoader(async (name) => {
        if (fail && name.startsWith("n-")) throw new Error("offline");
        return bodies.get(name) ?? "";
      }),
    );
    await expect(e.search("dak lak")).rejects.toThrow("offline");
    fail = false;
    expect((await e.search("dak lak")).total).toBeGreaterThan(0);
  });

  it("gives no results and loads nothing for empty, punctuation-only or absurd input", async () => {
    for (const q of ["", "   ", "?!… ///", "x".repeat(1000)]) {
      const { e, loaded } = engine();
      const r = await e.search(q);
      expect(r.total, q.slice(0, 10)).toBe(0);
      expect(loaded).toEqual([]);
    }
  });

  it("keeps at most the asked number of hits a group but counts them all", async () => {
    const r = await engine().e.search("dan so", 2);
    for (const g of r.groups) expect(g.hits.length).toBeLessThanOrEqual(2);
    expect(r.groups.reduce((n, g) => n + g.total, 0)).toBe(r.total);
    expect(r.total).toBeGreaterThan(2);
  });
});

describe("stopTerms(docs)", () => {
  it("leaves every term of a small corpus in the shards", () => {
    expect(stopTerms(docs)).toEqual([]);
  });
});
