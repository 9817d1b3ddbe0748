import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { LocalitiesSchema } from "../../../src/schemas/locality.ts";
import {
  communeKind,
  communeOf,
  createGazetteer,
  findCommune,
  inArchipelago,
  placeOf,
  type Commune,
} from "../../../src/lib/gazetteer.ts";
import { loadGazetteer } from "../../../src/data/gazetteer.ts";
import { draftPlan } from "../../../src/lib/extract/draft.ts";

const gazetteer = loadGazetteer("data/gazetteer");
const { provinces } = LocalitiesSchema.parse(parse(readFileSync("tests/fixtures/corpus/data/localities.yaml", "utf8")));
const haiPhong = provinces.find((p) => p.slug === "hai-phong")!;
const sonLa = provinces.find((p) => p.slug === "son-la")!;

describe("the gazetteer in data/gazetteer/communes.csv", () => {
  it("holds the 3,321 communes, wards and special zones of the 34 units, each in a known province", () => {
    expect(gazetteer.communes).toHaveLength(3321);
    const slugs = new Set(provinces.map((p) => p.slug));
    expect(new Set(gazetteer.communes.map((c) => c.province)).size).toBe(34);
    expect(gazetteer.communes.every((c) => slugs.has(c.province) && /^\d{5}$/.test(c.code))).toBe(true);
  });

  it("knows that one name can be a commune of several provinces", () => {
    const tanLap = gazetteer.byName.get("xa tan lap")!.map((c) => c.province);
    expect(tanLap.sort()).toEqual(["lam-dong", "quang-tri", "tay-ninh"]);
  });
});

describe("communeKind(name)", () => {
  it("reads the kind from the name", () => {
    expect(communeKind("Phường Ba Đình")).toBe("phuong");
    expect(communeKind("Đặc khu Côn Đảo")).toBe("dac-khu");
    expect(communeKind("Xã Tân Lập")).toBe("xa");
  });
});

describe("communeOf(gazetteer, province, place) and placeOf(province, place, gazetteer)", () => {
  it("finds a commune by its code or by the slug of its name, only inside its own province", () => {
    expect(communeOf(gazetteer, "hai-phong", "11737")?.name).toBe("Phường Nam Đồ Sơn");
    expect(communeOf(gazetteer, "hai-phong", "phuong-nam-do-son")?.code).toBe("11737");
    expect(communeOf(gazetteer, "ha-noi", "11737")).toBeUndefined();
    expect(communeOf(gazetteer, "ha-noi", "phuong-nam-do-son")).toBeUndefined();
  });

  it("prefers a place registered in localities.yaml, and adds the gazetteer's code when it is a commune", () => {
    expect(placeOf(haiPhong, "phuong-nam-do-son", gazetteer)).toEqual({
      key: "phuong-nam-do-son",
      name: "Phường Nam Đồ Sơn",
      code: "11737",
    });
    expect(placeOf(sonLa, "truong-cao-dang-son-la", gazetteer)?.name).toBe("Trường Cao đẳng Sơn La");
    expect(placeOf(haiPhong, "00004", gazetteer)).toBeUndefined();
    expect(placeOf(haiPhong, "phuong-khong-co", gazetteer)).toBeUndefined();
  });
});

describe("findCommune(contexts, gazetteer)", () => {
  it("finds a ward named in a heading in capitals, a unique name", () => {
    const found = findCommune(["ĐẢNG BỘ PHƯỜNG NAM ĐỒ SƠN\nCHI BỘ KHU DÂN CƯ SỐ 3"], gazetteer);
    expect(found?.name).toBe("Phường Nam Đồ Sơn");
    expect(found?.candidates.map((c) => c.province)).toEqual(["hai-phong"]);
  });

  it("gives every province of a name found in several", () => {
    const found = findCommune(["UBND XÃ TÂN LẬP"], gazetteer);
    expect(found?.candidates).toHaveLength(3);
  });

  it("reads names in running text but not words that merely follow xã", () => {
    expect(findCommune(["Đảng ủy xã Tân Lập ban hành kế hoạch"], gazetteer)?.name).toBe("Xã Tân Lập");
    expect(findCommune(["các xã có điều kiện khó khăn, phường trung tâm"], gazetteer)).toBeUndefined();
  });

  it("takes the longest run of words that is a name", () => {
    const own: Commune[] = [
      { code: "1", name: "Xã Tân", kind: "xa", province: "a" },
      { code: "2", name: "Xã Tân Lập", kind: "xa", province: "b" },
    ];
    expect(findCommune(["UBND Xã Tân Lập Huyện Cũ"], createGazetteer(own))?.name).toBe("Xã Tân Lập");
  });
});

describe("inArchipelago(point)", () => {
  it("tells the islands of Hoàng Sa and Trường Sa from the coast", () => {
    expect(inArchipelago([112.3, 16.5])).toBe(true); // Hoàng Sa
    expect(inArchipelago([114.3, 10.4])).toBe(true); // Trường Sa
    expect(inArchipelago([109.7, 7.4])).toBe(true); // western reefs of Trường Sa
    expect(inArchipelago([109.2, 12.2])).toBe(false); // Nha Trang
    expect(inArchipelago([108.3, 15.4])).toBe(false); // Cù Lao Chàm
    expect(inArchipelago([106.6, 8.7])).toBe(false); // Côn Đảo
  });
});

describe("draftPlan(raw, ctx) on a plan that names only its ward or commune", () => {
  const text = readFileSync("tests/fixtures/new-plan/phuong-ba-dinh.txt", "utf8");
  const draft = (t: string) =>
    draftPlan(t, { sourceName: "phuong-ba-dinh.txt", provinces, measureIds: ["muc-sinh-thay-the"], gazetteer });
  const asTanLap = (t: string) =>
    t
      .replaceAll("PHƯỜNG BA ĐÌNH", "XÃ TÂN LẬP")
      .replace("Ba Đình,", "Tân Lập,")
      .replace("Đảng ủy phường", "Đảng ủy xã");

  it("resolves a unique ward to its province and place, marked inferred, with a KIỂM TRA", () => {
    const d = draft(text);
    expect(d.locality).toMatchObject({ province: "ha-noi", place: "phuong-ba-dinh", inferred: true });
    expect(d.locality.note).toContain("Phường Ba Đình (mã 00004)");
    expect(d.notes.get("locality")?.[0]).toMatchObject({ kind: "KIỂM TRA" });
  });

  it("gives the candidates and a KIỂM TRA, and no province, for a name found in several provinces", () => {
    const d = draft(asTanLap(text));
    expect(d.locality.province).toBeUndefined();
    const notes = d.notes.get("locality") ?? [];
    expect(notes).toHaveLength(1);
    expect(notes[0].kind).toBe("KIỂM TRA");
    for (const name of ["Quảng Trị", "Lâm Đồng", "Tây Ninh", "19462", "23134", "25489"])
      expect(notes[0].text).toContain(name);
  });

  it("settles a name of several provinces by the old province the text names", () => {
    const d = draft(asTanLap(text).replace("tình hình mới\n", "tình hình mới trên địa bàn tỉnh Quảng Bình\n"));
    expect(d.locality).toMatchObject({ province: "quang-tri", asWritten: "Quảng Bình", place: "xa-tan-lap" });
    expect(d.locality.inferred).toBeUndefined();
  });

  it("leaves the province unknown without a gazetteer, as before", () => {
    const d = draftPlan(text, { sourceName: "x.txt", provinces, measureIds: ["muc-sinh-thay-the"] });
    expect(d.locality.province).toBeUndefined();
    expect(d.notes.get("locality")?.[0].kind).toBe("CẦN ĐIỀN");
  });
});
