import { z } from "zod";
import { SlugSchema } from "./common.ts";

/** The groups measures are shown under, in display order. */
export const MEASURE_GROUPS = [
  "Lãnh đạo và tổ chức thực hiện",
  "Quy mô dân số và mức sinh",
  "Cơ cấu dân số",
  "Chất lượng dân số",
  "Già hóa dân số",
  "Truyền thông và giáo dục",
  "Quản lý và nguồn lực",
] as const;

/** What each level 1–3 means for one measure (level 0 is always "không đề cập"). */
export const LevelScaleSchema = z.object({
  /** Level 1: named only as a topic of communication or in general terms. */
  1: z.string().min(1),
  /** Level 2: a concrete task or solution. */
  2: z.string().min(1),
  /** Level 3: a concrete task with a responsible body and a target or deadline. */
  3: z.string().min(1),
});

/** One measure of the codebook. */
export const MeasureSchema = z.object({
  /** Stable id, used in URLs (`/bien-phap/<id>/`) and in every plan's coding. */
  id: SlugSchema,
  /** Vietnamese name, as shown in tables. */
  name: z.string().min(1),
  /** Short name for chart axes (at most about 24 characters). */
  shortName: z.string().min(1).max(28),
  /** Group the measure belongs to. */
  group: z.enum(MEASURE_GROUPS),
  /** One-line description in Vietnamese. */
  description: z.string().min(1),
  /** What the national documents ask, each with the document it comes from. */
  national: z
    .array(
      z.object({
        /** Document: "21-NQ/TW", "149-KL/TW", "1745/QĐ-TTg", "1679/QĐ-TTg" … */
        document: z.string().min(1),
        /** What it asks, in our own words. */
        asks: z.string().min(1),
      }),
    )
    .default([]),
  /** What levels 1–3 mean for this measure. */
  levels: LevelScaleSchema,
});

/** The whole codebook file `data/codebook.yaml`. */
export const CodebookSchema = z.object({
  measures: z.array(MeasureSchema).min(1),
});

export type Measure = z.infer<typeof MeasureSchema>;
export type Codebook = z.infer<typeof CodebookSchema>;
