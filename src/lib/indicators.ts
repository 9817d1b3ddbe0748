/**
 * The reference figures of `data/indicators.csv` as pages show them: by province, and next to the level
 * the province's plans commit to. Figures of the 63 old provinces keep their old unit and year: they are
 * never averaged into today's units. Pure functions.
 */
import { INDICATORS, type IndicatorRow } from "../schemas/indicator.ts";
import type { PlanMeasureRow } from "./model.ts";
import { formatNumber } from "./format.ts";

type IndicatorId = IndicatorRow["indicator"];

/** Vietnamese name of each indicator. */
export const INDICATOR_NAMES: Record<IndicatorId, string> = {
  TFR: "Tổng tỷ suất sinh",
  SRB: "Tỷ số giới tính khi sinh",
  share_60plus_pct: "Tỷ lệ người từ 60 tuổi trở lên",
  share_65plus_pct: "Tỷ lệ người từ 65 tuổi trở lên",
  ageing_index_pct: "Chỉ số già hóa",
  CBR_permille: "Tỷ suất sinh thô",
  life_expectancy: "Tuổi thọ bình quân",
};

/** What each unit scheme means, for a reader. */
export const UNIT_SCHEMES: Record<IndicatorRow["unit_scheme"], string> = {
  "34-new": "đơn vị mới (34 tỉnh, thành phố từ 1/7/2025)",
  "63-old": "tỉnh cũ (63 tỉnh, thành phố trước 1/7/2025)",
  national: "cả nước",
};

/** The indicator that measures what a measure is about, with the national target the codebook cites. */
export const MEASURE_INDICATORS: Record<string, { indicator: IndicatorId; target: number; targetLabel: string }> = {
  "muc-sinh-thay-the": {
    indicator: "TFR",
    target: 2.1,
    targetLabel: "mức sinh thay thế, khoảng 2,1 con mỗi phụ nữ (Nghị quyết 21-NQ/TW)",
  },
  "mat-can-bang-gioi-tinh": {
    indicator: "SRB",
    target: 109,
    targetLabel: "dưới 109 bé trai/100 bé gái vào năm 2030 (Chiến lược Dân số, 1679/QĐ-TTg)",
  },
};

/** "2,69", "1.234,5" as Vietnamese readers write numbers; a value read as text keeps its decimals ("2.10" → "2,10"). */
export const formatValue = (value: string | number): string =>
  typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value.trim())
    ? formatNumber(Number(value), { decimals: value.trim().split(".")[1]?.length ?? 0 })
    : formatNumber(Number(value), { maxDecimals: 3 });

/** "năm 2024", "năm không rõ". */
export const yearLabel = (year: string): string => (year === "unstated" ? "năm không rõ" : `năm ${year}`);

/** "Hà Giang (tỉnh cũ)", "Tuyên Quang (đơn vị mới)", "Việt Nam (cả nước)". */
export function unitLabel(row: Pick<IndicatorRow, "unit" | "unit_scheme">): string {
  const scheme = row.unit_scheme === "34-new" ? "đơn vị mới" : row.unit_scheme === "63-old" ? "tỉnh cũ" : "cả nước";
  return `${row.unit} (${scheme})`;
}

/** "2,69 con/phụ nữ". */
export const valueWithUnit = (row: Pick<IndicatorRow, "value" | "indicator">): string =>
  `${formatValue(row.value)} ${INDICATORS[row.indicator]}`;

const yearKey = (y: string) => (y === "unstated" ? "0000" : y);

/** A province's figures: by indicator (file order of INDICATORS), newest year first, today's units first. */
export function provinceIndicators(rows: readonly IndicatorRow[], province: string): IndicatorRow[] {
  const order = Object.keys(INDICATORS);
  return rows
    .filter((r) => r.province === province)
    .sort(
      (a, b) =>
        order.indexOf(a.indicator) - order.indexOf(b.indicator) ||
        yearKey(b.year).localeCompare(yearKey(a.year)) ||
        (a.unit_scheme === "34-new" ? -1 : 0) - (b.unit_scheme === "34-new" ? -1 : 0) ||
        a.unit.localeCompare(b.unit),
    );
}

/** One figure next to the commitment of its province. */
export interface IndicatorPoint {
  province: string;
  provinceName: string;
  row: IndicatorRow;
  value: number;
  /** Plans of the province. */
  plans: number;
  /** Highest level of the measure among them; null when none codes it (or there is none). */
  level: number | null;
}

/** Figures beside commitments, with how many provinces have both. */
export interface IndicatorVsLevel {
  indicator: IndicatorId;
  points: IndicatorPoint[];
  /** Provinces with a figure. */
  withFigure: number;
  /** Provinces with a figure and a plan that codes the measure. */
  withBoth: number;
}

/**
 * For each province with a figure of `indicator`, its most recent figure (today's unit preferred over
 * an old province's, several kept when sources disagree) and the highest level its plans commit to for
 * `measureId`. National figures are left out.
 */
export function indicatorVsLevel(
  indicatorRows: readonly IndicatorRow[],
  planRows: readonly PlanMeasureRow[],
  provinces: readonly { slug: string; name: string }[],
  indicator: IndicatorId,
  measureId: string,
): IndicatorVsLevel {
  const points: IndicatorPoint[] = [];
  let withBoth = 0;
  for (const p of provinces) {
    const rows = indicatorRows.filter((r) => r.province === p.slug && r.indicator === indicator);
    if (rows.length === 0) continue;
    const best = provinceIndicators(rows, p.slug)[0];
    const chosen = rows.filter(
      (r) => r.year === best.year && r.unit_scheme === best.unit_scheme && r.unit === best.unit,
    );
    const mine = planRows.filter((r) => r.province === p.slug && r.measureId === measureId);
    const coded = mine.filter((r) => r.level !== null).map((r) => r.level as number);
    const level = coded.length > 0 ? Math.max(...coded) : null;
    if (level !== null) withBoth++;
    for (const row of chosen)
      points.push({
        province: p.slug,
        provinceName: p.name,
        row,
        value: Number(row.value),
        plans: new Set(mine.map((r) => r.slug)).size,
        level,
      });
  }
  return { indicator, points, withFigure: new Set(points.map((x) => x.province)).size, withBoth };
}
