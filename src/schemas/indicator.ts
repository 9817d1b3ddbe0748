import { z } from "zod";
import { SlugSchema } from "./common.ts";

/** The indicators `data/indicators.csv` holds, with their units. */
export const INDICATORS = {
  TFR: "con/phụ nữ",
  SRB: "bé trai/100 bé gái",
  share_60plus_pct: "%",
  share_65plus_pct: "%",
  ageing_index_pct: "người từ 60 tuổi/100 trẻ dưới 15 tuổi",
  CBR_permille: "‰",
  life_expectancy: "năm",
} as const;

/** One row of `data/indicators.csv`: one figure of one unit, with its source. */
export const IndicatorRowSchema = z
  .object({
    /** The unit as the source names it ("Tuyên Quang", "Cả nước"). */
    unit: z.string().min(1),
    /** `34-new` today's units, `63-old` provinces before 1/7/2025, `national` the whole country. */
    unit_scheme: z.enum(["34-new", "63-old", "national"]),
    /** Which indicator. */
    indicator: z.enum(Object.keys(INDICATORS) as [keyof typeof INDICATORS, ...(keyof typeof INDICATORS)[]]),
    /** Year of the figure, or `unstated` when the source gives none. */
    year: z.string().regex(/^(?:\d{4}(?:[-–]\d{4})?|unstated)$/, { message: "Năm phải là YYYY hoặc unstated." }),
    /** The figure, a decimal number with a point. */
    value: z.string().regex(/^\d+(?:\.\d+)?$/, { message: "Giá trị phải là một số, dấu chấm thập phân." }),
    /** Address of the article or yearbook the figure comes from. */
    source_url: z.string().url({ message: "Nguồn phải là một địa chỉ http(s)." }),
    /** What the source says about the figure. */
    note: z.string(),
    /** Today's provincial unit the row belongs to; empty for national rows. */
    province: z.union([SlugSchema, z.literal("")]),
  })
  .strict();

export type IndicatorRow = z.infer<typeof IndicatorRowSchema>;
