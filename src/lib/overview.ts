/** The key figures at the top of the overview page, computed from the content. */
import type { Measure } from "../schemas/codebook.ts";
import type { Province } from "../schemas/locality.ts";
import { ISSUER_LEVELS } from "./labels.ts";
import { formatNumber, issuerLevelLabel } from "./format.ts";
import type { PlanEntry } from "./model.ts";

/** One big number with its label, a line of detail and where it leads. */
export interface KeyFigure {
  value: string;
  label: string;
  detail?: string;
  href?: string;
}

const count = (n: number) => formatNumber(n);

/** What the site covers: documents, units with plans out of all units, measures, issuer levels, quotes. */
export function keyFigures(
  plans: readonly PlanEntry[],
  measures: readonly Measure[],
  provinces: readonly Province[],
): KeyFigure[] {
  const national = plans.filter((p) => p.plan.issuerLevel === "trung-uong").length;
  const units = new Set(provinces.map((p) => p.slug));
  const withPlans = new Set(plans.map((p) => p.plan.locality.province).filter((s) => s && units.has(s)));
  const levels = (Object.keys(ISSUER_LEVELS) as (keyof typeof ISSUER_LEVELS)[]).filter((l) =>
    plans.some((p) => p.plan.issuerLevel === l),
  );
  const quotes = plans.reduce((n, p) => n + Object.values(p.plan.measures).reduce((k, m) => k + m.quotes.length, 0), 0);
  return [
    {
      value: count(plans.length),
      label: "văn bản đã tóm tắt",
      detail: `${count(plans.length - national)} kế hoạch địa phương, ${count(national)} văn bản trung ương`,
      href: "/ke-hoach/",
    },
    {
      value: `${count(withPlans.size)}/${count(units.size)}`,
      label: "tỉnh, thành phố có kế hoạch",
      detail: `theo ${count(units.size)} đơn vị từ 1/7/2025`,
      href: "/dia-phuong/",
    },
    {
      value: count(measures.length),
      label: "biện pháp trong bộ mã",
      detail: "mỗi biện pháp mã hóa 0–3",
      href: "/bien-phap/",
    },
    {
      value: count(levels.length),
      label: "cấp ban hành",
      detail: levels.map((l) => issuerLevelLabel(l)).join(", "),
    },
    { value: count(quotes), label: "trích dẫn nguyên văn", detail: "mỗi trích dẫn đã đối chiếu với toàn văn" },
  ];
}
