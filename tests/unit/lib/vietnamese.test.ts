import { describe, expect, it } from "vitest";
import { foldVietnamese, isNfc, slugify, toneInsensitiveKey } from "../../../src/lib/vietnamese.ts";

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
