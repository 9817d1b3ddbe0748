import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { LocalitiesSchema } from "../../../../src/schemas/locality.ts";
import { findPlace, findProvince } from "../../../../src/lib/extract/locality.ts";
import { issuerKindOf, issuerLevelOf } from "../../../../src/lib/extract/classify.ts";

const { provinces } = LocalitiesSchema.parse(parse(readFileSync("tests/fixtures/corpus/data/localities.yaml", "utf8")));

describe("findProvince(contexts, provinces)", () => {
  it("maps an old province name to today's unit and keeps the name as written", () => {
    const found = findProvince(["Ban Thường vụ Tỉnh ủy Quảng Bình"], provinces);
    expect(found?.province.slug).toBe("quang-tri");
    expect(found?.asWritten).toBe("Quảng Bình");
  });

  it("prefers the longest name, so Thừa Thiên Huế is not read as Huế, also in capitals", () => {
    const found = findProvince(["ĐẢNG BỘ TỈNH THỪA THIÊN HUẾ"], provinces);
    expect(found?.province.slug).toBe("hue");
    expect(found?.asWritten).toBe("Thừa Thiên Huế");
  });

  it("gives no asWritten when the text uses today's name", () => {
    expect(findProvince(["trên địa bàn tỉnh Đắk Lắk"], provinces)?.asWritten).toBeUndefined();
    expect(findProvince(["của Ủy ban nhân dân TP. Hồ Chí Minh"], provinces)?.asWritten).toBeUndefined();
  });

  it("does not read the word hòa bình (peace) as the province Hòa Bình", () => {
    expect(findProvince(["vì hòa bình và phát triển"], provinces)).toBeUndefined();
  });

  it("tries the contexts in order", () => {
    expect(findProvince(["Ủy ban nhân dân tỉnh", "Thành ủy Hải Phòng"], provinces)?.province.slug).toBe("hai-phong");
  });
});

describe("findPlace(issuer, province)", () => {
  it("finds a registered ward in the issuer's name", () => {
    const hp = provinces.find((p) => p.slug === "hai-phong")!;
    expect(findPlace("Ủy ban nhân dân phường Nam Đồ Sơn", hp)).toBe("phuong-nam-do-son");
  });
});

describe("issuerKindOf(issuer) and issuerLevelOf(issuer)", () => {
  it("reads party, government and unit issuers at their level", () => {
    expect([issuerKindOf("Ban Thường vụ Tỉnh ủy Hà Tĩnh"), issuerLevelOf("Ban Thường vụ Tỉnh ủy Hà Tĩnh")]).toEqual([
      "party",
      "tinh",
    ]);
    expect(issuerLevelOf("Ủy ban nhân dân phường Nam Đồ Sơn, thành phố Hải Phòng", provinces)).toBe("xa");
    expect(issuerLevelOf("Ban Thường vụ Đảng ủy Trường Cao đẳng Sơn La")).toBe("don-vi");
    expect(issuerLevelOf("Ban Thường vụ Huyện ủy Minh Hóa")).toBe("huyen");
    expect(issuerLevelOf("Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Thừa Thiên Huế")).toBe("tinh");
    expect(issuerLevelOf("Ủy ban nhân dân Quận Ba Đình")).toBe("huyen");
    expect(issuerLevelOf("Ủy ban nhân dân thành phố Đồng Hới", provinces)).toBe("huyen");
    expect(issuerLevelOf("Ủy ban nhân dân thành phố Hải Phòng", provinces)).toBe("tinh");
    expect(issuerKindOf("Trường Trung học phổ thông Lê Lợi")).toBe("unit");
    expect(issuerKindOf("Ủy ban nhân dân tỉnh Đắk Lắk")).toBe("government");
  });
});
