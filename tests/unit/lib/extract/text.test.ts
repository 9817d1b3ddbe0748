import { describe, expect, it } from "vitest";
import {
  collapseSpaces,
  foldSameLength,
  modernTonePlacement,
  normalizeSource,
  pageResidue,
  rx,
} from "../../../../src/lib/extract/text.ts";

describe("normalizeSource(raw)", () => {
  it("turns NFD text into NFC", () => {
    expect(normalizeSource("Kế hoạch".normalize("NFD"))).toBe("Kế hoạch");
  });

  it("turns Windows and old Mac line breaks into \\n", () => {
    expect(normalizeSource("a\r\nb\rc")).toBe("a\nb\nc");
  });

  it("drops a byte-order mark and keeps everything else", () => {
    expect(normalizeSource("\uFEFFSố 07 -  KH/ĐU")).toBe("Số 07 -  KH/ĐU");
  });
});

describe("foldSameLength(text)", () => {
  it("removes diacritics and tone marks whatever their placement, keeping the length", () => {
    const text = "Hoá HÓA Đảng uỷ\n";
    expect(foldSameLength(text)).toBe("hoa hoa dang uy ");
    expect(foldSameLength(text)).toHaveLength(text.length);
  });

  it("keeps every offset of a long text, characters outside the BMP and stray surrogates included", () => {
    const text = "Kế hoạch 📄 dân số. ".repeat(2000) + "\ud800 cuối";
    const folded = foldSameLength(text);
    expect(folded).toHaveLength(text.length);
    expect(folded.slice(0, 20)).toBe("ke hoach 📄 dan so. ");
    expect(folded.indexOf("cuoi")).toBe(text.indexOf("cuối"));
  });
});

describe("rx(pattern)", () => {
  it("matches a Vietnamese phrase across line breaks and tone placements", () => {
    expect(rx("kế hoạch hóa gia đình").test(foldSameLength("Kế hoạch hoá\ngia đình"))).toBe(true);
  });

  it("matches whole words only", () => {
    expect(rx("loa").test(foldSameLength("hoa loan"))).toBe(false);
  });
});

describe("modernTonePlacement(text)", () => {
  it("moves the tone to the modern position in oa, oe and uy syllables", () => {
    expect(modernTonePlacement("Thành uỷ, kế hoạch hoá, khoẻ mạnh, khoá XII")).toBe(
      "Thành ủy, kế hoạch hóa, khỏe mạnh, khóa XII",
    );
  });

  it("leaves syllables with a final consonant and qu alone", () => {
    expect(modernTonePlacement("hoàng quý Nguyễn")).toBe("hoàng quý Nguyễn");
  });
});

describe("pageResidue(text)", () => {
  it("finds PAGE lines, Trang n/m and lone page numbers but not text", () => {
    const text = "PAGE  \n3\nCăn cứ 12 điều\n- 4 -\nTrang 2/5\n";
    expect(pageResidue(text).map((r) => text.slice(r.start, r.end).trim())).toEqual([
      "PAGE",
      "3",
      "- 4 -",
      "Trang 2/5",
    ]);
  });
});

describe("collapseSpaces(text)", () => {
  it("joins lines and runs of spaces into single spaces", () => {
    expect(collapseSpaces("  công tác\n\n dân   số ")).toBe("công tác dân số");
  });
});
