import { describe, expect, it } from "vitest";
import { byVietnameseName, formerNames, provinceTitle } from "../../../src/lib/locality.ts";
import { measuresByGroup } from "../../../src/lib/codebook.ts";
import type { Measure } from "../../../src/schemas/codebook.ts";

describe("formerNames(province)", () => {
  it("lists the provinces merged into a unit and its own old names, without today's name", () => {
    expect(formerNames({ name: "Hải Phòng", mergedFrom: ["Hải Dương", "Hải Phòng"], oldNames: [] })).toEqual([
      "Hải Dương",
    ]);
    expect(formerNames({ name: "Huế", mergedFrom: [], oldNames: ["Thừa Thiên Huế"] })).toEqual(["Thừa Thiên Huế"]);
  });
});

describe("provinceTitle(province)", () => {
  it("names a centrally run city and a province as Vietnamese does", () => {
    expect(provinceTitle({ kind: "thành phố", name: "Huế" })).toBe("Thành phố Huế");
    expect(provinceTitle({ kind: "tỉnh", name: "Sơn La" })).toBe("Tỉnh Sơn La");
  });
});

describe("byVietnameseName(items)", () => {
  it("sorts Đ after D and tones after the bare letter, as a Vietnamese index does", () => {
    const names = ["Đồng Tháp", "Điện Biên", "Đà Nẵng", "Cà Mau", "Đắk Lắk", "Đồng Nai", "Cần Thơ"];
    expect(byVietnameseName(names.map((name) => ({ name }))).map((p) => p.name)).toEqual([
      "Cà Mau",
      "Cần Thơ",
      "Đà Nẵng",
      "Đắk Lắk",
      "Điện Biên",
      "Đồng Nai",
      "Đồng Tháp",
    ]);
  });
});

describe("measuresByGroup(measures)", () => {
  it("shows groups in their fixed order and keeps the codebook order inside a group", () => {
    const m = (id: string, group: Measure["group"]) => ({ id, group }) as Measure;
    const groups = measuresByGroup([
      m("truyen-thong", "Truyền thông và giáo dục"),
      m("lanh-dao", "Lãnh đạo và tổ chức thực hiện"),
      m("giao-duc", "Truyền thông và giáo dục"),
    ]);
    expect(groups.map((g) => [g.group, g.measures.map((x) => x.id)])).toEqual([
      ["Lãnh đạo và tổ chức thực hiện", ["lanh-dao"]],
      ["Truyền thông và giáo dục", ["truyen-thong", "giao-duc"]],
    ]);
  });
});
