import { describe, expect, it } from "vitest";
import { formatIssued, levelLabel, sortDate } from "../../../src/lib/format.ts";
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
