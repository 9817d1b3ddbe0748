import { z } from "zod";
import { IsoDateSchema, SlugSchema } from "./common.ts";
import { DOC_TYPES, ISSUER_KINDS, ISSUER_LEVELS, RELATIONS } from "../lib/labels.ts";

export { DOC_TYPES, ISSUER_LEVELS, ISSUER_KINDS, RELATIONS };

const keysOf = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

/** When a document was issued: an exact date, or the bounds that are known. */
export const IssuedSchema = z
  .object({
    /** The date printed on the document, when there is one. */
    date: IsoDateSchema.optional(),
    /** Earliest possible date when the text gives none (exclusive bound: "after"). */
    after: IsoDateSchema.optional(),
    /** Latest possible date when the text gives none. */
    before: IsoDateSchema.optional(),
    /** Why the date is unknown and what bounds it, in Vietnamese. Required without a date. */
    note: z.string().min(1).optional(),
  })
  .strict()
  .refine((v) => v.date !== undefined || v.note !== undefined, {
    message: "không có ngày ban hành thì phải có note giải thích vì sao và giới hạn nào đã biết",
    path: ["note"],
  });

/** A verbatim quote from the source text, with where it stands. */
export const QuoteSchema = z
  .object({
    /** The exact words of the source (line breaks and spacing may differ). */
    text: z.string().min(8, { message: "trích dẫn quá ngắn (ít nhất 8 ký tự)" }),
    /** Section of the source: "II.4", "Phụ lục", "IV.3 Sở Giáo dục và Đào tạo". */
    section: z.string().min(1),
  })
  .strict();

/** How a plan codes one measure of the codebook. */
export const MeasureCodingSchema = z
  .object({
    /** 0 not mentioned … 3 task with body and target or deadline; null = not coded. */
    level: z.number().int().min(0).max(3).nullable(),
    /** Quotes that support the level; at least one when the level is above 0. */
    quotes: z.array(QuoteSchema).default([]),
    /** Why this level, when it is not obvious from the quotes. */
    note: z.string().optional(),
  })
  .strict();

/** A document a plan names: the one it carries out, or one it cites. */
export const ReferenceSchema = z
  .object({
    /** "thuc-hien": the direct parent; "can-cu": cited. */
    relation: z.enum(keysOf(RELATIONS)),
    /** Document type, as `docType`. */
    docType: z.enum(keysOf(DOC_TYPES)),
    /** Number as printed, normalised: "26-KH/ĐU", "1745/QĐ-TTg". */
    number: z.string().min(1),
    /** Issuer in full: "Đảng ủy Ủy ban nhân dân tỉnh Sơn La". */
    issuer: z.string().min(1),
    /** Date of the referenced document. */
    date: IsoDateSchema.optional(),
    /** True when the text names it; false when we infer the link. */
    stated: z.boolean(),
    /** Why the link is inferred, or anything else worth knowing. */
    note: z.string().optional(),
  })
  .strict();

/** A target with its value, unit and period, as the plan states it. */
export const TargetSchema = z
  .object({
    /** What is to be achieved, in the plan's words or close to them. */
    text: z.string().min(1),
    /** The number: "01", "50", "100". */
    value: z.string().min(1),
    /** Unit: "báo cáo/quý", "%", "đợt/năm học". */
    unit: z.string().min(1),
    /** Period or deadline: "hàng quý", "năm học", "trước 15/7/2025". */
    period: z.string().min(1),
    /** Measure this target serves, when one fits. */
    measure: SlugSchema.optional(),
  })
  .strict();

/** A body and the tasks the plan gives it. */
export const AssignmentSchema = z
  .object({
    /** The body: "Sở Y tế", "Văn phòng Đảng ủy". */
    body: z.string().min(1),
    /** Its tasks, summarised. */
    tasks: z.array(z.string().min(1)).min(1),
  })
  .strict();

/** Where the plan applies: today's province, and a commune or unit inside it. */
export const PlanLocalitySchema = z
  .object({
    /** Slug of today's provincial unit; absent for national documents. */
    province: SlugSchema.optional(),
    /** The province's name as the document writes it, when it differs from today's ("Thừa Thiên Huế"). */
    asWritten: z.string().optional(),
    /** Slug of a commune, ward or unit listed under the province in `data/localities.yaml`. */
    place: SlugSchema.optional(),
    /** True when the locality is inferred, not stated. */
    inferred: z.boolean().default(false),
    /** The reason for an inference. */
    note: z.string().optional(),
  })
  .strict()
  .refine((v) => !v.inferred || v.note, {
    message: "địa phương suy luận (inferred: true) phải có note nêu lý do",
    path: ["note"],
  });

/** Frontmatter of `content/plans/<slug>.md`. */
export const PlanSchema = z
  .object({
    /** Full title, as the document gives it. */
    title: z.string().min(1),
    /** Short title for lists and charts. */
    shortTitle: z.string().min(1).max(80),
    /** Document type. */
    docType: z.enum(keysOf(DOC_TYPES)),
    /** Number as printed ("07-KH/ĐU-CDSL"), or null when the text has none. */
    number: z.string().min(1).nullable(),
    /** When it was issued, or what bounds the date. */
    issued: IssuedSchema,
    /** Issuer in full. */
    issuer: z.string().min(1),
    /** Issuer in short, for tree nodes: "ĐU Trường CĐ Sơn La". */
    issuerShort: z.string().min(1).max(40),
    /** Party, government or unit. */
    issuerKind: z.enum(keysOf(ISSUER_KINDS)),
    /** Level of the issuer (trung-uong … don-vi); `level` elsewhere always means a coding level 0–3. */
    issuerLevel: z.enum(keysOf(ISSUER_LEVELS)),
    /** Where it applies. */
    locality: PlanLocalitySchema.default({ inferred: false }),
    /** Who signed, with their title; null when unknown. */
    signer: z
      .object({ name: z.string().min(1), title: z.string().optional() })
      .strict()
      .nullable(),
    /** File name of the full text in `data/sources/`, or null when no text is held. */
    source: z.string().min(1).nullable(),
    /** Why there is no source text, when `source` is null. */
    sourceNote: z.string().optional(),
    /** Documents it carries out or cites. */
    references: z.array(ReferenceSchema).default([]),
    /** Coding of every measure of the codebook, keyed by measure id. */
    measures: z.record(z.string(), MeasureCodingSchema).default({}),
    /** Targets with value, unit and period. */
    targets: z.array(TargetSchema).default([]),
    /** Bodies and their tasks. */
    assignments: z.array(AssignmentSchema).default([]),
    /** What the source gets wrong or leaves open. */
    dataNotes: z.array(z.string().min(1)).default([]),
    /** A draft is shown with a banner in development and left out of production. */
    draft: z.boolean().default(false),
  })
  .strict();

export type Plan = z.infer<typeof PlanSchema>;
export type MeasureCoding = z.infer<typeof MeasureCodingSchema>;
export type Reference = z.infer<typeof ReferenceSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
