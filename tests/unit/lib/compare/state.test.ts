import { describe, expect, it } from "vitest";
import { compareHref, ignoredNotice, parseCompareParam } from "../../../../src/lib/compare/state.ts";

const known = new Set(["a", "b", "c", "d", "e"]);

describe("parseCompareParam(value, known)", () => {
  it("keeps two to four known slugs in the order of the address", () => {
    expect(parseCompareParam("b,a", known)).toEqual({ slugs: ["b", "a"], ignored: [] });
    expect(parseCompareParam("a,b,c,d", known).slugs).toEqual(["a", "b", "c", "d"]);
  });

  it("returns nothing chosen for a missing or empty parameter", () => {
    expect(parseCompareParam(null, known)).toEqual({ slugs: [], ignored: [] });
    expect(parseCompareParam(" , ,", known)).toEqual({ slugs: [], ignored: [] });
  });

  it("ignores a repeated slug and says so", () => {
    expect(parseCompareParam("a,b,a", known)).toEqual({
      slugs: ["a", "b"],
      ignored: [{ slug: "a", reason: "duplicate" }],
    });
  });

  it("ignores an unknown slug and says so", () => {
    expect(parseCompareParam("a,khong-co,b", known)).toEqual({
      slugs: ["a", "b"],
      ignored: [{ slug: "khong-co", reason: "unknown" }],
    });
  });

  it("keeps the first four and ignores the rest as too many", () => {
    expect(parseCompareParam("a,b,c,d,e", known)).toEqual({
      slugs: ["a", "b", "c", "d"],
      ignored: [{ slug: "e", reason: "too-many" }],
    });
  });

  it("trims spaces around slugs", () => {
    expect(parseCompareParam(" a , b ", known).slugs).toEqual(["a", "b"]);
  });
});

describe("compareHref(slugs)", () => {
  it("writes the slugs comma-separated in the ke-hoach parameter", () => {
    expect(compareHref(["a", "b"])).toBe("/so-sanh/?ke-hoach=a,b");
  });

  it("gives the bare page when nothing is chosen", () => {
    expect(compareHref([])).toBe("/so-sanh/");
  });
});

describe("ignoredNotice(ignored)", () => {
  it("names each ignored slug with its reason in Vietnamese", () => {
    const { ignored } = parseCompareParam("x,a,a,b,c,d,e", known);
    expect(ignoredNotice(ignored)).toBe(
      "Đã bỏ qua trong địa chỉ: “x” (không có kế hoạch này), “a” (trùng), “e” (quá 4 văn bản).",
    );
  });

  it("says nothing when nothing was ignored", () => {
    expect(ignoredNotice([])).toBeNull();
  });
});
