import { describe, expect, it } from "vitest";
import { layoutText, type PageText, type TextPiece } from "../../../../src/lib/documents/pdf-layout.ts";

const W = 595;
const H = 842;
/** A piece of 12 pt text at `x`, on line `row` from the top of the page (one row = 18 pt). */
const at = (text: string, x: number, row: number, width = text.length * 6): TextPiece => ({
  text,
  x,
  y: H - 60 - row * 18,
  width,
  size: 12,
});
const page = (...pieces: TextPiece[]): PageText => ({ width: W, height: H, pieces });

describe("layoutText(pages)", () => {
  it("reads a letterhead whose two columns come line by line, as Word writes them, column by column", () => {
    const text = layoutText([
      page(
        at("ỦY BAN NHÂN DÂN", 60, 0),
        at("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 280, 0),
        at("XÃ TÂN LẬP", 70, 1),
        at("Độc lập - Tự do - Hạnh phúc", 320, 1),
        at("Số: 3/KH-UBND", 65, 2),
        at("Tân Lập, ngày 2 tháng 3 năm 2025", 300, 2),
        at("KẾ HOẠCH", 270, 4, 56),
        at("Thực hiện công tác dân số năm 2025 trên địa bàn xã Tân Lập.", 60, 5, 470),
      ),
    ]);
    expect(text.split("\n").slice(0, 8)).toEqual([
      "ỦY BAN NHÂN DÂN",
      "XÃ TÂN LẬP",
      "Số: 3/KH-UBND",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Tân Lập, ngày 2 tháng 3 năm 2025",
      "",
      "KẾ HOẠCH",
    ]);
  });

  it("drops a footer repeated on every page and a page number alone in the margin", () => {
    const footer = (n: number) => ({ text: `- ${n} -`, x: 290, y: 30, width: 20, size: 10 });
    const text = layoutText([
      page(at("Dòng một của trang một, đủ dài để là một đoạn văn bản.", 60, 0, 470), footer(1)),
      page(at("Dòng một của trang hai, đủ dài để là một đoạn văn bản.", 60, 0, 470), footer(2)),
      page(at("Dòng một của trang ba, đủ dài để là một đoạn văn bản.", 60, 0, 470), footer(3)),
    ]);
    expect(text).not.toMatch(/- \d -/);
    expect(text.split("\n").filter(Boolean)).toHaveLength(3);
  });

  it("joins a word cut by a hyphen at the end of a line, not a dash between words", () => {
    const text = layoutText([
      page(
        at("Thực hiện Kế hoạch số 341-", 60, 0, 200),
        at("KH/TU của Ban Thường vụ, và Độc lập - Tự do -", 60, 1, 300),
        at("Hạnh phúc", 60, 2, 60),
      ),
    ]);
    expect(text).toBe("Thực hiện Kế hoạch số 341-KH/TU của Ban Thường vụ, và Độc lập - Tự do -\nHạnh phúc\n");
  });

  it("keeps each table row on one line, wrapped cells joined, cells separated by tabs", () => {
    const text = layoutText([
      page(
        at("TT", 62, 0, 14),
        at("Nhiệm vụ", 90, 0, 50),
        at("Cơ quan", 360, 0, 45),
        at("Thời hạn", 450, 0, 45),
        at("1", 64, 1, 6),
        at("Khám sức khỏe tiền hôn nhân cho", 90, 1, 240),
        at("Sở Y tế", 360, 1, 40),
        at("Năm 2026", 450, 1, 50),
        at("thanh niên các xã", 90, 2, 110),
        at("2", 64, 3, 6),
        at("Kết nối dữ liệu dân cư", 90, 3, 150),
        at("Công an", 360, 3, 45),
        at("Hằng năm", 450, 3, 50),
        at("tỉnh", 360, 4, 24),
        at("Báo cáo kết quả về Sở Y tế trước ngày 15 tháng 12 hằng năm để tổng hợp.", 60, 6, 480),
      ),
    ]);
    expect(text.split("\n")).toEqual([
      "TT\tNhiệm vụ\tCơ quan\tThời hạn",
      "1\tKhám sức khỏe tiền hôn nhân cho thanh niên các xã\tSở Y tế\tNăm 2026",
      "2\tKết nối dữ liệu dân cư\tCông an tỉnh\tHằng năm",
      "",
      "Báo cáo kết quả về Sở Y tế trước ngày 15 tháng 12 hằng năm để tổng hợp.",
      "",
    ]);
  });
});
