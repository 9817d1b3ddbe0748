import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { agreement } from "../../../src/lib/agreement.ts";
import { compareWithCodings, pairsNow, pairsThen, parseSecondCoding } from "../../../src/lib/second-coding.ts";

const HEADER = "plan,measure,second_coder,project_then";

describe("parseSecondCoding(text)", () => {
  it("reads rows, skipping a byte-order mark and blank lines", () => {
    expect(parseSecondCoding(`\uFEFF${HEADER}\r\nke-hoach-a,lao-khoa,2,1\n\n`)).toEqual([
      { plan: "ke-hoach-a", measure: "lao-khoa", secondCoder: 2, projectThen: 1 },
    ]);
  });

  it("refuses a wrong header", () => {
    expect(() => parseSecondCoding("plan,measure,level\n")).toThrow(`dòng 1 phải là "${HEADER}"`);
  });

  it("refuses a row with the wrong number of columns", () => {
    expect(() => parseSecondCoding(`${HEADER}\nke-hoach-a,lao-khoa,2\n`)).toThrow("dòng 2: cần 4 cột, có 3.");
  });

  it("refuses a level outside 0–3", () => {
    expect(() => parseSecondCoding(`${HEADER}\nke-hoach-a,lao-khoa,4,1\n`)).toThrow(
      'dòng 2: mức phải là một số từ 0 đến 3, nhận được "4".',
    );
  });

  it("refuses a cell given twice", () => {
    expect(() => parseSecondCoding(`${HEADER}\nke-hoach-a,lao-khoa,2,1\nke-hoach-a,lao-khoa,1,1\n`)).toThrow(
      "dòng 3: ô ke-hoach-a/lao-khoa đã có ở một dòng trước.",
    );
  });

  it("reproduces the agreement recorded before reconciliation from the stored file", () => {
    // The file keeps the project's levels at the time of the comparison, so the published historical
    // figures (93/100 exact, 97/100 adopted, weighted kappa 0.966, unweighted 0.895) must follow from it.
    const rows = parseSecondCoding(readFileSync("data/second-coding.csv", "utf8"));
    const then = agreement(pairsThen(rows));
    expect(then).toMatchObject({ cells: 100, exact: 93, adopted: 97 });
    expect(then.weightedKappa).toBeCloseTo(0.966, 3);
    expect(then.kappa).toBeCloseTo(0.895, 3);
  });
});

describe("compareWithCodings(rows, codingOf)", () => {
  const rows = parseSecondCoding(`${HEADER}\nke-hoach-a,lao-khoa,2,1\nke-hoach-a,kinh-phi,0,0\n`);

  it("adds today's level and note to each cell", () => {
    const cells = compareWithCodings(rows, (_plan, measure) =>
      measure === "lao-khoa" ? { level: 2, note: "Nâng lên 2." } : { level: 0 },
    );
    expect(cells[0]).toMatchObject({ projectThen: 1, projectNow: 2, secondCoder: 2, note: "Nâng lên 2." });
    expect(pairsNow(cells)).toEqual([
      [2, 2],
      [0, 0],
    ]);
  });

  it("refuses a cell whose plan or measure has no level today", () => {
    expect(() => compareWithCodings(rows, () => undefined)).toThrow(
      'không có mức hiện nay cho kế hoạch "ke-hoach-a", biện pháp "lao-khoa"',
    );
    expect(() => compareWithCodings(rows, () => ({ level: null }))).toThrow("ke-hoach-a");
  });
});
