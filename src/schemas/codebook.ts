import { z } from "zod";
import { IsoDateSchema, SlugSchema } from "./common.ts";

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
  /**
   * What the national documents ask, each with the document it comes from. This is the ONE place
   * these asks are stored: the measure page and the national documents' own pages both read it.
   */
  national: z
    .array(
      z.object({
        /** Id of the document in the codebook's `documents` ("21-NQ/TW", "1679/QĐ-TTg" …). */
        document: z.string().min(1),
        /** What it asks, in our own words. */
        asks: z.string().min(1),
      }),
    )
    .default([]),
  /** What levels 1–3 mean for this measure. */
  levels: LevelScaleSchema,
});

/**
 * A national document the codebook's asks come from, identified like any document (number, issuer,
 * date) so it links to its summary when one exists, with the reference resolver of the whole site.
 */
export const NationalDocumentSchema = z
  .object({
    /** Key used by `national[].document`: the number as usually written ("21-NQ/TW"), or a slug. */
    id: z.string().min(1),
    /** Number as printed, or null when the document is known by its name only. */
    number: z.string().min(1).nullable(),
    /** Issuer in full, as in the document's own summary file when there is one. */
    issuer: z.string().min(1),
    /** Date of issue, when known. */
    date: IsoDateSchema.optional(),
    /** How the document is named on the pages: "Nghị quyết 21-NQ/TW". */
    label: z.string().min(1),
  })
  .strict();

/** The whole codebook file `data/codebook.yaml`. */
export const CodebookSchema = z.object({
  /** The national documents the measures' asks come from. */
  documents: z.array(NationalDocumentSchema).default([]),
  measures: z.array(MeasureSchema).min(1),
});

export type Measure = z.infer<typeof MeasureSchema>;
export type Codebook = z.infer<typeof CodebookSchema>;
export type NationalDocument = z.infer<typeof NationalDocumentSchema>;
