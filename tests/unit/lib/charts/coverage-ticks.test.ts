import { describe, expect, it } from "vitest";
import { integerTicks } from "../../../../src/lib/charts/coverage.ts";

describe("integerTicks(max)", () => {
  it("gives each whole number once when there are few plans", () => {
    expect(integerTicks(2)).toEqual([0, 1, 2]);
  });

  it("steps so that at most about seven ticks are drawn", () => {
    expect(integerTicks(40)).toEqual([0, 7, 14, 21, 28, 35]);
  });
});
