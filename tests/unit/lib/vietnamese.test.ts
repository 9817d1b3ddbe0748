import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  foldSearch,
  foldSearchWithOffsets,
  foldVietnamese,
  isNfc,
  searchWords,
  slugify,
  toneInsensitiveKey,
} from "../../../src/lib/vietnamese.ts";

const key = (s: string) => toneInsensitiveKey(s).key;

describe("toneInsensitiveKey(text)", () => {
  it("gives old and new tone placement the same key", () => {
    expect(key("kế hoạch hoá gia đình")).toBe(key("kế hoạch hóa gia đình"));
    expect(key("Đảng uỷ")).toBe(key("Đảng ủy"));
    expect(key("khoá XII")).toBe(key("khóa XII"));
  });

  it("gives NFD and NFC input the same key", () => {
    expect(key("Nghị quyết".normalize("NFD"))).toBe(key("Nghị quyết"));
  });

  it("folds line breaks and runs of spaces into one space", () => {
    expect(key("công tác dân \n\n số")).toBe(key("công tác dân số"));
  });

  it("keeps different tones apart", () => {
    expect(key("mà")).not.toBe(key("má"));
    expect(key("dân số")).not.toBe(key("dân sổ"));
  });

  it("keeps case", () => {
    expect(key("Lão khoa")).not.toBe(key("lão khoa"));
  });
});

describe("foldVietnamese(text)", () => {
  it("drops diacritics and turns đ into d", () => {
    expect(foldVietnamese("Đắk Lắk")).toBe("dak lak");
    expect(foldVietnamese("Thừa Thiên Huế")).toBe("thua thien hue");
  });
});

describe("slugify(text)", () => {
  it("makes a slug without diacritics", () => {
    expect(slugify("Hải Phòng")).toBe("hai-phong");
    expect(slugify("Bà Rịa-Vũng Tàu")).toBe("ba-ria-vung-tau");
  });
});

describe("isNfc(text)", () => {
  it("tells composed from decomposed text", () => {
    expect(isNfc("Huế")).toBe(true);
    expect(isNfc("Huế".normalize("NFD"))).toBe(false);
  });
});

describe("foldSearch(text)", () => {
  it("folds exactly as foldSearchWithOffsets does, for every line of the source texts and for odd characters", () => {
    const lines = readdirSync("data/sources")
      .filter((f) => f.endsWith(".txt"))
      .flatMap((f) => readFileSync(`data/sources/${f}`, "utf8").split("\n"));
    const odd = [
      "İstanbul",
      "e\u0301",
      "\u0301x",
      "a\u1dc0b",
      "ǅ",
      "ﬁ",
      "Ⅻ",
      "x😀y",
      "ÅNGSTRÖM",
      "  Đ-đ  ",
      "ạ\u0483b",
      "",
    ];
    for (const text of [...lines, ...odd]) expect(foldSearch(text)).toBe(foldSearchWithOffsets(text).text);
  });

  it("finds text with diacritics from text typed without them", () => {
    expect(foldSearch("Thừa Thiên Huế")).toBe(foldSearch("thua thien hue"));
    expect(foldSearch("Sàng lọc sơ sinh")).toBe("sang loc so sinh");
  });

  it("turns đ and Đ into d", () => {
    expect(foldSearch("Đắk Lắk")).toBe("dak lak");
    expect(foldSearch("ĐẢNG ỦY")).toBe("dang uy");
  });

  it("gives both tone placements the same words", () => {
    expect(foldSearch("hoà")).toBe(foldSearch("hòa"));
    expect(foldSearch("Đảng uỷ")).toBe(foldSearch("Đảng ủy"));
    expect(foldSearch("khoá XII")).toBe(foldSearch("khóa XII"));
  });

  it("gives NFD and NFC input the same words", () => {
    expect(foldSearch("Kế hoạch".normalize("NFD"))).toBe(foldSearch("Kế hoạch"));
  });

  it("makes a document number the same words with or without spaces and after a line-break hyphen", () => {
    const words = "07 kh du cdsl";
    expect(foldSearch("07-KH/ĐU-CDSL")).toBe(words);
    expect(foldSearch("07 - KH/ĐU-CDSL")).toBe(words);
    expect(foldSearch("07-\nKH/ĐU-\nCDSL")).toBe(words);
    expect(foldSearch("07 – KH / ĐU – CDSL")).toBe(words);
  });

  it("turns every run of punctuation and spaces into one space and trims", () => {
    expect(foldSearch("  «dân số»,  (kế hoạch)… ")).toBe("dan so ke hoach");
    expect(foldSearch("!!! ... ???")).toBe("");
    expect(foldSearch("")).toBe("");
  });
});

describe("foldSearchWithOffsets(text)", () => {
  it("maps every folded character back to the character it came from", () => {
    const text = "Số 07 - KH/ĐU";
    const { text: folded, origin } = foldSearchWithOffsets(text);
    expect(folded).toBe("so 07 kh du");
    expect(text[origin[folded.indexOf("kh")]]).toBe("K");
    expect(text[origin[folded.indexOf("du")]]).toBe("Đ");
    expect(origin).toHaveLength(folded.length);
  });

  it("keeps offsets right after characters outside the Basic Multilingual Plane", () => {
    const text = "😀 Huế";
    const { text: folded, origin } = foldSearchWithOffsets(text);
    expect(folded).toBe("hue");
    expect(text.slice(origin[0])).toBe("Huế");
  });
});

describe("searchWords(text)", () => {
  it("splits folded text into words", () => {
    expect(searchWords("Kế hoạch 341-KH/TU")).toEqual(["ke", "hoach", "341", "kh", "tu"]);
  });

  it("gives no word for empty or punctuation-only text", () => {
    expect(searchWords("")).toEqual([]);
    expect(searchWords("— / …")).toEqual([]);
  });
});
