/**
 * How many plans the plans × measures chart draws on every page that draws it (the overview, a
 * locality's page, the explorer), and what a capped chart says about itself.
 */
import { formatNumber } from "../format.ts";

/**
 * The chart draws at most this many plans, the newest ones. 40: at 28 px a row the wide chart stays
 * within about 1,250 px (a desktop screen and a half) and the phone layout (46 px a row) within about
 * two phone screens; past that a reader loses the measure columns' headings. The explorer redraws the
 * chart on every filter change, so fewer cells (40 × about 20 measures) also keep that redraw cheap.
 */
export const MATRIX_READABLE_PLANS = 40;

/** The plans the chart draws, from a list sorted newest first. */
export function matrixPlans<T>(newestFirst: readonly T[]): T[] {
  return newestFirst.slice(0, MATRIX_READABLE_PLANS);
}

/** What the chart says when `total` plans are more than it draws; null when it draws them all. */
export function matrixCapNote(total: number): string | null {
  return total > MATRIX_READABLE_PLANS
    ? `Ma trận chỉ vẽ ${formatNumber(MATRIX_READABLE_PLANS)} văn bản mới nhất trong ${formatNumber(total)} văn bản`
    : null;
}
