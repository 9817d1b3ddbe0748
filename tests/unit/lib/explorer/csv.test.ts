import { describe, expect, it } from "vitest";
import { BOM, csvField, defuseFormula, selectionCsv, toCsv } from "../../../../src/lib/explorer/csv.ts";
import type { PlanMeasureCell, PlanResult } from "../../../../src/lib/explorer/shape.ts";

describe("csvField(value)", () => {
  it("quotes fields with commas, quotes or line breaks", () => {
    expect(csvField("Sở Y tế, Sở Tài chính")).toBe('"Sở Y tế, Sở Tài chính"');
    expect(csvField('nói "không"')).toBe('"nói ""không"""');
    expect(csvField("hai\ndòng")).toBe('"hai\ndòng"');
    expect(csvField(null)).toBe("");
    expect(csvField(3)).toBe("3");
  });

  it("stops a spreadsheet from running a text cell as a formula", () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField("+cmd|' /C calc'!A0")).toBe("'+cmd|' /C calc'!A0");
    expect(csvField("-1")).toBe("'-1");
  });

  it("writes numbers, yes/no and literals as they are, even when negative", () => {
    expect(csvField(-5)).toBe("-5");
    expect(csvField(-2.5)).toBe("-2.5");
    expect(csvField(-12n)).toBe("-12");
    expect(csvField(false)).toBe("false");
    expect(csvField({ literal: "-5.50" })).toBe("-5.50");
    expect(csvField({ literal: "[1, 2]" })).toBe('"[1, 2]"');
  });
});

describe("defuseFormula(text)", () => {
  it("puts a ' before text that starts with = + - @, a tab or a carriage return", () => {
    for (const text of ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"])
      expect(defuseFormula(text), text).toBe(`'${text}`);
  });

  it("leaves other text unchanged, a formula sign inside it included", () => {
    for (const text of ["Kế hoạch 1", "a=b", " =1", "", "'=1"]) expect(defuseFormula(text), text).toBe(text);
  });
});

describe("toCsv(header, rows)", () => {
  it("starts with a UTF-8 byte-order mark and ends lines with CRLF", () => {
    const csv = toCsv(["a", "b"], [["Đắk Lắk", 1]]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}a,b\r\nĐắk Lắk,1\r\n`);
  });
});

describe("selectionCsv(results, cells, measures, chosen, origin)", () => {
  const plan: PlanResult = {
    slug: "kh-a",
    url: "/ke-hoach/kh-a/",
    title: "Kế hoạch A",
    shortTitle: "KH A",
    number: null,
    issuedLabel: "không ghi ngày (sau 24/9/2025)",
    sortDate: "2025-09-24",
    dateEstimated: true,
    issuer: "UBND phường Nam Đồ Sơn",
    issuerKind: "government",
    issuerLevel: "xa",
    province: "hai-phong",
    provinceName: "Hải Phòng",
    provinceAsWritten: null,
    placeName: "Phường Nam Đồ Sơn",
    measuresCoded: 2,
    measuresAtLevel: 1,
    matchedQuote: null,
  };
  const base = {
    slug: "kh-a",
    province: "hai-phong",
    issuerKind: "government",
    issuerLevel: "xa",
    date: null,
    estimated: true,
  } as const;
  const cells: PlanMeasureCell[] = [
    { ...base, measureId: "lao-khoa", level: 2, quote: "xây dựng mạng lưới lão khoa" },
    { ...base, measureId: "kinh-phi", level: null, quote: null },
  ];
  const measures = [
    { id: "lao-khoa", name: "Lão khoa", shortName: "Lão khoa" },
    { id: "kinh-phi", name: "Kinh phí", shortName: "Kinh phí" },
  ];

  it("writes a row per plan with a full link, every measure's level and the chosen measures' quotes", () => {
    const lines = selectionCsv([plan], cells, measures, ["lao-khoa"], "https://vi.example").split("\r\n");
    expect(lines[0]).toBe(
      `${BOM}Mã văn bản,Tên văn bản,Số hiệu,Ngày ban hành,Cơ quan ban hành,Cấp,Khối,Địa phương (nay),Đường dẫn,Mức: Lão khoa,Mức: Kinh phí,Trích dẫn: Lão khoa`,
    );
    expect(lines[1]).toBe(
      "kh-a,Kế hoạch A,,không ghi ngày (sau 24/9/2025),UBND phường Nam Đồ Sơn,Xã/phường,Chính quyền," +
        '"Phường Nam Đồ Sơn, Hải Phòng",https://vi.example/ke-hoach/kh-a/,2,Chưa mã hóa,xây dựng mạng lưới lão khoa',
    );
  });
});
