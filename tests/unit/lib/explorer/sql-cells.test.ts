import { describe, expect, it } from "vitest";
import { csvField } from "../../../../src/lib/explorer/csv.ts";
import { csvCell, formatValue, shortenCell } from "../../../../src/lib/explorer/sql-cells.ts";

describe("formatValue(value, type)", () => {
  it("writes dates as YYYY-MM-DD and decimals with their point", () => {
    expect(formatValue(Date.UTC(2025, 3, 10), "Date32<DAY>")).toBe("2025-04-10");
    expect(formatValue({ toString: () => "-55" }, "Decimal[2e+1]")).toBe("-5.5");
    expect(formatValue({ toString: () => "5" }, "Decimal[4e+3]")).toBe("0.005");
    expect(formatValue(null, "Utf8")).toBe("");
  });
});

describe("shortenCell(text, max)", () => {
  it("cuts a long value and says how much was left out", () => {
    expect(shortenCell("x".repeat(5000), 10)).toBe(`${"x".repeat(10)}… (còn 4.990 ký tự)`);
    expect(shortenCell("ngắn", 10)).toBe("ngắn");
  });
});

describe("csvCell(value, type)", () => {
  it("keeps numbers as numbers, so a negative number is never prefixed", () => {
    expect(csvField(csvCell(-5, "Int32"))).toBe("-5");
    expect(csvField(csvCell(-2.5, "Float64"))).toBe("-2.5");
    expect(csvField(csvCell({ toString: () => "-55" }, "Decimal[2e+1]"))).toBe("-5.5");
  });

  it("treats everything else as text, so a formula is defused", () => {
    expect(csvField(csvCell('=HYPERLINK("http://x")', "Utf8"))).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField(csvCell("-5", "Utf8"))).toBe("'-5");
    expect(csvField(csvCell(Date.UTC(2025, 3, 10), "Date32<DAY>"))).toBe("2025-04-10");
  });
});
