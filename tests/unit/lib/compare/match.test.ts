import { describe, expect, it } from "vitest";
import { formatIssued } from "../../../../src/lib/format.ts";
import { picksOf } from "../../../../src/lib/compare/match.ts";
import { searchDocuments } from "../../../../src/lib/search/documents.ts";
import { buildSearchFiles, SearchEngine } from "../../../../src/lib/search/engine.ts";
import { searchFileBodies, searchLoader } from "../../../../src/lib/search/files.ts";
import { fixtureCorpus } from "../../../fixture-corpus.ts";

const { plans, measures, provinces } = fixtureCorpus();
const files = buildSearchFiles(searchDocuments(plans, measures, provinces));
const bodies = searchFileBodies(files);
const engine = new SearchEngine(
  files.names,
  searchLoader(async (name) => bodies.get(name) ?? ""),
);
const found = async (query: string, skip: string[] = [], limit?: number) =>
  picksOf(await engine.search(query, 8 + skip.length), skip, limit).map((p) => p.s);

const DAK_LAK = "ke-hoach-ubnd-dak-lak-thuc-hien-kl-149-2025";

describe("picksOf(site search results)", () => {
  it("finds a locality typed without diacritics", async () => {
    expect((await found("dak lak"))[0]).toBe(DAK_LAK);
  });

  it("finds a number, with đ typed as d", async () => {
    expect((await found("07-kh/du"))[0]).toBe("ke-hoach-07-kh-du-cdsl-2025-truong-cao-dang-son-la");
  });

  it("finds an issuer by some of its words in any order", async () => {
    expect((await found("chinh tri bo"))[0]).toBe("ket-luan-149-kl-tw-2025");
  });

  it("finds a locality by the name the document used", async () => {
    expect((await found("thua thien"))[0]).toBe("ke-hoach-49-kh-duk-2018-dang-uy-khoi-tinh-thua-thien-hue");
  });

  it("shows the short title and the issuer with the date", async () => {
    const [pick] = picksOf(await engine.search("dak lak"), []);
    const plan = plans.find((p) => p.slug === pick.s)?.plan;
    expect(pick.t).toBe(plan?.shortTitle);
    expect(pick.sub).toBe(`${plan?.issuer} · ${plan ? formatIssued(plan.issued) : ""}`);
  });

  it("leaves out the plans already compared, and finds nothing for an empty query", async () => {
    expect(await found("dak lak", [DAK_LAK])).not.toContain(DAK_LAK);
    expect(await found("   ")).toEqual([]);
  });

  it("gives at most `limit` plans", async () => {
    expect(await found("149", [], 2)).toHaveLength(2);
  });
});
