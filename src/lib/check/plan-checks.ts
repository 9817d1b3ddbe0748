import { mdastScan, type MarkdownLink } from "./markdown.ts";
import { error, warning, type CheckIssue } from "./issue.ts";
import type { CheckContext, PlanFile } from "./corpus.ts";
import type { PlanEntry } from "../model.ts";
import { findQuote, prepareSource, quoteKey, type PreparedSource, type QuoteSpan } from "../quote-match.ts";
import { namesMeasure } from "../extract/measures.ts";
import { segment } from "../extract/segment.ts";
import { placeOf } from "../gazetteer.ts";

const FIX_LEVEL =
  "Dùng mức 0 (không đề cập), 1 (nêu chung), 2 (nhiệm vụ cụ thể) hoặc 3 (có cơ quan và chỉ tiêu/thời hạn).";

/** The section label ("II.4", "Phụ lục") of the block at `offset` of a prepared source. */
function sectionAt(source: PreparedSource, offset: number): string | undefined {
  source.segmented ??= segment(source.text);
  const block = source.segmented.blocks.find((b) => b.start <= offset && offset < b.end);
  return block?.section || undefined;
}

/**
 * True when the section an editor wrote fits the one the quote stands in: the same number, or one
 * is a subsection of the other ("II" and "II.4"); words after the number ("IV.3 Sở Y tế") may differ.
 */
export function sectionAgrees(written: string, actual: string): boolean {
  const head = (s: string) => s.trim().split(/\s+/)[0] ?? "";
  const [a, b] = [head(written), head(actual)];
  return a === b || b.startsWith(`${a}.`) || a.startsWith(`${b}.`) || actual.startsWith(written.trim());
}

/**
 * Checks one valid plan against the codebook, the localities and its source text. Where each quote
 * was found goes into `spans` (by `quoteKey`), for the pages.
 */
export function checkPlan(
  vp: PlanEntry,
  pf: PlanFile,
  ctx: CheckContext,
  prepared: Map<string, PreparedSource>,
  spans: Map<string, QuoteSpan>,
): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const { file, plan } = vp;

  // Source text
  let source: PreparedSource | undefined;
  const unreadable = plan.source === null ? undefined : ctx.unreadableSources.get(plan.source);
  if (plan.source === null) {
    // no text held: the schema already asks for sourceNote and refuses quotes
  } else if (unreadable) {
    issues.push(
      error(
        file,
        "source",
        `Tệp nguồn "${plan.source}" không đọc được như văn bản: ${unreadable}`,
        "Lưu lại toàn văn dạng văn bản thuần UTF-8 (.txt), hoặc tạo lại bằng npm run new-plan.",
      ),
    );
  } else if (!ctx.sources.has(plan.source)) {
    issues.push(
      error(
        file,
        "source",
        `Không tìm thấy tệp nguồn "${plan.source}" trong ${ctx.sourceDir}/.`,
        `Chép toàn văn vào ${ctx.sourceDir}/${plan.source} hoặc sửa tên tệp.`,
      ),
    );
  } else {
    source = prepared.get(plan.source);
    if (!source) {
      source = prepareSource(ctx.sources.get(plan.source) ?? "");
      prepared.set(plan.source, source);
    }
  }

  // Measures
  for (const [id, coding] of Object.entries(plan.measures)) {
    const field = `measures.${id}`;
    if (!ctx.measureIds.has(id)) {
      issues.push(
        error(
          file,
          field,
          `Mã biện pháp "${id}" không có trong bộ mã.`,
          `Dùng một mã có trong data/codebook.yaml: ${[...ctx.measureIds].join(", ")}.`,
        ),
      );
      continue;
    }
    if (coding.level === 0 && coding.quotes.length > 0) {
      issues.push(
        warning(
          file,
          `${field}.level`,
          "Mức 0 (không đề cập) nhưng lại có trích dẫn.",
          `Nâng mức nếu trích dẫn cho thấy biện pháp, hoặc xóa trích dẫn. ${FIX_LEVEL}`,
        ),
      );
    }
    const level = coding.level ?? 0;
    if (level > 0 && !coding.note && coding.quotes.length > 0 && !coding.quotes.some((q) => namesMeasure(q.text, id)))
      issues.push(
        warning(
          file,
          `${field}.quotes`,
          "Không trích dẫn nào của biện pháp này có từ ngữ nói đến nó; có thể trích nhầm câu.",
          "Chép câu nêu chính biện pháp, hoặc thêm note giải thích vì sao câu này chứng minh mức đã chọn.",
        ),
      );
    coding.quotes.forEach((quote, i) => {
      const qfield = `${field}.quotes[${i}].text`;
      if (!source) return;
      const span = findQuote(source, quote.text);
      if (!span) {
        issues.push(
          error(
            file,
            qfield,
            `Không tìm thấy trích dẫn trong ${ctx.sourceDir}/${plan.source}: "${quote.text.slice(0, 90)}${quote.text.length > 90 ? "…" : ""}"`,
            "Chép nguyên văn từ tệp nguồn (có thể khác ở xuống dòng, khoảng trắng và vị trí dấu thanh như hoá/hóa, nhưng không được sửa chữ).",
          ),
        );
        return;
      }
      spans.set(quoteKey(id, i), span);
      const found = sectionAt(source, span.start);
      if (found && !sectionAgrees(quote.section, found))
        issues.push(
          warning(
            file,
            `${field}.quotes[${i}].section`,
            `Trích dẫn ghi mục "${quote.section}" nhưng trong văn bản nó nằm ở mục ${found}.`,
            `Sửa section thành "${found}" (hoặc mục con của nó), theo số mục của văn bản nguồn.`,
          ),
        );
    });
  }
  if (!plan.draft) {
    const missing = ctx.codebook.measures.map((m) => m.id).filter((id) => !(id in plan.measures));
    if (missing.length > 0)
      issues.push(
        error(
          file,
          "measures",
          `Thiếu mã hóa cho ${missing.length} biện pháp: ${missing.join(", ")}.`,
          "Thêm từng biện pháp với level (0–3, hoặc null nếu chưa mã hóa) và quotes.",
        ),
      );
  }
  plan.targets.forEach((t, i) => {
    if (t.measure && !ctx.measureIds.has(t.measure))
      issues.push(
        error(
          file,
          `targets[${i}].measure`,
          `Mã biện pháp "${t.measure}" không có trong bộ mã.`,
          "Dùng một mã có trong data/codebook.yaml hoặc bỏ trường measure.",
        ),
      );
  });

  issues.push(...checkLocality(vp, ctx), ...checkBody(vp, pf));
  return issues;
}

function checkLocality({ file, plan }: PlanEntry, ctx: CheckContext): CheckIssue[] {
  const { province, place } = plan.locality;
  if (!province) return []; // the schema asks for one on every local plan
  const unit = ctx.provinces.get(province);
  if (!unit)
    return [
      error(
        file,
        "locality.province",
        `Không có tỉnh/thành "${province}" trong data/localities.yaml.`,
        `Dùng slug của một trong 34 đơn vị, ví dụ: ${[...ctx.provinces.keys()].slice(0, 5).join(", ")}…`,
      ),
    ];
  if (place && !placeOf(unit, place, ctx.gazetteer))
    return [
      error(
        file,
        "locality.place",
        `"${place}" không phải xã, phường nào của ${unit.name} trong danh mục đơn vị hành chính (data/gazetteer/communes.csv) và chưa được khai báo trong places của ${unit.slug} (data/localities.yaml).`,
        `Ghi mã xã, phường (5 chữ số, ví dụ 00004) hoặc tên không dấu nối gạch (ví dụ phuong-ba-dinh) như trong data/gazetteer/communes.csv; trường học, cơ quan thì thêm vào places của ${unit.slug} trong data/localities.yaml.`,
      ),
    ];
  return [];
}

/** Longest summary accepted: a summary is a few hundred words, not a second copy of the source. */
export const MAX_SUMMARY_WORDS = 2000;

function checkBody({ file, body }: PlanEntry, { bodyLine }: PlanFile): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const line = (n: number) => `nội dung, dòng ${n + bodyLine - 1}`;
  const words = body.split(/\s+/).filter(Boolean).length;
  // A summary past the limit is refused as it is, without parsing megabytes of markdown.
  const { html, links } = words > MAX_SUMMARY_WORDS ? { html: [], links: [] } : mdastScan(body);
  for (const node of html) {
    issues.push(
      error(
        file,
        line(node.line),
        `Không được dùng HTML trong phần tóm tắt: ${node.value.slice(0, 60)}`,
        "Viết bằng markdown thuần (đoạn văn, **đậm**, danh sách); xóa thẻ HTML.",
      ),
    );
  }
  for (const link of links) {
    const problem = linkProblem(link);
    if (problem) issues.push(error(file, line(link.line), problem, LINK_FIX[link.kind]));
  }
  if (words > MAX_SUMMARY_WORDS)
    issues.push(
      error(
        file,
        "nội dung",
        `Phần tóm tắt có ${words} từ, quá giới hạn ${MAX_SUMMARY_WORDS} từ.`,
        "Tóm tắt 150–300 từ bằng lời của mình; toàn văn để trong data/sources/.",
      ),
    );
  else if (words === 0)
    issues.push(
      error(
        file,
        "nội dung",
        "Không có phần tóm tắt sau phần thông tin.",
        "Viết 150–300 từ tóm tắt văn bản bằng lời của mình, sau dòng --- thứ hai.",
      ),
    );
  else if (words < 100 || words > 400)
    issues.push(
      warning(
        file,
        "nội dung",
        `Phần tóm tắt có ${words} từ; nên dài 150–300 từ.`,
        words < 100 ? "Viết thêm điểm riêng của văn bản." : "Rút gọn tóm tắt.",
      ),
    );
  return issues;
}

const LINK_FIX = {
  link: "Chỉ dùng liên kết http(s):// hoặc đường dẫn trong trang (/ke-hoach/…); xóa liên kết này.",
  image: "Không chèn ảnh từ nơi khác: trang không tải gì ngoài trang của mình. Xóa ảnh này.",
};

/** Why a link or image in a summary is refused, or undefined when it is fine. */
function linkProblem({ kind, url }: MarkdownLink): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim())?.[1]?.toLowerCase();
  if (kind === "image")
    return scheme || url.startsWith("//")
      ? `Ảnh lấy từ nơi khác (${url.slice(0, 60)}): trang không được tải gì ngoài trang của mình.`
      : undefined;
  if (scheme && scheme !== "http" && scheme !== "https" && scheme !== "mailto")
    return `Liên kết "${scheme}:" không được phép: ${url.slice(0, 60)}`;
  return undefined;
}
