import { describe, expect, it } from "vitest";
import { formatIssued, formatNumber, formatPercent, levelLabel, sortDate } from "../../../src/lib/format.ts";
import { formatDate } from "../../../src/lib/labels.ts";

describe("formatDate(iso)", () => {
  it("writes the date as Vietnamese documents do", () => {
    expect(formatDate("2025-06-28")).toBe("28/6/2025");
    expect(formatDate("2018-06-04")).toBe("4/6/2018");
  });
});

describe("formatIssued(issued)", () => {
  it("shows the bounds of an unknown date", () => {
    expect(formatIssued({ after: "2025-09-24", note: "x" })).toBe("không ghi ngày (sau 24/9/2025)");
    expect(formatIssued({ after: "2025-04-10", before: "2025-07-01", note: "x" })).toBe(
      "không ghi ngày (sau 10/4/2025, trước 1/7/2025)",
    );
  });
});

describe("sortDate(issued)", () => {
  it("marks a date taken from a bound as estimated", () => {
    expect(sortDate({ after: "2025-09-24", note: "x" })).toEqual({ date: "2025-09-24", estimated: true });
    expect(sortDate({ date: "2025-06-28" })).toEqual({ date: "2025-06-28", estimated: false });
  });
});

describe("levelLabel(level)", () => {
  it("tells not coded from level 0", () => {
    expect(levelLabel(null)).toBe("Chưa mã hóa");
    expect(levelLabel(0)).toBe("0 · Không đề cập");
  });
});

describe("formatNumber(n)", () => {
  it("writes thousands with '.' and decimals with ','", () => {
    expect(formatNumber(1234.5)).toBe("1.234,5");
    expect(formatNumber(3321)).toBe("3.321");
    expect(formatNumber(1234567)).toBe("1.234.567");
    expect(formatNumber(999)).toBe("999");
    expect(formatNumber(111.56)).toBe("111,56");
    expect(formatNumber(2.69)).toBe("2,69");
    expect(formatNumber(0)).toBe("0");
  });

  it("writes up to 2 decimals by default, dropping trailing zeros", () => {
    expect(formatNumber(2.1)).toBe("2,1");
    expect(formatNumber(2.006)).toBe("2,01");
    expect(formatNumber(2.0001)).toBe("2");
    expect(formatNumber(1.25, { maxDecimals: 1 })).toBe("1,3");
    expect(formatNumber(12.04, { maxDecimals: 1 })).toBe("12");
  });

  it("writes exactly the decimals asked for, and negative numbers", () => {
    expect(formatNumber(0.8125, { decimals: 3 })).toBe("0,813");
    expect(formatNumber(-1234.5, { decimals: 2 })).toBe("-1.234,50");
    expect(formatNumber(-0.0001)).toBe("0");
  });
});

describe("formatPercent(share)", () => {
  it("writes a share as a whole percentage", () => {
    expect(formatPercent(0.298)).toBe("30%");
    expect(formatPercent(12.345)).toBe("1.235%");
  });
});
