/** A filter state in words, for the results heading and the CSV's context ("Biện pháp: Lão khoa, mức 2+ …"). */
import { formatDate, ISSUER_KINDS, ISSUER_LEVELS, LEVEL_NAMES } from "../labels.ts";
import type { FilterState } from "./state.ts";

/** Names the description uses. */
export interface DescribeNames {
  measures: ReadonlyMap<string, string>;
  provinces: ReadonlyMap<string, string>;
}

/** The active filters as short Vietnamese phrases, in the order of the form; empty when unfiltered. */
export function describeState(state: FilterState, names: DescribeNames): string[] {
  const out: string[] = [];
  if (state.measures.length > 0) {
    const list = state.measures.map((m) => names.measures.get(m) ?? m).join(state.mode === "all" ? " và " : " hoặc ");
    out.push(`${list} (mức ${state.minLevel} trở lên: ${LEVEL_NAMES[state.minLevel].toLowerCase()})`);
  }
  if (state.issuerLevels.length > 0)
    out.push(`cấp ${state.issuerLevels.map((l) => ISSUER_LEVELS[l].toLowerCase()).join(", ")}`);
  if (state.kinds.length > 0) out.push(`khối ${state.kinds.map((k) => ISSUER_KINDS[k]).join(", ")}`);
  if (state.provinces.length > 0) out.push(state.provinces.map((p) => names.provinces.get(p) ?? p).join(", "));
  if (state.from && state.to) out.push(`từ ${formatDate(state.from)} đến ${formatDate(state.to)}`);
  else if (state.from) out.push(`từ ${formatDate(state.from)}`);
  else if (state.to) out.push(`đến ${formatDate(state.to)}`);
  if (state.text.trim()) out.push(`từ khóa “${state.text.trim()}”`);
  return out;
}
