/**
 * Numbers are written the Vietnamese way (1.234,5) in the visible text of every built page: the live
 * site in dist/ and the fixture site, charts' ticks and tooltips included.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE_SITE } from "../fixture-corpus.ts";
import { englishNumbers, visibleText } from "./english-numbers.ts";

const pages = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "data" || name === "duckdb" ? [] : pages(path);
    return name.endsWith(".html") ? [path] : [];
  });

describe("englishNumbers(text)", () => {
  it("finds English thousands and decimals", () => {
    expect(englishNumbers("có 1,234 văn bản, tỷ lệ 2.69 con")).toHaveLength(2);
    expect(englishNumbers("3,321 xã")).toHaveLength(1);
    expect(englishNumbers("1.2 MB")).toHaveLength(1);
  });

  it("leaves Vietnamese numbers, dates, document numbers, sections and versions alone", () => {
    const legit = "1.234,5 người; 2,69 con; κ = 0,812; ngày 1.7.2025; 21-NQ/TW; QĐ 1745; mục 1.2. và 3.1.4; DuckDB 1.4";
    expect(englishNumbers(legit)).toEqual([]);
  });
});

describe("built pages", () => {
  for (const dir of ["dist", FIXTURE_SITE])
    it(`write numbers the Vietnamese way in ${dir}`, () => {
      const files = pages(dir);
      expect(files.length).toBeGreaterThan(10);
      const found = files.flatMap((f) => englishNumbers(visibleText(readFileSync(f, "utf8"))).map((m) => `${f}: ${m}`));
      expect(found).toEqual([]);
    });
});
