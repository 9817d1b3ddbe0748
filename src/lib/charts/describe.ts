/** Text descriptions of what a chart shows, written from its data (the chart's text alternative). */
import type { LevelCounts } from "./data.ts";

/** "A, B và C" — a Vietnamese list. */
export function listVi(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} và ${items[items.length - 1]}`;
}

/** Plans that code a measure at level 2 or 3. */
export const concrete = (c: LevelCounts) => c.counts[2] + c.counts[3];

/** Plans that code the measure at all (0–3). */
export const coded = (c: LevelCounts) => c.counts[0] + c.counts[1] + c.counts[2] + c.counts[3];

/**
 * One sentence on which measures lead and which are left out, e.g. "Nhiều kế hoạch cam kết cụ thể
 * nhất: Truyền thông (5/5). Không kế hoạch nào đề cập: Lão khoa."
 */
export function leadersAndGaps(counts: readonly LevelCounts[]): string {
  const codedCounts = counts.filter((c) => coded(c) > 0);
  if (codedCounts.length === 0) return "Chưa có kế hoạch nào được mã hóa.";
  const best = Math.max(...codedCounts.map(concrete));
  const sentences: string[] = [];
  if (best > 0) {
    const leaders = codedCounts.filter((c) => concrete(c) === best).map((c) => `${c.measure.short}`);
    sentences.push(
      `Được nhiều kế hoạch nêu thành nhiệm vụ cụ thể (mức 2–3) nhất: ${listVi(leaders.slice(0, 4))}${leaders.length > 4 ? " và các biện pháp khác" : ""} (${best}/${coded(codedCounts[0])} kế hoạch).`,
    );
  }
  const absent = codedCounts.filter((c) => c.counts[0] === coded(c)).map((c) => c.measure.short);
  if (absent.length > 0) sentences.push(`Không kế hoạch nào đề cập: ${listVi(absent)}.`);
  return sentences.join(" ");
}
