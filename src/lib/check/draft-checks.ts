/**
 * Checks for drafts and for codings the text contradicts: what a draft still lacks before it can be
 * published ("CẦN ĐIỀN" gaps, measures not coded), gaps left in a published file, and measures coded
 * 0 that the text strongly suggests (the same rules `npm run new-plan` uses).
 */
import { CHECK, FILL } from "../extract/draft.ts";
import { OCR_MARK } from "../documents/ocr-mark.ts";
import { mentionsStrongly, suggestMeasures, type MeasureSuggestion } from "../extract/measures.ts";
import { segment } from "../extract/segment.ts";
import { foldSameLength, normalizeSource } from "../extract/text.ts";
import type { CheckContext, PlanFile } from "./corpus.ts";
import type { PlanEntry } from "../model.ts";
import { error, warning, type CheckIssue } from "./issue.ts";

/** `text` ending with one full stop (or its own question mark). */
const sentence = (text: string) => (text ? (/[.?!]$/.test(text) ? text : `${text}.`) : "giá trị.");

const KEY = /^(\s*)(?:-\s+)?([A-Za-z][\w-]*)\s*:/;

/** The YAML field a line of the frontmatter belongs to: "issuer", "locality", "references.issuer". */
function fieldAt(lines: readonly string[], at: number): string {
  const own = KEY.exec(lines[at]);
  let indent = (own ? own[1] : /^(\s*)/.exec(lines[at])![1]).length;
  const path = own ? [own[2]] : [];
  for (let j = at - 1; j >= 0 && indent > 0; j--) {
    const m = KEY.exec(lines[j]);
    if (m && m[1].length < indent) {
      path.unshift(m[2]);
      indent = m[1].length;
    }
  }
  return path.join(".") || "frontmatter";
}

/** Every line with `marker` followed by a colon ("CẦN ĐIỀN: …"): where, which field, and what it says. */
export function findMarkers(raw: string, marker: string): { line: number; field: string; text: string }[] {
  const lines = raw.split(/\r?\n/);
  const end = lines.findIndex((l, i) => i > 0 && /^---\s*$/.test(l));
  const found: { line: number; field: string; text: string }[] = [];
  lines.forEach((l, i) => {
    const at = l.indexOf(`${marker}:`);
    if (at < 0) return;
    const text = l
      .slice(at + marker.length + 1)
      .trimStart()
      .replace(/"\s*(#.*)?$/, "")
      .trim()
      .replace(/\.+$/, "");
    const field = end < 0 || i > end ? "nội dung" : fieldAt(lines, i);
    found.push({ line: i + 1, field, text });
  });
  return found;
}

/**
 * For each draft: a warning that it is a draft, one per "CẦN ĐIỀN" gap, one listing the "KIỂM TRA"
 * guesses and one listing the measures not coded yet. For a published file: an error per gap left.
 */
export function checkDrafts(files: readonly PlanFile[], plans: readonly PlanEntry[], measureIds: readonly string[]) {
  const byFile = new Map(plans.map((p) => [p.file, p]));
  const issues: CheckIssue[] = [];
  for (const pf of files) {
    const vp = byFile.get(pf.file);
    const isDraft = vp?.plan.draft ?? (pf.data as { draft?: unknown } | undefined)?.draft === true;
    const ocr = vp?.plan.sourceOcr ?? (pf.data as { sourceOcr?: unknown } | undefined)?.sourceOcr;
    if (ocr === "can-doi-chieu")
      issues.push(
        warning(
          pf.file,
          "sourceOcr",
          `Toàn văn là ${OCR_MARK}: chữ do máy nhận dạng từ bản quét nên có thể sai dấu, sai số, và các trích dẫn chưa chắc đúng nguyên văn.`,
          "So từng đoạn của tệp trong data/sources/ với bản gốc (tệp .pdf cùng tên), sửa chữ nhận sai, rồi đổi sourceOcr thành da-doi-chieu.",
        ),
      );
    const gaps = findMarkers(pf.raw, FILL);
    const guesses = findMarkers(pf.raw, CHECK);
    if (isDraft) {
      issues.push(
        warning(
          pf.file,
          "draft",
          `Bản nháp: chỉ hiện khi xem trước (npm start), không có trên trang chính thức và không được tính vào thống kê. Còn ${gaps.length} chỗ ${FILL}.`,
          `Điền các chỗ ${FILL}, xem lại các chỗ ${CHECK}, xóa dòng draft: true rồi chạy lại npm run check.`,
        ),
      );
      for (const g of gaps)
        issues.push(
          warning(
            pf.file,
            `${g.field}, dòng ${g.line}`,
            `Còn thiếu: ${sentence(g.text)}`,
            `Điền giá trị rồi xóa chữ ${FILL}.`,
          ),
        );
      if (guesses.length > 0)
        issues.push(
          warning(
            pf.file,
            undefined,
            `${guesses.length} chỗ ${CHECK} (giá trị do máy đoán) ở các dòng ${guesses.map((g) => g.line).join(", ")}.`,
            `Đối chiếu từng chỗ với văn bản nguồn, sửa nếu cần, rồi xóa ghi chú ${CHECK}.`,
          ),
        );
      if (vp && !vp.plan.locality.province && vp.plan.issuerLevel !== "trung-uong")
        issues.push(
          warning(
            pf.file,
            "locality.province",
            "Bản nháp chưa có tỉnh/thành (slug của 34 đơn vị hiện nay).",
            "Thêm locality.province trước khi xuất bản, ví dụ: ha-tinh.",
          ),
        );
      const missing = vp ? measureIds.filter((id) => !(id in vp.plan.measures)) : [];
      if (missing.length > 0)
        issues.push(
          warning(
            pf.file,
            "measures",
            `Chưa mã hóa ${missing.length} biện pháp: ${missing.join(", ")}.`,
            "Thêm từng biện pháp với level và quotes trước khi xuất bản.",
          ),
        );
    } else {
      for (const g of gaps)
        issues.push(
          error(
            pf.file,
            `${g.field}, dòng ${g.line}`,
            `Tệp đã xuất bản (không có draft: true) nhưng còn chỗ ${FILL}: ${sentence(g.text)}`,
            `Điền giá trị, hoặc đặt lại draft: true nếu chưa xong.`,
          ),
        );
      if (guesses.length > 0)
        issues.push(
          warning(
            pf.file,
            undefined,
            `Còn ${guesses.length} ghi chú ${CHECK} ở các dòng ${guesses.map((g) => g.line).join(", ")}.`,
            `Xóa ghi chú sau khi đã đối chiếu với văn bản.`,
          ),
        );
    }
  }
  return issues;
}

/**
 * Measures a plan codes 0 (without a note saying why) that the text strongly suggests: a specific
 * phrase of the measure in a concrete task (suggested level 2 or 3).
 */
export function checkSuggestedMeasures(plans: readonly PlanEntry[], ctx: Pick<CheckContext, "sources">) {
  const cache = new Map<string, MeasureSuggestion[]>();
  const issues: CheckIssue[] = [];
  for (const vp of plans) {
    const name = vp.plan.source;
    const text = name ? ctx.sources.get(name) : undefined;
    if (!name || text === undefined) continue;
    const zero = Object.entries(vp.plan.measures).filter(([, c]) => c.level === 0 && !c.note);
    if (zero.length === 0) continue;
    // Segmenting every source is the slow part: do it only when a strong phrase is there at all.
    const folded = foldSameLength(normalizeSource(text));
    if (!zero.some(([id]) => mentionsStrongly(folded, id))) continue;
    let suggestions = cache.get(name);
    if (!suggestions) {
      suggestions = suggestMeasures(segment(normalizeSource(text)));
      cache.set(name, suggestions);
    }
    for (const [id] of zero) {
      const s = suggestions.find((x) => x.id === id);
      if (!s || s.level < 2) continue;
      const strong = s.hits.find((h) => h.level >= 2 && !h.weak);
      if (!strong) continue;
      issues.push(
        warning(
          vp.file,
          `measures.${id}.level`,
          `Văn bản có vẻ nói đến biện pháp này (gợi ý mức ${strong.level}) nhưng tệp mã hóa 0: "${strong.quote.text.slice(0, 160)}${strong.quote.text.length > 160 ? "…" : ""}" (${strong.quote.section}).`,
          "Đọc lại đoạn trên: nếu đúng là biện pháp này, nâng mức và thêm trích dẫn; nếu không, thêm note giải thích vì sao mức 0.",
        ),
      );
    }
  }
  return issues;
}
