import { describe, expect, it } from "vitest";
import { abbreviateIssuer, createProvinceFinder, guessIssuerLevel } from "../../../../src/lib/lineage/issuer.ts";

describe("abbreviateIssuer(issuer)", () => {
  it("shortens the usual words of Vietnamese issuers", () => {
    expect(abbreviateIssuer("Ban Thường vụ Tỉnh ủy Sơn La")).toBe("BTV Tỉnh ủy Sơn La");
    expect(abbreviateIssuer("Đảng ủy Ủy ban nhân dân tỉnh Sơn La")).toBe("ĐU UBND tỉnh Sơn La");
    expect(abbreviateIssuer("Văn phòng Ủy ban nhân dân thành phố Hải Phòng")).toBe("VP UBND TP Hải Phòng");
  });

  it("cuts a name still longer than 40 characters with an ellipsis", () => {
    const short = abbreviateIssuer("Ban Chỉ đạo công tác dân số và phát triển của tỉnh Quảng Ngãi mở rộng");
    expect(short.length).toBeLessThanOrEqual(40);
    expect(short.endsWith("…")).toBe(true);
  });
});

describe("guessIssuerLevel(issuer)", () => {
  it.each([
    ["Ban Chấp hành Trung ương Đảng khóa XII", "trung-uong"],
    ["Bộ Chính trị", "trung-uong"],
    ["Thủ tướng Chính phủ", "trung-uong"],
    ["Bộ Y tế", "trung-uong"],
    ["Ban Thường vụ Tỉnh ủy Sơn La", "tinh"],
    ["Đảng ủy Ủy ban nhân dân tỉnh Sơn La", "tinh"],
    ["Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Thừa Thiên Huế", "tinh"],
    ["Văn phòng Ủy ban nhân dân thành phố Hải Phòng", "tinh"],
    ["Huyện ủy Hương Khê", "huyen"],
    ["Ủy ban nhân dân thị xã Kỳ Anh", "huyen"],
    ["Ủy ban nhân dân phường Nam Đồ Sơn", "xa"],
    ["Bảo hiểm xã hội tỉnh Hà Tĩnh", "tinh"],
    ["Đảng ủy Trường Cao đẳng Sơn La", "don-vi"],
    ["Sở Tài nguyên và Môi trường", "tinh"],
  ])("reads %s as %s", (issuer, level) => {
    expect(guessIssuerLevel(issuer)).toBe(level);
  });

  it("returns null when the name says nothing about the level", () => {
    expect(guessIssuerLevel("Hội Kế hoạch hóa gia đình")).toBeNull();
  });
});

describe("createProvinceFinder(provinces)", () => {
  const find = createProvinceFinder({
    hue: { name: "Huế", oldNames: ["Thừa Thiên Huế"] },
    "quang-tri": { name: "Quảng Trị", oldNames: [], mergedFrom: ["Quảng Bình"] },
    "son-la": { name: "Sơn La", oldNames: [] },
  });

  it("finds a province by today's name, an old name or a merged province's name", () => {
    expect(find("Ban Thường vụ Tỉnh ủy Sơn La")).toBe("son-la");
    expect(find("Tỉnh ủy Thừa Thiên Huế")).toBe("hue");
    expect(find("Ủy ban nhân dân tỉnh Quảng Bình")).toBe("quang-tri");
  });

  it("finds nothing in a national issuer", () => {
    expect(find("Bộ Chính trị")).toBeUndefined();
  });
});
