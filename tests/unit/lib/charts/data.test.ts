import { describe, expect, it } from "vitest";
import { levelCounts, matrixOrder } from "../../../../src/lib/charts/data.ts";
import { leadersAndGaps, listVi } from "../../../../src/lib/charts/describe.ts";
import type { PlanMeasureRow } from "../../../../src/lib/charts/types.ts";

function row(slug: string, measureId: string, level: number | null, date = "2025-01-01"): PlanMeasureRow {
  return {
    slug,
    shortTitle: slug.toUpperCase(),
    measureId,
    measureName: measureId,
    measureShort: measureId,
    group: "g",
    level,
    province: null,
    issuerKind: "party",
    issuerLevel: "tinh",
    date,
    estimated: false,
  };
}

const rows = [
  row("a", "m1", 0),
  row("a", "m2", 1),
  row("b", "m1", 3),
  row("b", "m2", 0),
  row("c", "m1", 2),
  row("c", "m2", 2),
  row("nq", "m1", null, "2017-10-25"),
  row("nq", "m2", null, "2017-10-25"),
];

describe("matrixOrder(rows)", () => {
  it("puts the documents not coded first, then plans from the most to the least committed", () => {
    expect(matrixOrder(rows).plans.map((p) => p.slug)).toEqual(["nq", "c", "b", "a"]);
  });

  it("orders measures from the most to the least adopted", () => {
    expect(matrixOrder(rows).measures.map((m) => m.id)).toEqual(["m1", "m2"]);
  });

  it("keeps the input order between equals, so the drawing is the same on every build", () => {
    const tie = [row("x", "m1", 1), row("y", "m1", 1), row("x", "m2", 1), row("y", "m2", 1)];
    expect(matrixOrder(tie).plans.map((p) => p.slug)).toEqual(["x", "y"]);
    expect(matrixOrder(tie).measures.map((m) => m.id)).toEqual(["m1", "m2"]);
  });
});

describe("levelCounts(rows)", () => {
  it("counts plans at each level and, apart, those not coded", () => {
    const [m1] = levelCounts(rows);
    expect(m1.counts).toEqual([1, 0, 1, 1]);
    expect(m1.notCoded).toBe(1);
    expect(m1.score).toBe(5);
  });
});

describe("leadersAndGaps(counts)", () => {
  it("names the measure most often made a concrete task, and those nobody mentions", () => {
    const text = leadersAndGaps(levelCounts([...rows, row("a", "m3", 0), row("b", "m3", 0), row("c", "m3", 0)]));
    expect(text).toContain("“m1” (2/3 kế hoạch)");
    expect(text).toContain("Không kế hoạch nào đề cập: “m3”.");
  });

  it("says when nothing is coded yet", () => {
    expect(leadersAndGaps(levelCounts([row("nq", "m1", null)]))).toBe("Chưa có kế hoạch nào được mã hóa.");
  });
});

describe("listVi(items)", () => {
  it("joins the last item with “và”", () => {
    expect(listVi(["A", "B", "C"])).toBe("A, B và C");
    expect(listVi(["A"])).toBe("A");
  });
});
