import { describe, expect, it } from "vitest";
import { buildQuery, indexTerms, MAX_QUERY_WORDS, numberToken } from "../../../../src/lib/search/query.ts";

describe("buildQuery(raw)", () => {
  it("folds what was typed the way the index folds text", () => {
    expect(buildQuery("Sàng lọc SƠ SINH")?.words).toEqual(["sang", "loc", "so", "sinh"]);
    expect(buildQuery("sang loc so sinh")?.words).toEqual(["sang", "loc", "so", "sinh"]);
  });

  it("turns đ into d", () => {
    expect(buildQuery("Đắk Lắk")?.words).toEqual(["dak", "lak"]);
  });

  it("gives both tone placements the same query", () => {
    expect(buildQuery("hoà")).toEqual(buildQuery("hòa"));
    expect(buildQuery("Đảng uỷ")).toEqual(buildQuery("Đảng ủy"));
  });

  it("gives a number the same key with or without spaces, with or without Số", () => {
    const key = "341khtu";
    expect(buildQuery("341-KH/TU")?.number).toBe(key);
    expect(buildQuery("341 - KH/TU")?.number).toBe(key);
    expect(buildQuery("Số 341-KH/TU")?.number).toBe(key);
    expect(buildQuery("số: 341 – KH / TU")?.number).toBe(key);
    expect(buildQuery("341KH/TU")?.number).toBe(key);
    expect(buildQuery("341-\nKH/TU")?.number).toBe(key);
  });

  it("drops the Số of a number but keeps the word số elsewhere", () => {
    expect(buildQuery("Số 341-KH/TU")?.words).toEqual(["341", "kh", "tu"]);
    expect(buildQuery("dân số")?.words).toEqual(["dan", "so"]);
  });

  it("ignores leading zeros of a number", () => {
    expect(buildQuery("07-KH/ĐU-CDSL")?.number).toBe(buildQuery("7-KH/DU-CDSL")?.number);
  });

  it("has no number key for words without digits or digits alone", () => {
    expect(buildQuery("lao khoa")?.number).toBeNull();
    expect(buildQuery("2025")?.number).toBeNull();
  });

  it("gives no query for empty, blank or punctuation-only input", () => {
    expect(buildQuery("")).toBeNull();
    expect(buildQuery("   \n\t")).toBeNull();
    expect(buildQuery("!!! ... /// ???")).toBeNull();
  });

  it("keeps an absurd query bounded instead of failing", () => {
    const q = buildQuery("dân số ".repeat(200) + "a b c d e f g h i j");
    expect(q?.words.length).toBeLessThanOrEqual(MAX_QUERY_WORDS);
    expect(buildQuery("x".repeat(1000))?.words).toEqual(["x".repeat(200)]);
  });

  it("counts each word once", () => {
    expect(buildQuery("dân số dan so")?.words).toEqual(["dan", "so"]);
  });
});

describe("numberToken(text)", () => {
  it("writes a printed number as one key", () => {
    expect(numberToken("Số 07 - KH/ĐU-CDSL")).toBe("7khducdsl");
    expect(numberToken("1745/QĐ-TTg")).toBe("1745qdttg");
  });

  it("gives an empty key for no number", () => {
    expect(numberToken("")).toBe("");
  });
});

describe("indexTerms(text, numberField)", () => {
  it("stores the folded words of a field", () => {
    expect(indexTerms("Thừa Thiên Huế")).toEqual(["thua", "thien", "hue"]);
  });

  it("stores numbers also without their leading zeros", () => {
    expect(indexTerms("07-KH")).toEqual(["07", "kh", "7"]);
  });

  it("stores the number key of a number field", () => {
    expect(indexTerms("341-KH/TU", true)).toContain("341khtu");
  });
});
