import { z } from "zod";
import { IsoDateSchema, SlugSchema } from "./common.ts";
import { DOC_TYPES, ISSUER_KINDS, ISSUER_LEVELS, RELATIONS, todayIso } from "../lib/labels.ts";
import { referenceMatches } from "../lib/lineage/resolve.ts";

const keysOf = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

/** A rule of one plan, broken: what `npm run check` and Astro's loader both report. */
type Refinement = z.core.$RefinementCtx;
function fail(ctx: Refinement, path: PropertyKey[], message: string, fix: string) {
  ctx.addIssue({ code: "custom", path, message, params: { fix } });
}

/** Fewest words a quote may have: a few words ("của các") prove nothing. */
export const MIN_QUOTE_WORDS = 5;

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
  .superRefine((v, ctx) => {
    if (v.date === undefined && v.note === undefined)
      fail(
        ctx,
        ["note"],
        "Không có ngày ban hành thì phải có note giải thích vì sao và giới hạn nào đã biết.",
        'Thêm issued.note, ví dụ: "Văn bản không ghi ngày; ban hành sau KL 149 (10/4/2025)."',
      );
    if (v.after && v.before && v.after > v.before)
      fail(
        ctx,
        [],
        `Giới hạn ngày mâu thuẫn: after (${v.after}) muộn hơn before (${v.before}).`,
        "Sửa lại hai giới hạn.",
      );
    if (v.date && ((v.after && v.date <= v.after) || (v.before && v.date > v.before)))
      fail(
        ctx,
        ["date"],
        `Ngày ban hành ${v.date} nằm ngoài giới hạn đã ghi.`,
        "Sửa ngày hoặc bỏ giới hạn after/before.",
      );
    const today = todayIso();
    for (const key of ["date", "after"] as const) {
      const value = v[key];
      if (value && value > today)
        fail(
          ctx,
          [key],
          `Ngày ${value} ở tương lai (hôm nay là ${today}).`,
          "Kiểm tra năm của ngày ban hành: một văn bản đã có thì không thể ban hành sau hôm nay.",
        );
    }
  });

/** A verbatim quote from the source text, with where it stands. */
export const QuoteSchema = z
  .object({
    /** The exact words of the source (line breaks and spacing may differ), at least a short clause. */
    text: z.string().refine((t) => t.trim().split(/\s+/).length >= MIN_QUOTE_WORDS, {
      message: `Trích dẫn quá ngắn: cần ít nhất ${MIN_QUOTE_WORDS} từ để chứng minh mức mã hóa.`,
      params: { fix: "Chép cả mệnh đề nêu biện pháp (động từ và đối tượng), không chỉ vài chữ." },
    }),
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
  .strict()
  .superRefine((c, ctx) => {
    if (c.level !== null && c.level > 0 && c.quotes.length === 0)
      fail(
        ctx,
        ["quotes"],
        `Mức ${c.level} phải có ít nhất một trích dẫn nguyên văn.`,
        'Thêm quotes: [{ text: "…", section: "…" }], hoặc hạ mức về 0.',
      );
  });

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
  .superRefine((v, ctx) => {
    if (v.inferred && !v.note)
      fail(ctx, ["note"], "Địa phương suy luận (inferred: true) phải có note nêu lý do.", "Thêm locality.note.");
  });

/** The fields of `content/plans/<slug>.md`'s frontmatter, before the rules that span several of them. */
const PlanShape = z
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
    /**
     * The source text was made by optical character recognition of a scan: "can-doi-chieu" until an
     * editor has compared it with the original file, then "da-doi-chieu".
     */
    sourceOcr: z.enum(["can-doi-chieu", "da-doi-chieu"]).optional(),
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

/** Frontmatter of `content/plans/<slug>.md`, with every rule that needs no other file. */
export const PlanSchema = PlanShape.superRefine((plan, ctx) => planRules(plan, ctx));

/** The rules that look at several fields of one plan (rules that need other files live in the check). */
function planRules(plan: z.infer<typeof PlanShape>, ctx: Refinement) {
  // A draft may still lack its province: the check lists it as a gap to fill before publishing.
  if (!plan.locality.province && plan.issuerLevel !== "trung-uong" && !plan.draft)
    fail(
      ctx,
      ["locality", "province"],
      "Văn bản địa phương phải có tỉnh/thành (slug của 34 đơn vị hiện nay).",
      "Thêm locality.province, ví dụ: ha-tinh.",
    );
  if (plan.source === null && !plan.sourceNote)
    fail(
      ctx,
      ["sourceNote"],
      "Không có tệp nguồn (source: null) mà không giải thích vì sao.",
      "Thêm sourceNote nêu lý do không có toàn văn.",
    );
  if (plan.source === null)
    for (const [id, coding] of Object.entries(plan.measures))
      if (coding.quotes.length > 0)
        fail(
          ctx,
          ["measures", id, "quotes"],
          "Có trích dẫn nhưng văn bản không có tệp nguồn để đối chiếu.",
          "Thêm tệp nguồn (source) hoặc bỏ trích dẫn.",
        );
  const parents = plan.references.filter((r) => r.relation === "thuc-hien");
  if (parents.length > 1)
    fail(
      ctx,
      ["references"],
      `Có ${parents.length} văn bản "thuc-hien"; mỗi kế hoạch chỉ có một văn bản cấp trên trực tiếp.`,
      'Giữ một "thuc-hien", đổi các văn bản còn lại thành "can-cu".',
    );
  const own = { number: plan.number, issuer: plan.issuer, date: plan.issued.date };
  const latest = plan.issued.date ?? plan.issued.before;
  plan.references.forEach((ref, i) => {
    if (referenceMatches(ref, own))
      fail(
        ctx,
        ["references", i],
        `Văn bản dẫn tới chính nó (${ref.number}, ${ref.issuer}).`,
        "Sửa số hiệu, cơ quan hoặc ngày của văn bản được dẫn; một văn bản không thể thực hiện chính nó.",
      );
    if (ref.date && latest && ref.date > latest) {
      const what = ref.relation === "thuc-hien" ? "thực hiện" : "trích dẫn";
      const when = plan.issued.date ? `ban hành ngày ${plan.issued.date}` : `ban hành trước ${plan.issued.before}`;
      fail(
        ctx,
        ["references", i, "date"],
        `Văn bản ${when} nhưng ${what} ${ref.number} ngày ${ref.date}, tức là văn bản ra sau nó.`,
        "Kiểm tra lại ngày của văn bản này và của văn bản được dẫn.",
      );
    }
  });
}

export type Plan = z.infer<typeof PlanSchema>;
export type MeasureCoding = z.infer<typeof MeasureCodingSchema>;
export type Reference = z.infer<typeof ReferenceSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
