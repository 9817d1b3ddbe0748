import { describe, expect, it } from "vitest";
import { convertLegacyLines, detectLegacy, fromTcvn3, fromVni } from "../../../../src/lib/documents/legacy-encoding.ts";

describe("fromTcvn3(text)", () => {
  it("reads the .VnTime letters of a heading and a sentence", () => {
    expect(fromTcvn3("Céng hoµ x· héi chñ nghÜa ViÖt Nam")).toBe("Cộng hoà xã hội chủ nghĩa Việt Nam");
    expect(fromTcvn3("§éc lËp - Tù do - H¹nh phóc")).toBe("Độc lập - Tự do - Hạnh phúc");
  });

  it("upper-cases a line typed in a capitals font, and only that", () => {
    expect(fromTcvn3("KÕ HO¹CH")).toBe("KẾ HOẠCH");
    expect(fromTcvn3("Sè: 12/KH-UBND")).toBe("Số: 12/KH-UBND");
    expect(fromTcvn3("kÕ ho¹ch", true)).toBe("KẾ HOẠCH");
  });
});

describe("fromVni(text)", () => {
  it("reads VNI's vowel-and-mark pairs, ơ, ư and đ", () => {
    expect(fromVni("Keá hoaïch thöïc hieän")).toBe("Kế hoạch thực hiện");
    expect(fromVni("Ñaûng uûy xaõ, ngöôøi cao tuoåi, naêm")).toBe("Đảng ủy xã, người cao tuổi, năm");
    expect(fromVni("KEÁ HOAÏCH")).toBe("KẾ HOẠCH");
  });
});

describe("detectLegacy(text)", () => {
  it("finds TCVN3 and VNI by the everyday words they give", () => {
    expect(detectLegacy("Thùc hiÖn kÕ ho¹ch cña Ban Th­êng vô vÒ c«ng t¸c d©n sè")?.encoding).toBe("tcvn3");
    expect(detectLegacy("Thöïc hieän keá hoaïch cuûa Ban Thöôøng vuï veà coâng taùc daân soá")?.encoding).toBe("vni");
  });

  it("leaves Unicode Vietnamese alone, Latin-1 signs included", () => {
    expect(detectLegacy("Thực hiện kế hoạch của Ban Thường vụ về công tác dân số, nhiệt độ 30°C, § 2")).toBeNull();
    expect(detectLegacy("Plain English text without any Vietnamese at all.")).toBeNull();
  });
});

describe("convertLegacyLines(text)", () => {
  it("converts the legacy lines of a mixed text and keeps the Unicode ones", () => {
    const mixed =
      "Thực hiện kế hoạch của tỉnh về công tác dân số\nThùc hiÖn kÕ ho¹ch cña x· vÒ c«ng t¸c d©n sè\n§¶ng ñy";
    expect(convertLegacyLines(mixed)).toEqual({
      text: "Thực hiện kế hoạch của tỉnh về công tác dân số\nThực hiện kế hoạch của xã về công tác dân số\nĐảng ủy",
      converted: ["tcvn3"],
    });
  });
});
