import { describe, expect, it } from "vitest";
import { findInText, MAX_TEXT_MATCHES } from "../../../../src/lib/search/in-text.ts";

const found = (text: string, query: string) => findInText(text, query).map((m) => text.slice(m.start, m.end));

describe("findInText(text, raw)", () => {
  const text = "Thực hiện Kế hoạch số 341-\nKH/TU; tầm soát, sàng lọc sơ sinh. Đảng uỷ xã chỉ đạo; Đảng ủy phường.";

  it("finds a phrase typed without diacritics", () => {
    expect(found(text, "sang loc so sinh")).toEqual(["sàng lọc sơ sinh"]);
  });

  it("lets the last word begin a word", () => {
    expect(found(text, "sang loc so si")).toEqual(["sàng lọc sơ sinh"]);
  });

  it("finds both tone placements and d for đ", () => {
    expect(found(text, "dang uy")).toEqual(["Đảng uỷ", "Đảng ủy"]);
    expect(found(text, "Đảng ủy")).toEqual(["Đảng uỷ", "Đảng ủy"]);
  });

  it("finds a number broken after its hyphen, typed with or without spaces or Số", () => {
    expect(found(text, "341-KH/TU")).toEqual(["341-\nKH/TU"]);
    expect(found(text, "341 - KH/TU")).toEqual(["341-\nKH/TU"]);
    expect(found(text, "Số 341-KH/TU")).toEqual(["341-\nKH/TU"]);
    expect(found(text, "341KH/TU")).toEqual(["341-\nKH/TU"]);
  });

  it("keeps whole words at the start of a phrase", () => {
    expect(found("phường Nam Đồ Sơn", "am do")).toEqual([]);
  });

  it("finds nothing, without failing, for empty, punctuation-only or absurd input", () => {
    expect(findInText(text, "")).toEqual([]);
    expect(findInText(text, "?!…")).toEqual([]);
    expect(findInText(text, "dân số ".repeat(200))).toEqual([]);
  });

  it("stops at MAX_TEXT_MATCHES", () => {
    expect(findInText("a ".repeat(2000), "a")).toHaveLength(MAX_TEXT_MATCHES);
  });
});
