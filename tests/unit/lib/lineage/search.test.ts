import { describe, expect, it } from "vitest";
import { buildLineage } from "../../../../src/lib/lineage/build.ts";
import { searchIndex, searchNodes } from "../../../../src/lib/lineage/search.ts";
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
const index = searchIndex(graph);
const find = (q: string) => searchNodes(index, q).map((n) => n.number);

describe("searchNodes(index, query)", () => {
  it("finds a plan by its number, with or without diacritics and leading zeros", () => {
    expect(find("07-KH/ĐU-CDSL")[0]).toBe("07-KH/ĐU-CDSL");
    expect(find("7-kh/du-cdsl")[0]).toBe("07-KH/ĐU-CDSL");
  });

  it("puts an exact number before numbers that start with the query", () => {
    expect(find("21-NQ/TW")[0]).toBe("21-NQ/TW");
  });

  it("finds documents by issuer typed without diacritics, 'd' finding 'đ'", () => {
    expect(find("dang uy truong cao dang")).toEqual(["07-KH/ĐU-CDSL"]);
    expect(find("bo chinh tri")).toEqual(["149-KL/TW"]);
  });

  it("finds a ghost by its issuer's province and lists summarised plans first", () => {
    expect(find("son la")).toEqual(["07-KH/ĐU-CDSL", "26-KH/ĐU"]);
  });

  it("finds a plan by today's name of its province and by the old one", () => {
    expect(find("Huế")).toEqual(["49-KH/ĐUK"]);
    expect(find("thua thien")).toEqual(["49-KH/ĐUK"]);
  });

  it("narrows a search to a year or a date", () => {
    expect(find("hue 2025")).toEqual(["49-KH/ĐUK"]);
    expect(find("son la 2017")).toEqual([]);
    expect(find("25/10/2017")).toEqual(["21-NQ/TW"]);
  });

  it("returns nothing for an empty query or an unknown word", () => {
    expect(find("  ")).toEqual([]);
    expect(find("khong co van ban nay")).toEqual([]);
  });
});
