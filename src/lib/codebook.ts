/** The codebook as pages show it: measures under their groups, in the groups' display order. */
import { MEASURE_GROUPS, type Measure } from "../schemas/codebook.ts";

/** A group of the codebook with its measures. */
export interface MeasureGroup {
  group: Measure["group"];
  measures: Measure[];
}

/** Measures in display order: by group (as `MEASURE_GROUPS`), keeping the given order inside a group. */
export function inGroupOrder(measures: readonly Measure[]): Measure[] {
  return measuresByGroup(measures).flatMap((g) => g.measures);
}

/** Measures under their groups, groups in display order; groups without measures are left out. */
export function measuresByGroup(measures: readonly Measure[]): MeasureGroup[] {
  return MEASURE_GROUPS.map((group) => ({ group, measures: measures.filter((m) => m.group === group) })).filter(
    (g) => g.measures.length > 0,
  );
}
