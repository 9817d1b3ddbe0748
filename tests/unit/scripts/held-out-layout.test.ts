import { describe, expect, it } from "vitest";
import { layoutOf } from "../../../scripts/lib/held-out-layout.ts";

const TEXT = [
  "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "XÃ AN PHÚ\tĐộc lập - Tự do - Hạnh phúc",
  "",
  "KẾ HOẠCH",
  "Về công tác dân số năm 2026",
  "",
  "I. MỤC ĐÍCH, YÊU CẦU",
  "- Nâng cao nhận thức của nhân dân.",
  "TT\tNội dung\tChủ trì\tThời hạn",
  "1\tTập huấn cộng tác viên\tTrạm Y tế\tQuý I/2026",
  "",
  "Nơi nhận:",
  "- Lưu: VT.",
  "",
  "CHỦ TỊCH",
  "",
  "Võ Thanh Tâm",
].join("\n");

describe("layoutOf(text)", () => {
  const blocks = layoutOf(TEXT);

  it("puts the header lines before the type heading in a two-column letterhead", () => {
    expect(blocks[0]).toEqual({
      kind: "letterhead",
      rows: [
        ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["XÃ AN PHÚ", "Độc lập - Tự do - Hạnh phúc"],
      ],
    });
  });

  it("centres the type heading and the title, and keeps section headings bold on the left", () => {
    expect(blocks[1]).toMatchObject({ text: "KẾ HOẠCH", align: "center", bold: true });
    expect(blocks[2]).toMatchObject({ text: "Về công tác dân số năm 2026", align: "center", bold: true });
    expect(blocks[3]).toMatchObject({ text: "I. MỤC ĐÍCH, YÊU CẦU", align: "left", bold: true });
  });

  it("makes lines with two or more tabs one table, a row per line", () => {
    expect(blocks.find((b) => b.kind === "table")).toEqual({
      kind: "table",
      rows: [
        ["TT", "Nội dung", "Chủ trì", "Thời hạn"],
        ["1", "Tập huấn cộng tác viên", "Trạm Y tế", "Quý I/2026"],
      ],
    });
  });

  it("sets the signature after the recipients on the right", () => {
    const right = blocks.filter((b) => b.kind === "paragraph" && b.align === "right");
    expect(right.map((b) => (b.kind === "paragraph" ? b.text : ""))).toEqual(["CHỦ TỊCH", "Võ Thanh Tâm"]);
  });
});
