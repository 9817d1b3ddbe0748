import { describe, expect, it } from "vitest";
import { findChromium } from "../../e2e/chromium.ts";

describe("findChromium(env)", () => {
  it("uses CHROMIUM_PATH when it points to a file", () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });

  it("refuses a CHROMIUM_PATH that does not exist, naming it", () => {
    expect(() => findChromium({ CHROMIUM_PATH: "/khong/co/chromium" })).toThrow(/CHROMIUM_PATH=\/khong\/co\/chromium/);
  });
});
