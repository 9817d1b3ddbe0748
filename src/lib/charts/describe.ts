/** Text descriptions of what a chart shows, written from its data (the chart's text alternative). */
import type { LevelCounts } from "./data.ts";

/** "A, B và C" — a Vietnamese list. */
export function listVi(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} và ${items[items.length - 1]}`;
}

/** A measure's short name in quotes, since some names hold a comma ("Lãnh đạo, chỉ đạo"). */
const quoted = (c: LevelCounts) => `“${c.measure.short}”`;

/** Plans that code a measure at level 2 or 3. */
export const concrete = (c: LevelCounts) => c.counts[2] + c.counts[3];

/** Plans that code the measure at all (0–3). */
export const coded = (c: LevelCounts) => c.counts[0] + c.counts[1] + c.counts[2] + c.counts[3];

/** At most `n` names, then how many more. */
function some(names: string[], n = 4): string {
  return names.length > n ? `${names.slice(0, n).join(", ")} và ${names.length - n} biện pháp khác` : listVi(names);
}

/**
 * One or two sentences on which measures lead and which are left out, e.g. "Được nhiều kế hoạch nêu
 * thành nhiệm vụ cụ thể (mức 2–3) nhất: “Truyền thông” (5/5 kế hoạch). Không kế hoạch nào đề cập:
 * “Lão khoa”." With a single plan, says how many measures it makes concrete and which it leaves out.
 */
export function leadersAndGaps(counts: readonly LevelCounts[]): string {
  const codedCounts = counts.filter((c) => coded(c) > 0);
  if (codedCounts.length === 0) return "Chưa có kế hoạch nào được mã hóa.";
  const plans = Math.max(...codedCounts.map(coded));
  const absent = codedCounts.filter((c) => c.counts[0] === coded(c)).map(quoted);
  if (plans === 1) {
    const made = codedCounts.filter((c) => concrete(c) > 0).length;
    return (
      `Kế hoạch nêu ${made} biện pháp thành nhiệm vụ cụ thể (mức 2–3)` +
      (absent.length > 0 ? `; không đề cập ${some(absent, 6)}.` : ".")
    );
  }
  const sentences: string[] = [];
  const best = Math.max(...codedCounts.map(concrete));
  if (best > 0) {
    const leaders = codedCounts.filter((c) => concrete(c) === best).map(quoted);
    sentences.push(
      `Được nhiều kế hoạch nêu thành nhiệm vụ cụ thể (mức 2–3) nhất: ${some(leaders)} (${best}/${plans} kế hoạch).`,
    );
  }
  if (absent.length > 0) sentences.push(`Không kế hoạch nào đề cập: ${some(absent, 6)}.`);
  return sentences.join(" ");
}
