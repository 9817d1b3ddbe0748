import { describe, expect, it } from "vitest";
import { rangeTotal, readPlan } from "../../../../src/lib/explorer/http-range.ts";

const MB = 1024 * 1024;

describe("rangeTotal(header)", () => {
  it("reads the file's size from Content-Range", () => {
    expect(rangeTotal("bytes 0-0/3420160")).toBe(3420160);
    expect(rangeTotal(" bytes 0-15/16 ")).toBe(16);
  });
  it("gives null for a missing, unknown-size or malformed header", () => {
    expect(rangeTotal(null)).toBeNull();
    expect(rangeTotal("bytes 0-0/*")).toBeNull();
    expect(rangeTotal("bytes */100")).toBeNull();
  });
});

describe("readPlan(status, contentLength, contentRange, wholeMax)", () => {
  it("reads a large file by ranges when the server sent exactly the one byte", () => {
    expect(readPlan(206, "1", "bytes 0-0/33828864", 8 * MB)).toEqual({ kind: "ranges", size: 33828864 });
  });
  it("downloads a small file whole, in one more request", () => {
    expect(readPlan(206, "1", "bytes 0-0/3420160", 8 * MB)).toEqual({ kind: "fetch-whole", size: 3420160 });
  });
  it("keeps the answer as the whole file when the server ignored the range", () => {
    expect(readPlan(200, "33828864", null, 8 * MB)).toEqual({ kind: "this-is-whole" });
    // A server that answers 206 with the whole file (sirv does, for bytes=0-0).
    expect(readPlan(206, "33828864", "bytes 0-33828863/33828864", 8 * MB)).toEqual({ kind: "this-is-whole" });
  });
  it("never reads by ranges without a size", () => {
    expect(readPlan(206, "1", null, 0)).toEqual({ kind: "this-is-whole" });
  });
});
