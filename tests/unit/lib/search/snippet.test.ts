import { describe, expect, it } from "vitest";
import { findMatches, snippet } from "../../../../src/lib/search/snippet.ts";

const marked = (text: string, terms: string[], prefix = false) =>
  findMatches(text, terms, prefix).map((m) => text.slice(m.start, m.end));

describe("findMatches(text, terms)", () => {
  it("finds words with diacritics from folded terms", () => {
    expect(marked("Tầm soát, chẩn đoán trước sinh, sơ sinh", ["so", "sinh"])).toEqual(["sinh", "sơ", "sinh"]);
  });

  it("finds both tone placements", () => {
    expect(marked("kế hoạch hoá gia đình, hòa nhập", ["hoa"])).toEqual(["hoá", "hòa"]);
  });

  it("finds text in NFD and gives offsets in it", () => {
    const text = "Đắk Lắk".normalize("NFD");
    expect(marked(text, ["lak"])).toEqual(["Lắk".normalize("NFD")]);
  });

  it("finds a number printed with spaces or broken after a hyphen as one match", () => {
    expect(marked("Số 07 - KH/ĐU-CDSL ngày", ["7khducdsl"])).toEqual(["07 - KH/ĐU-CDSL"]);
    expect(marked("theo 341-\nKH/TU", ["341khtu"])).toEqual(["341-\nKH/TU"]);
  });

  it("finds word beginnings only when asked", () => {
    expect(marked("Hà Tĩnh, Hải Phòng", ["ha"])).toEqual(["Hà"]);
    expect(marked("Hà Tĩnh, Hải Phòng", ["ha"], true)).toEqual(["Hà", "Hải"]);
  });

  it("finds nothing for no terms", () => {
    expect(findMatches("dân số", [])).toEqual([]);
  });
});

describe("snippet(text, terms, size)", () => {
  it("cuts around the first match and marks it", () => {
    const text = `${"mở đầu ".repeat(60)}mạng lưới lão khoa ${"kết thúc ".repeat(60)}`;
    const parts = snippet(text, ["lao", "khoa"], 80);
    expect(parts[0].text).toBe("…");
    expect(parts.at(-1)?.text).toBe("…");
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(["lão", "khoa"]);
    expect(parts.map((p) => p.text).join("").length).toBeLessThanOrEqual(84);
  });

  it("gives the start of the text when nothing matches", () => {
    expect(snippet("Kế hoạch dân số", ["xyz"])).toEqual([{ text: "Kế hoạch dân số", mark: false }]);
  });
});
