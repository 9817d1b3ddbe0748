import { describe, expect, it } from "vitest";
import { extractReferences, track, type KnownDocument } from "../../../../src/lib/extract/references.ts";
import { segment } from "../../../../src/lib/extract/segment.ts";

const KNOWN: KnownDocument[] = [
  {
    number: "21-NQ/TW",
    issuer: "Ban Chấp hành Trung ương Đảng khóa XII",
    date: "2017-10-25",
    docType: "nghi-quyet",
    issuerLevel: "trung-uong",
  },
  { number: "149-KL/TW", issuer: "Bộ Chính trị", date: "2025-04-10", docType: "ket-luan", issuerLevel: "trung-uong" },
];

const refs = (opening: string, kind: "party" | "government" = "party", provinceName?: string) =>
  extractReferences(
    segment(`KẾ HOẠCH\nVề công tác dân số\n\n${opening}\n\nI. MỤC ĐÍCH\n- Nội dung.\n`),
    { number: null, issuerKind: kind, provinceName, title: "Về công tác dân số" },
    KNOWN,
  );

describe("extractReferences(segmented, own, known)", () => {
  it('keeps a body whose name holds "và" whole, and stops at a "và" that joins two bodies', () => {
    const r = refs(
      "Thực hiện Kế hoạch số 77/KH-SDTTG ngày 02/9/2025 của Sở Dân tộc và Tôn giáo tỉnh Lâm Đồng và Công văn số 12/SYT-NVY ngày 05/9/2025 của Sở Y tế và Sở Tài chính, Ủy ban nhân dân xã ban hành Kế hoạch:",
      "government",
    );
    expect(r.map((x) => x.issuer)).toEqual(["Sở Dân tộc và Tôn giáo tỉnh Lâm Đồng", "Sở Y tế"]);
  });

  it("makes the document of the opening Thực hiện the direct parent and the others cited", () => {
    const r = refs(
      "Thực hiện Kế hoạch số 26-KH/ĐU ngày 11/6/2025 của Đảng ủy Ủy ban nhân dân tỉnh về thực hiện Kết luận số 149-KL/TW, Ban Thường vụ ban hành Kế hoạch:",
    );
    expect(r.map((x) => [x.relation, x.number, x.date])).toEqual([
      ["thuc-hien", "26-KH/ĐU", "2025-06-11"],
      ["can-cu", "149-KL/TW", "2025-04-10"],
    ]);
  });

  it("falls back on Căn cứ and picks the latest document on the issuer's own track", () => {
    const r = refs(
      "Căn cứ Kết luận số 149-KL/TW ngày 10/4/2025 của Bộ Chính trị;\nCăn cứ Quyết định số 1745/QĐ-TTg ngày 15/8/2025 của Thủ tướng Chính phủ;\nUBND tỉnh ban hành Kế hoạch:",
      "government",
    );
    expect(r[0]).toMatchObject({ relation: "thuc-hien", number: "1745/QĐ-TTg", issuer: "Thủ tướng Chính phủ" });
  });

  it("joins a number broken across lines and completes a national document from what is known", () => {
    const r = refs(
      "Thực hiện Nghị quyết số 21-\nNQ/TW của Hội nghị lần thứ sáu Ban Chấp hành Trung ương, Huyện ủy ban hành kế hoạch:",
    );
    expect(r[0]).toMatchObject({
      number: "21-NQ/TW",
      issuer: "Ban Chấp hành Trung ương Đảng khóa XII",
      date: "2017-10-25",
    });
  });

  it("adds the province to a local issuer that names none", () => {
    const r = refs(
      "Thực hiện Kế hoạch số 42-KH/TU ngày 02/02/2018 của Ban Thường vụ Tỉnh uỷ, Huyện ủy ban hành kế hoạch:",
      "party",
      "Quảng Bình",
    );
    expect(r[0].issuer).toBe("Ban Thường vụ Tỉnh ủy Quảng Bình");
  });

  it("marks a citation without issuer as missing", () => {
    const r = refs("Thực hiện Kế hoạch số 9-KH/TU, Huyện ủy ban hành kế hoạch:");
    expect(r[0].issuerMissing).toBe(true);
  });

  it("ignores an appendix's note of the plan it belongs to", () => {
    expect(refs("(Kèm theo Kế hoạch số 17-KH/ĐU ngày 18/6/2025 của Đảng ủy)")).toEqual([]);
  });
});

describe("track(number)", () => {
  it("tells party numbers from state numbers", () => {
    expect(track("26-KH/ĐU")).toBe("party");
    expect(track("1745/QĐ-TTg")).toBe("government");
    expect(track("9244/VP-VX")).toBe("government");
  });
});
