import { describe, expect, it } from "vitest";
import { activeFilterCount, EMPTY_STATE } from "../../../../src/lib/explorer/state.ts";

describe("activeFilterCount(state)", () => {
  it("is 0 for the empty state, whatever the tab and SQL", () => {
    expect(activeFilterCount(EMPTY_STATE)).toBe(0);
    expect(activeFilterCount({ ...EMPTY_STATE, tab: "sql", sql: "select 1" })).toBe(0);
    expect(activeFilterCount({ ...EMPTY_STATE, text: "   " })).toBe(0);
  });

  it("counts each chosen value of the lists", () => {
    expect(
      activeFilterCount({
        ...EMPTY_STATE,
        measures: ["lao-khoa", "du-lieu-dan-cu"],
        issuerLevels: ["tinh"],
        kinds: ["party"],
        provinces: ["hue", "quang-tri", "ha-noi"],
      }),
    ).toBe(7);
  });

  it("counts each date bound, the text and settings changed from their defaults", () => {
    expect(activeFilterCount({ ...EMPTY_STATE, from: "2025-07-01" })).toBe(1);
    expect(activeFilterCount({ ...EMPTY_STATE, from: "2025-07-01", to: "2025-12-31", text: "lão khoa" })).toBe(3);
    expect(activeFilterCount({ ...EMPTY_STATE, measures: ["lao-khoa"], minLevel: 2, mode: "all" })).toBe(3);
  });
});
