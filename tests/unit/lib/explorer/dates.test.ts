import { describe, expect, it } from "vitest";
import { daysInMonth, isoToField, parseDateRange, parseFieldDate } from "../../../../src/lib/explorer/dates.ts";

const refused = (typed: string) => {
  const r = parseFieldDate(typed);
  if (r.ok) throw new Error(`${typed} was accepted as ${r.iso}`);
  return r.message;
};

describe("parseFieldDate(typed)", () => {
  it("reads day/month/year with or without leading zeros, and with / - or .", () => {
    for (const typed of ["1/7/2025", "01/07/2025", " 1/07/2025 ", "1-7-2025", "1.7.2025", "01 / 07 / 2025"])
      expect(parseFieldDate(typed)).toEqual({ ok: true, iso: "2025-07-01" });
    expect(parseFieldDate("29/2/2024")).toEqual({ ok: true, iso: "2024-02-29" });
    expect(parseFieldDate("31/12/2100")).toEqual({ ok: true, iso: "2100-12-31" });
  });

  it("still reads YYYY-MM-DD, as addresses shared before carry it", () => {
    expect(parseFieldDate("2025-04-10")).toEqual({ ok: true, iso: "2025-04-10" });
  });

  it("says which day a month does not have", () => {
    expect(refused("31/02/2025")).toBe("Ngày 31/02/2025 không có: tháng 2 năm 2025 chỉ có 28 ngày.");
    expect(refused("29/2/2025")).toBe("Ngày 29/02/2025 không có: tháng 2 năm 2025 chỉ có 28 ngày.");
    expect(refused("31/4/2025")).toBe("Ngày 31/04/2025 không có: tháng 4 năm 2025 chỉ có 30 ngày.");
  });

  it("refuses day 0 and month 13, saying the day comes first", () => {
    expect(refused("00/05/2025")).toBe("Ngày 00/05/2025 không có: ngày phải từ 1 trở lên.");
    expect(refused("12/13/2025")).toBe("Ngày 12/13/2025 không có: tháng phải từ 1 đến 12 (ngày viết trước tháng).");
  });

  it("refuses years outside 2000–2100 and short years", () => {
    expect(refused("1/7/1999")).toBe("Ngày 01/07/1999: năm phải từ 2000 đến 2100.");
    expect(refused("1/7/2101")).toBe("Ngày 01/07/2101: năm phải từ 2000 đến 2100.");
    expect(refused("1/7/25")).toBe("Ngày “1/7/25”: hãy viết năm đủ bốn chữ số, ví dụ 01/07/2025.");
  });

  it("refuses what is not a date, mixed separators included", () => {
    expect(refused("hôm qua")).toBe("“hôm qua” không phải là ngày: hãy viết ngày/tháng/năm, ví dụ 01/07/2025.");
    expect(refused("1/7-2025")).toContain("không phải là ngày");
    expect(refused("07/2025")).toContain("không phải là ngày");
  });
});

describe("parseDateRange(from, to)", () => {
  it("reads both bounds and leaves empty fields null", () => {
    expect(parseDateRange("1/7/2025", "")).toEqual({ from: "2025-07-01", to: null, errors: {} });
    expect(parseDateRange("", "  ")).toEqual({ from: null, to: null, errors: {} });
  });

  it("puts each field's message on that field", () => {
    const r = parseDateRange("31/02/2025", "13/13/2025");
    expect(r.errors.from).toContain("chỉ có 28 ngày");
    expect(r.errors.to).toContain("tháng phải từ 1 đến 12");
  });

  it("refuses a start after the end, on the start field", () => {
    expect(parseDateRange("31/12/2025", "1/1/2025").errors).toEqual({
      from: "Ngày bắt đầu 31/12/2025 ở sau ngày kết thúc 01/01/2025: hãy đổi một trong hai ngày.",
    });
  });
});

describe("helpers", () => {
  it("counts February's days in leap and common years", () => {
    expect([daysInMonth(2024, 2), daysInMonth(2025, 2), daysInMonth(2000, 2), daysInMonth(2100, 2)]).toEqual([
      29, 28, 29, 28,
    ]);
  });

  it("writes an ISO date as the fields show it", () => {
    expect(isoToField("2025-07-01")).toBe("01/07/2025");
  });
});
