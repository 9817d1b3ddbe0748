/**
 * Inter-coder agreement on an ordinal scale (levels 0–3), as policy trackers such as OxCGRT report for
 * their double coding: exact agreement, agreement on "adopted or not" (level above 0) and Cohen's kappa,
 * unweighted and quadratic-weighted.
 */

/** One cell coded by two coders: the first coder's level and the second's. */
export type LevelPair = readonly [number, number];

/** Agreement between two codings of the same cells. */
export interface Agreement {
  /** Number of cells compared. */
  cells: number;
  /** Cells where both coders chose the same level. */
  exact: number;
  /** Cells where both coders agree whether the measure is adopted (level above 0) or not. */
  adopted: number;
  /** Cohen's kappa with quadratic weights; null when it is undefined (both coders used one level only). */
  weightedKappa: number | null;
  /** Cohen's kappa without weights; null when it is undefined. */
  kappa: number | null;
}

/** Levels 0–3: the number of categories of the coding scale. */
const LEVELS = 4;

/**
 * Cohen's kappa for two codings of the same cells on levels 0 … categories − 1.
 * With `weights: "quadratic"`, a disagreement of d levels costs d² / (categories − 1)², so 1 ↔ 2 counts
 * far less than 0 ↔ 3; unweighted, every disagreement costs 1. Returns null when the chance
 * disagreement is zero (kappa is then undefined), and throws on a level outside the scale.
 */
export function cohenKappa(
  pairs: readonly LevelPair[],
  weights: "none" | "quadratic" = "none",
  categories = LEVELS,
): number | null {
  if (pairs.length === 0) return null;
  const first = new Array<number>(categories).fill(0);
  const second = new Array<number>(categories).fill(0);
  const cost = (i: number, j: number) =>
    weights === "quadratic" ? (i - j) ** 2 / (categories - 1) ** 2 : i === j ? 0 : 1;
  let observed = 0;
  for (const [a, b] of pairs) {
    for (const level of [a, b]) {
      if (!Number.isInteger(level) || level < 0 || level >= categories) {
        throw new RangeError(`Mức ${level} nằm ngoài thang 0–${categories - 1}.`);
      }
    }
    first[a]++;
    second[b]++;
    observed += cost(a, b);
  }
  let expected = 0;
  for (let i = 0; i < categories; i++) {
    for (let j = 0; j < categories; j++) expected += (first[i] * second[j] * cost(i, j)) / pairs.length;
  }
  return expected === 0 ? null : 1 - observed / expected;
}

/** Exact and adopted-or-not agreement and both kappas for two codings of the same cells. */
export function agreement(pairs: readonly LevelPair[]): Agreement {
  return {
    cells: pairs.length,
    exact: pairs.filter(([a, b]) => a === b).length,
    adopted: pairs.filter(([a, b]) => a > 0 === b > 0).length,
    weightedKappa: cohenKappa(pairs, "quadratic"),
    kappa: cohenKappa(pairs, "none"),
  };
}
