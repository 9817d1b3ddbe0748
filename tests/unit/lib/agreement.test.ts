import { describe, expect, it } from "vitest";
import { agreement, cohenKappa, type LevelPair } from "../../../src/lib/agreement.ts";

// Four cells on levels 0–3, coder A then coder B; they differ only on the second cell (1 against 2).
// A uses each level once: marginals 1/4 each. B: level 0 once, 2 twice, 3 once: 1/4, 0, 1/2, 1/4.
const SMALL: LevelPair[] = [
  [0, 0],
  [1, 2],
  [2, 2],
  [3, 3],
];

describe("cohenKappa(pairs, weights)", () => {
  it("computes the quadratic-weighted kappa of a hand-worked example", () => {
    // Weights (i − j)² / 9. Observed disagreement: one cell of four at distance 1 → (1/4)(1/9) = 1/36.
    // Chance disagreement: Σ_i Σ_j pA_i pB_j (i − j)² / 9. With pA_i = 1/4 for every i, the column sums
    // Σ_i (i − j)² are 14, 6, 6, 14, so Σ = (1/4)(14/4 + 0·6 + 6/2 + 14/4) = 10/4 = 2.5 → 2.5/9 = 5/18.
    // κw = 1 − (1/36) / (5/18) = 1 − 1/10 = 0.9.
    expect(cohenKappa(SMALL, "quadratic")).toBeCloseTo(0.9, 12);
  });

  it("computes the unweighted kappa of the same example", () => {
    // Observed agreement 3/4; chance agreement Σ pA_i pB_i = 1/16 + 0 + 1/8 + 1/16 = 1/4.
    // κ = (3/4 − 1/4) / (1 − 1/4) = 2/3.
    expect(cohenKappa(SMALL)).toBeCloseTo(2 / 3, 12);
  });

  it("gives 1 for identical codings and a negative value for systematic disagreement", () => {
    expect(
      cohenKappa(
        SMALL.map(([a]) => [a, a] as const),
        "quadratic",
      ),
    ).toBe(1);
    expect(
      cohenKappa(
        [
          [0, 3],
          [3, 0],
        ],
        "quadratic",
      ),
    ).toBeLessThan(0);
  });

  it("returns null when both coders used one level only", () => {
    expect(
      cohenKappa(
        [
          [0, 0],
          [0, 0],
        ],
        "quadratic",
      ),
    ).toBeNull();
    expect(cohenKappa([])).toBeNull();
  });

  it("refuses a level outside 0–3", () => {
    expect(() => cohenKappa([[4, 0]])).toThrow("Mức 4 nằm ngoài thang 0–3.");
  });
});

describe("agreement(pairs)", () => {
  it("counts exact and adopted-or-not agreement", () => {
    const result = agreement([...SMALL, [0, 1]]);
    expect(result.cells).toBe(5);
    expect(result.exact).toBe(3);
    // 1 against 2 is still "adopted" for both; 0 against 1 is not.
    expect(result.adopted).toBe(4);
  });
});
