import { describe, expect, it } from "vitest";
import { extractMetadata } from "../../../../src/lib/extract/metadata.ts";
import { looksLikeName } from "../../../../src/lib/extract/names.ts";

const header = (lines: string[]) => `${lines.join("\n")}\n\nKẾ HOẠCH\nvề công tác dân số\n\nI. MỤC ĐÍCH\n`;

describe("extractMetadata(source)", () => {
  it("reads a number printed with spaces and keeps its letter case", () => {
    const m = extractMetadata(header(["ĐẢNG ỦY TRƯỜNG X", "Số 07 - KH/ĐU-CDSL", "Sơn La, ngày 28 tháng 6 năm 2025"]));
    expect(m.number).toBe("07-KH/ĐU-CDSL");
    expect(m.numberPrinted).toBe("07 - KH/ĐU-CDSL");
    expect(extractMetadata(header(["Số: 955-CTr/TU"])).number).toBe("955-CTr/TU");
  });

  it("reads the date written in words and in figures", () => {
    expect(extractMetadata(header(["Sơn La, ngày 28 tháng 6 năm 2025"])).date).toBe("2025-06-28");
    expect(extractMetadata(header(["Sơn La, 28/6/2025"])).date).toBe("2025-06-28");
    expect(extractMetadata(header(["Hà Tĩnh, ngày 05-11-2024"])).date).toBe("2024-11-05");
  });

  it("gives month bounds when the day is left blank", () => {
    const m = extractMetadata(header(["Số:      /KH-UBND", "Huế, ngày      tháng 9 năm 2025"]));
    expect(m.number).toBeNull();
    expect(m.numberBlank).toBe(true);
    expect(m.date).toBeUndefined();
    expect(m.month).toEqual({ after: "2025-08-31", before: "2025-09-30", text: "tháng 9 năm 2025" });
  });

  it("refuses a date that does not exist", () => {
    expect(extractMetadata(header(["Huế, ngày 30 tháng 2 năm 2025"])).date).toBeUndefined();
  });

  it("finds neither number nor date when the text has none", () => {
    const m = extractMetadata("KẾ HOẠCH\nThực hiện Kết luận số 149-KL/TW\n\nI. MỤC ĐÍCH\n");
    expect(m.number).toBeNull();
    expect(m.numberBlank).toBe(false);
    expect(m.date).toBeUndefined();
    expect(m.month).toBeUndefined();
  });

  it("reads the title lines after the type heading, up to the opening paragraph", () => {
    const m = extractMetadata(
      "KẾ HOẠCH\nThực hiện Kết luận số 149-KL/TW của\nBộ Chính trị về công tác dân số\n\nThực hiện Kế hoạch số 1-KH/TU, Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n",
    );
    expect(m.title).toBe("Kế hoạch thực hiện Kết luận số 149-KL/TW của Bộ Chính trị về công tác dân số");
    expect(m.issuerPhrase).toBe("Ban Thường vụ Huyện ủy");
  });

  it("spells out the issuer's abbreviations and modernises its tone placement", () => {
    const m = extractMetadata(
      "KẾ HOẠCH\nVề dân số\n\nCăn cứ Luật; UBND tỉnh ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n",
    );
    expect(m.issuerPhrase).toBe("Ủy ban nhân dân tỉnh");
  });

  it("reads the signer's name and the title lines above it", () => {
    const m = extractMetadata(
      "KẾ HOẠCH\nVề dân số\n\nI. MỤC ĐÍCH\nNội dung.\n\nNơi nhận:\n- Lưu VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(đã ký)\n\nNGUYỄN VĂN AN\n",
    );
    expect(m.signer).toEqual({ name: "Nguyễn Văn An", title: "TM. Ủy ban nhân dân, KT. Chủ tịch, Phó Chủ tịch" });
  });

  it("lists the bodies of the header in normal case, without the national motto", () => {
    const m = extractMetadata(
      header(["ĐẢNG BỘ TỈNH THỪA THIÊN HUẾ", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG CỘNG SẢN VIỆT NAM"]),
    );
    expect(m.headerBodies).toEqual(["Đảng bộ tỉnh Thừa Thiên Huế", "Đảng ủy Khối các cơ quan tỉnh"]);
  });

  it("joins a body printed on two lines", () => {
    const m = extractMetadata(
      header([
        "ỦY BAN NHÂN DÂN",
        "TỈNH QUẢNG NGÃI",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
      ]),
    );
    expect(m.headerBodies).toEqual(["Ủy ban nhân dân tỉnh Quảng Ngãi"]);
  });
});

describe("looksLikeName(line)", () => {
  it("reads a family name that is also the first word of a body (Đoàn, Lưu) as a name", () => {
    expect(looksLikeName("Đoàn Thị Mỹ Linh")).toBe(true);
    expect(looksLikeName("Lưu Quang Vinh")).toBe(true);
  });

  it("does not read a body or a recipient line as a name", () => {
    expect(looksLikeName("Đoàn Thanh niên")).toBe(false);
    expect(looksLikeName("Đoàn Trường")).toBe(false);
    expect(looksLikeName("Lưu VT")).toBe(false);
  });
});
