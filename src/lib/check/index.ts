import { z } from "zod";
import { CodebookSchema, type Measure, type NationalDocument } from "../../schemas/codebook.ts";
import { LocalitiesSchema, type Province } from "../../schemas/locality.ts";
import { PlanSchema } from "../../schemas/plan.ts";
import { isNfc } from "../vietnamese.ts";
import { IndicatorRowSchema, type IndicatorRow } from "../../schemas/indicator.ts";
import type { PreparedSource, QuoteSpan, QuoteSpans } from "../quote-match.ts";
import type { CheckContext, CorpusInput, PlanFile } from "./corpus.ts";
import type { PlanEntry } from "../model.ts";
import { error, warning, type CheckIssue } from "./issue.ts";
import { checkPlan } from "./plan-checks.ts";
import { checkCycles, checkDuplicates, checkParentDates } from "./graph-checks.ts";
import { createPlanResolver } from "../lineage/resolve.ts";
import { checkDrafts, checkSuggestedMeasures } from "./draft-checks.ts";
import { describeZodIssue, valueAt } from "./zod-issues.ts";

/** The four measure ids the project fixes: addresses, downloads and the explorer's links rely on them. */
export const FIXED_MEASURE_IDS = ["lao-khoa", "muc-sinh-thay-the", "mat-can-bang-gioi-tinh", "du-lieu-dan-cu"] as const;

/** The result of checking everything: issues, the plans that passed their schema, and the data files. */
export interface CheckResult {
  issues: CheckIssue[];
  plans: PlanEntry[];
  /** The codebook's measures in file order; empty when the codebook is invalid. */
  measures: Measure[];
  /** The provincial units in file order; empty when the localities file is invalid. */
  provinces: Province[];
  /** The national documents of the codebook. */
  documents: NationalDocument[];
  /** The rows of `data/indicators.csv` that passed their schema, in file order. */
  indicators: IndicatorRow[];
  /** Plan slug → where each of its quotes stands in its source (see `QuoteSpans`). */
  quoteSpans: Map<string, QuoteSpans>;
}

function parseWith<S extends z.ZodType>(
  schema: S,
  file: string,
  data: unknown,
  issues: CheckIssue[],
): z.infer<S> | undefined {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) issues.push(describeZodIssue(file, issue, valueAt(data, issue.path)));
  return undefined;
}

function checkCodebook(input: CorpusInput, issues: CheckIssue[]) {
  const codebook = parseWith(CodebookSchema, input.codebook.file, input.codebook.data, issues);
  if (!codebook) return undefined;
  const ids = new Set<string>();
  for (const m of codebook.measures) {
    if (ids.has(m.id))
      issues.push(
        error(
          input.codebook.file,
          `measures.${m.id}`,
          `Mã "${m.id}" xuất hiện hai lần.`,
          "Mỗi biện pháp một mã riêng.",
        ),
      );
    ids.add(m.id);
  }
  const documents = new Set(codebook.documents.map((d) => d.id));
  for (const m of codebook.measures)
    m.national.forEach((n, i) => {
      if (!documents.has(n.document))
        issues.push(
          error(
            input.codebook.file,
            `measures.${m.id}.national[${i}].document`,
            `Văn bản "${n.document}" không có trong danh sách documents của bộ mã.`,
            `Thêm văn bản vào documents (số, cơ quan, ngày) hoặc dùng một mã có sẵn: ${[...documents].join(", ")}.`,
          ),
        );
    });
  for (const id of FIXED_MEASURE_IDS)
    if (!ids.has(id))
      issues.push(
        error(
          input.codebook.file,
          "measures",
          `Thiếu biện pháp cố định "${id}".`,
          "Bốn mã lao-khoa, muc-sinh-thay-the, mat-can-bang-gioi-tinh, du-lieu-dan-cu phải có.",
        ),
      );
  return { codebook, ids };
}

function checkLocalities(input: CorpusInput, issues: CheckIssue[]): Map<string, Province> | undefined {
  const data = parseWith(LocalitiesSchema, input.localities.file, input.localities.data, issues);
  if (!data) return undefined;
  const map = new Map<string, Province>();
  for (const p of data.provinces) {
    if (map.has(p.slug))
      issues.push(
        error(
          input.localities.file,
          `provinces.${p.slug}`,
          `Slug "${p.slug}" xuất hiện hai lần.`,
          "Mỗi đơn vị một slug.",
        ),
      );
    map.set(p.slug, p);
  }
  return map;
}

/** Every row of `data/indicators.csv` against its schema, its province against the localities. */
function checkIndicators(
  { file, rows }: NonNullable<CorpusInput["indicators"]>,
  provinces: ReadonlyMap<string, Province>,
  valid: IndicatorRow[],
): CheckIssue[] {
  const issues: CheckIssue[] = [];
  rows.forEach((row, i) => {
    const where = `dòng ${i + 2}`;
    const parsed = IndicatorRowSchema.safeParse(row);
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const d = describeZodIssue(file, issue, valueAt(row, issue.path));
        issues.push({ ...d, field: `${where}, cột ${d.field ?? "?"}` });
      }
    else if (parsed.data.province && !provinces.has(parsed.data.province))
      issues.push(
        error(
          file,
          `${where}, cột province`,
          `Không có tỉnh/thành "${parsed.data.province}" trong data/localities.yaml.`,
          "Dùng slug của đơn vị ngày nay, hoặc để trống với số liệu cả nước.",
        ),
      );
    else valid.push(parsed.data);
  });
  return issues;
}

/**
 * Checks all content and data: schemas, the codebook, localities, every plan against its source,
 * and the plans together (duplicates, cycles, dates). Pure: the caller reads the files.
 */
export function checkCorpus(input: CorpusInput): CheckResult {
  const issues: CheckIssue[] = [];
  const book = checkCodebook(input, issues);
  const provinces = checkLocalities(input, issues);

  const plans: PlanEntry[] = [];
  const fileOf = new Map<PlanEntry, PlanFile>();
  const quoteSpans = new Map<string, QuoteSpans>();
  for (const pf of input.plans) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(pf.slug))
      issues.push(
        error(
          pf.file,
          undefined,
          `Tên tệp "${pf.slug}.md" không phải slug hợp lệ.`,
          "Đặt tên bằng chữ thường không dấu, số và dấu gạch ngang, ví dụ: ke-hoach-49-kh-duk-2018.md.",
        ),
      );
    if (!isNfc(pf.raw))
      issues.push(
        error(
          pf.file,
          undefined,
          "Văn bản không ở dạng Unicode NFC (chữ có dấu bị tách thành chữ và dấu rời).",
          "Chạy `npm run check -- --sua` để chuẩn hóa tệp về NFC.",
        ),
      );
    if (pf.data === undefined) continue; // frontmatter error already reported by the reader
    const plan = parseWith(PlanSchema, pf.file, pf.data, issues);
    if (plan) {
      const entry: PlanEntry = { file: pf.file, slug: pf.slug, plan, body: pf.body };
      plans.push(entry);
      fileOf.set(entry, pf);
    }
  }

  if (book && provinces) {
    const ctx: CheckContext = {
      codebook: book.codebook,
      measureIds: book.ids,
      provinces,
      sources: input.sources,
      unreadableSources: input.unreadableSources ?? new Map(),
      sourceDir: input.sourceDir,
      gazetteer: input.gazetteer,
    };
    const prepared = new Map<string, PreparedSource>();
    for (const vp of plans) {
      const spans = new Map<string, QuoteSpan>();
      issues.push(...checkPlan(vp, fileOf.get(vp)!, ctx, prepared, spans));
      if (spans.size > 0) quoteSpans.set(vp.slug, spans);
    }
    issues.push(...checkDrafts(input.plans, plans, [...book.ids]), ...checkSuggestedMeasures(plans, ctx));
  }
  const indicators: IndicatorRow[] = [];
  if (input.indicators && provinces) issues.push(...checkIndicators(input.indicators, provinces, indicators));
  const resolve = createPlanResolver(plans);
  issues.push(...checkDuplicates(plans), ...checkCycles(plans, resolve), ...checkParentDates(plans, resolve));

  // A file that failed its schema still claims its source: no false "unused source" warning for it.
  const claimed = (data: unknown) => (data as { source?: unknown } | undefined)?.source;
  const used = new Set(input.plans.map((pf) => claimed(pf.data)));
  for (const name of [...input.sources.keys(), ...(input.unreadableSources?.keys() ?? [])])
    if (!used.has(name))
      issues.push(
        warning(
          `${input.sourceDir}/${name}`,
          undefined,
          "Tệp nguồn không thuộc kế hoạch nào.",
          "Thêm kế hoạch dùng tệp này (source) hoặc xóa tệp.",
        ),
      );
  return {
    issues,
    plans,
    measures: book?.codebook.measures ?? [],
    provinces: provinces ? [...provinces.values()] : [],
    documents: book?.codebook.documents ?? [],
    indicators,
    quoteSpans,
  };
}
