import { mdastHtmlNodes } from "./markdown.ts";
import { error, warning, type CheckIssue } from "./issue.ts";
import type { CheckContext, ValidPlan } from "./corpus.ts";
import { findQuote, prepareSource, type PreparedSource } from "../quote-match.ts";

const FIX_LEVEL =
  "Dùng mức 0 (không đề cập), 1 (nêu chung), 2 (nhiệm vụ cụ thể) hoặc 3 (có cơ quan và chỉ tiêu/thời hạn).";

/** Checks one valid plan against the codebook, the localities and its source text. */
export function checkPlan(vp: ValidPlan, ctx: CheckContext, prepared: Map<string, PreparedSource>): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const { file, plan } = vp;

  // Source text
  let source: PreparedSource | undefined;
  if (plan.source === null) {
    if (!plan.sourceNote)
      issues.push(
        error(
          file,
          "sourceNote",
          "Không có tệp nguồn (source: null) mà không giải thích vì sao.",
          "Thêm sourceNote nêu lý do không có toàn văn.",
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
    if (coding.level !== null && coding.level > 0 && coding.quotes.length === 0) {
      issues.push(
        error(
          file,
          `${field}.quotes`,
          `Mức ${coding.level} phải có ít nhất một trích dẫn nguyên văn.`,
          'Thêm quotes: [{ text: "…", section: "…" }], hoặc hạ mức về 0.',
        ),
      );
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
    coding.quotes.forEach((quote, i) => {
      const qfield = `${field}.quotes[${i}].text`;
      if (!source) {
        if (plan.source === null)
          issues.push(
            error(
              file,
              qfield,
              "Có trích dẫn nhưng văn bản không có tệp nguồn để đối chiếu.",
              "Thêm tệp nguồn (source) hoặc bỏ trích dẫn.",
            ),
          );
        return;
      }
      if (!findQuote(source, quote.text)) {
        issues.push(
          error(
            file,
            qfield,
            `Không tìm thấy trích dẫn trong ${ctx.sourceDir}/${plan.source}: "${quote.text.slice(0, 90)}${quote.text.length > 90 ? "…" : ""}"`,
            "Chép nguyên văn từ tệp nguồn (có thể khác ở xuống dòng, khoảng trắng và vị trí dấu thanh như hoá/hóa, nhưng không được sửa chữ).",
          ),
        );
      }
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

  issues.push(...checkLocality(vp, ctx), ...checkDates(vp), ...checkBody(vp));
  const parents = plan.references.filter((r) => r.relation === "thuc-hien");
  if (parents.length > 1)
    issues.push(
      error(
        file,
        "references",
        `Có ${parents.length} văn bản "thuc-hien"; mỗi kế hoạch chỉ có một văn bản cấp trên trực tiếp.`,
        'Giữ một "thuc-hien", đổi các văn bản còn lại thành "can-cu".',
      ),
    );
  return issues;
}

function checkLocality({ file, plan }: ValidPlan, ctx: CheckContext): CheckIssue[] {
  const { province, place } = plan.locality;
  if (!province) {
    return plan.issuerLevel === "trung-uong"
      ? []
      : [
          error(
            file,
            "locality.province",
            "Văn bản địa phương phải có tỉnh/thành (slug của 34 đơn vị hiện nay).",
            "Thêm locality.province, ví dụ: ha-tinh.",
          ),
        ];
  }
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
  if (place && !unit.places.some((p) => p.slug === place))
    return [
      error(
        file,
        "locality.place",
        `"${place}" chưa được khai báo trong ${unit.name} (data/localities.yaml).`,
        `Thêm nơi này vào places của ${unit.slug} trong data/localities.yaml.`,
      ),
    ];
  return [];
}

function checkDates({ file, plan }: ValidPlan): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const { date, after, before } = plan.issued;
  if (after && before && after > before)
    issues.push(
      error(
        file,
        "issued",
        `Giới hạn ngày mâu thuẫn: after (${after}) muộn hơn before (${before}).`,
        "Sửa lại hai giới hạn.",
      ),
    );
  if (date && ((after && date <= after) || (before && date > before)))
    issues.push(
      error(
        file,
        "issued.date",
        `Ngày ban hành ${date} nằm ngoài giới hạn đã ghi.`,
        "Sửa ngày hoặc bỏ giới hạn after/before.",
      ),
    );
  const latest = date ?? before;
  plan.references.forEach((ref, i) => {
    if (ref.date && latest && ref.date > latest) {
      const what = ref.relation === "thuc-hien" ? "thực hiện" : "trích dẫn";
      issues.push(
        error(
          file,
          `references[${i}].date`,
          `Văn bản ${date ? `ban hành ngày ${date}` : `ban hành trước ${before}`} nhưng ${what} ${ref.number} ngày ${ref.date}, tức là văn bản ra sau nó.`,
          "Kiểm tra lại ngày của văn bản này và của văn bản được dẫn.",
        ),
      );
    }
  });
  return issues;
}

function checkBody({ file, body, bodyLine }: ValidPlan): CheckIssue[] {
  const issues: CheckIssue[] = [];
  for (const node of mdastHtmlNodes(body)) {
    issues.push(
      error(
        file,
        `nội dung, dòng ${node.line + bodyLine - 1}`,
        `Không được dùng HTML trong phần tóm tắt: ${node.value.slice(0, 60)}`,
        "Viết bằng markdown thuần (đoạn văn, **đậm**, danh sách); xóa thẻ HTML.",
      ),
    );
  }
  const words = body.split(/\s+/).filter(Boolean).length;
  if (words < 100 || words > 400)
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
