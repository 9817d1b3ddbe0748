/** Sentences and labels of the cascade charts, written from their data. */
import { ISSUER_LEVELS } from "../labels.ts";
import { levelLabel } from "../format.ts";
import type { CascadeLevel, CascadeValue, LevelDistribution, Transition } from "./cascade-data.ts";
import { count } from "./data.ts";
import { listVi } from "./describe.ts";

/** The question the cascade answers, as the charts ask it. */
export const CASCADE_QUESTION = "Cam kết có yếu đi khi chỉ đạo đi xuống các cấp dưới không?";

/** Name of an issuer level, "Không rõ cấp" for a ghost whose issuer says nothing. */
export function cascadeLevelName(level: CascadeLevel): string {
  return level === "khong-ro" ? "Không rõ cấp" : ISSUER_LEVELS[level];
}

/** Short names, for axes: "Tỉnh", "Huyện". */
const SHORT: Record<CascadeLevel, string> = {
  "trung-uong": "Trung ương",
  tinh: "Tỉnh",
  huyen: "Huyện",
  xa: "Xã/phường",
  "don-vi": "Đơn vị",
  "khong-ro": "Không rõ",
};

/** Short name of an issuer level, for axes. */
export function cascadeLevelShort(level: CascadeLevel): string {
  return SHORT[level];
}

/** "Mức 2 · Nhiệm vụ cụ thể", "Chưa mã hóa", "Không có tệp". */
export function cascadeValueLabel(value: CascadeValue): string {
  return value === "khong-co-tep" ? "Không có tệp" : levelLabel(value);
}

/** "Tỉnh/thành phố: 2 trong 3 kế hoạch ở mức 2, 1 ở mức 0", or null when the level has no coded plan. */
export function distributionSentence(d: LevelDistribution): string | null {
  const total = d.counts.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const parts = [3, 2, 1, 0].filter((l) => d.counts[l] > 0);
  const head = (l: number) =>
    total === 1 ? `1 kế hoạch ở mức ${l}` : `${d.counts[l]} trong ${count(total, "kế hoạch")} ở mức ${l}`;
  return `${cascadeLevelName(d.issuerLevel)}: ${listVi(parts.map((l, i) => (i === 0 ? head(l) : `${d.counts[l]} ở mức ${l}`)))}`;
}

/** The counts of one step: "Tỉnh → Xã/phường: 2 yếu hơn, 1 bằng". */
export function transitionSentence(t: Transition): string {
  const parts = [
    t.weaker > 0 && `${t.weaker} yếu hơn`,
    t.same > 0 && `${t.same} bằng`,
    t.stronger > 0 && `${t.stronger} mạnh hơn`,
  ].filter((p): p is string => Boolean(p));
  return `${cascadeLevelName(t.from)} → ${cascadeLevelName(t.to)}: ${parts.join(", ")}`;
}

/** The answer to `CASCADE_QUESTION` from the comparisons, honest about how few there are. */
export function cascadeAnswer(transitions: readonly Transition[], uncomparable: number, noun = "kế hoạch"): string {
  if (transitions.length === 0)
    return uncomparable === 0
      ? "Chưa trả lời được: chưa có kế hoạch nào được mã hóa."
      : `Chưa trả lời được: ${uncomparable === 1 ? "kế hoạch đã mã hóa" : `cả ${count(uncomparable, "kế hoạch")} đã mã hóa`} ` +
          "chưa có văn bản cấp trên nào đã mã hóa để so (văn bản cấp trên không có tệp, hoặc là văn bản trung ương, không mã hóa).";
  const sum = (k: "weaker" | "same" | "stronger") => transitions.reduce((a, t) => a + t[k], 0);
  const pairs = sum("weaker") + sum("same") + sum("stronger");
  return (
    `So với văn bản đã mã hóa gần nhất ở cấp trên, trong ${count(pairs, noun)}: ` +
    `${sum("weaker")} yếu hơn, ${sum("same")} bằng, ${sum("stronger")} mạnh hơn ` +
    `(${transitions.map(transitionSentence).join("; ")}).` +
    (uncomparable > 0 ? ` ${count(uncomparable, noun)} khác chưa có văn bản cấp trên đã mã hóa để so.` : "")
  );
}
