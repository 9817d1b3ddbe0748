import { describe, expect, it } from "vitest";
import { buildLineage } from "../../../../src/lib/lineage/build.ts";
import { foundOf } from "../../../../src/lib/lineage/chunks.ts";
import {
  buildTreeSearch,
  memoryLoader,
  TreeSearch,
  TREE_SEARCH_CHUNK,
  type TreeSearchLoader,
} from "../../../../src/lib/lineage/search.ts";
import type { Province } from "../../../../src/schemas/locality.ts";
import { KL149, NQ21, nationalPlans, plan, ref } from "./make.ts";

const hue: Province = {
  slug: "hue",
  name: "Huế",
  kind: "thành phố",
  mergedFrom: [],
  oldNames: ["Thừa Thiên Huế"],
  adminCentre: null,
  population: null,
  source: "kiểm thử",
  places: [],
};
const graph = buildLineage(
  [
    ...nationalPlans(),
    plan("truong-cd-son-la", {
      number: "07-KH/ĐU-CDSL",
      issuer: "Ban Thường vụ Đảng ủy Trường Cao đẳng Sơn La",
      references: [ref("thuc-hien", "26-KH/ĐU", "Đảng ủy Ủy ban nhân dân tỉnh Sơn La", "2025-06-11"), KL149],
    }),
    plan("duk-hue", {
      number: "49-KH/ĐUK",
      issuer: "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Thừa Thiên Huế",
      locality: { province: "hue", inferred: false },
      references: [NQ21],
    }),
  ],
  [hue],
);
const files = buildTreeSearch(
  graph.nodes.map((n) => foundOf(n, -1)),
  graph.provinces,
);
const search = new TreeSearch(files.head, memoryLoader(files));
const find = async (q: string) => (await search.search(q)).map((n) => n.number);

describe("TreeSearch.search(query)", () => {
  it("finds a plan by its number, with or without diacritics and leading zeros", async () => {
    expect((await find("07-KH/ĐU-CDSL"))[0]).toBe("07-KH/ĐU-CDSL");
    expect((await find("7-kh/du-cdsl"))[0]).toBe("07-KH/ĐU-CDSL");
  });

  it("puts an exact number before numbers that start with the query", async () => {
    expect((await find("21-NQ/TW"))[0]).toBe("21-NQ/TW");
  });

  it("finds documents by issuer typed without diacritics, 'd' finding 'đ'", async () => {
    expect(await find("dang uy truong cao dang")).toEqual(["07-KH/ĐU-CDSL"]);
    expect(await find("bo chinh tri")).toEqual(["149-KL/TW"]);
  });

  it("finds a ghost by its issuer's province and lists summarised plans first", async () => {
    expect(await find("son la")).toEqual(["07-KH/ĐU-CDSL", "26-KH/ĐU"]);
  });

  it("finds a plan by today's name of its province and by the old one", async () => {
    expect(await find("Huế")).toEqual(["49-KH/ĐUK"]);
    expect(await find("thua thien")).toEqual(["49-KH/ĐUK"]);
  });

  it("narrows a search to a year or a date", async () => {
    expect(await find("hue 2025")).toEqual(["49-KH/ĐUK"]);
    expect(await find("son la 2017")).toEqual([]);
    expect(await find("25/10/2017")).toEqual(["21-NQ/TW"]);
  });

  it("returns nothing for an empty query or an unknown word", async () => {
    expect(await find("  ")).toEqual([]);
    expect(await find("khong co van ban nay")).toEqual([]);
  });
});

describe("buildTreeSearch(found, provinces) at scale", () => {
  /** `n` ghosts cited by plans of Sơn La, numbered 1-KH/UBND … n-KH/UBND. */
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      foundOf(
        {
          ...graph.nodes[0],
          id: `ghost-${String(i).padStart(6, "0")}`,
          kind: "ghost",
          number: `${i + 1}-KH/UBND`,
          issuer: `Ủy ban nhân dân xã mẫu ${i} tỉnh Sơn La`,
          issuerShort: `UBND xã mẫu ${i}`,
          title: "Kế hoạch thực hiện công tác dân số",
        },
        -1,
      ),
    );

  it("reads a few small files for a query, whatever the size of the tree", async () => {
    const big = buildTreeSearch(many(20_000), graph.provinces);
    const read: string[] = [];
    const memory = memoryLoader(big);
    const loader: TreeSearchLoader = {
      shard: (name) => (read.push(name), memory.shard(name)),
      chunk: (n) => (read.push(`c-${n}`), memory.chunk(n)),
    };
    const s = new TreeSearch(big.head, loader);
    expect((await s.search("12345-KH/UBND"))[0].number).toBe("12345-KH/UBND");
    // Word beginnings: "777" is in the number of ghost 776 and begins "7770" … "7779" too; by id.
    const found = await s.search("xa mau 777");
    expect(found.map((n) => n.id).slice(0, 2)).toEqual(["ghost-000776", "ghost-000777"]);
    expect(found.every((n) => /\b777/.test(`${n.number} ${n.issuerShort}`))).toBe(true);
    // The shards of the words and of the number, and the chunks of the results listed only.
    expect(read.length).toBeLessThan(20);
    expect(read.filter((f) => f.startsWith("c-")).length).toBeLessThanOrEqual(2 + found.length);
    expect(big.chunks.every((c) => c.length <= TREE_SEARCH_CHUNK)).toBe(true);
    // The largest shard a query reads (a word in every document) stays a small share of the whole.
    const whole = JSON.stringify(many(20_000)).length;
    const largest = Math.max(...[...big.shards.values()].map((j) => j.length));
    expect(largest / whole).toBeLessThan(0.1);
  });

  it("lists results by number exact, then number beginning, then words; plans first, then by id", async () => {
    const s = new TreeSearch(files.head, memoryLoader(files));
    expect((await s.search("21-NQ"))[0].number).toBe("21-NQ/TW");
    const plansFirst = (await s.search("son la", 100)).map((n) => n.kind);
    expect(plansFirst).toEqual([...plansFirst].sort((a, b) => (a === b ? 0 : a === "plan" ? -1 : 1)));
  });
});
