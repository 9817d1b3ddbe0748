/**
 * Writes a drafted plan as a content file: YAML frontmatter in the field order of the schema, with
 * "# CẦN ĐIỀN: …" and "# KIỂM TRA: …" comments where the editor has work to do, and a summary body
 * left for the editor to write.
 */
import { CHECK, FILL, type DraftPlan, type FieldNote } from "./draft.ts";
import type { Reason } from "./measures.ts";

const q = (s: string) => JSON.stringify(s);

const REASONS: Record<Reason, string> = {
  chung: "chỉ nêu chung",
  "chu-de-truyen-thong": "chỉ là chủ đề tuyên truyền",
  "chu-de-bao-cao": "chỉ là nội dung được thống kê, báo cáo",
  "muc-dich": "chỉ nêu như mục đích",
  "nhiem-vu": "có nhiệm vụ cụ thể",
  "co-quan-thoi-han": "nhiệm vụ có cơ quan và thời hạn hoặc chỉ tiêu",
};

/** The comment for a field's notes: " # CẦN ĐIỀN: …; KIỂM TRA: …", or "". */
function trailing(notes: FieldNote[] | undefined): string {
  if (!notes || notes.length === 0) return "";
  return ` # ${notes.map((n) => `${n.kind}: ${n.text}`).join("; ")}`;
}

/** Comment lines for a block field, at `indent`. */
function above(notes: FieldNote[] | undefined, indent: string): string[] {
  return (notes ?? []).map((n) => `${indent}# ${n.kind}: ${n.text}`);
}

/** The whole markdown file of a draft. */
export function renderDraft(d: DraftPlan): string {
  const n = (field: string) => d.notes.get(field);
  const out: string[] = [
    "---",
    `# Bản nháp do \`npm run new-plan\` soạn từ data/sources/${d.source}.`,
    `# "${FILL}": chỗ còn thiếu, phải điền trước khi xuất bản. "${CHECK}": chỗ máy đoán, đối chiếu với văn bản.`,
    "# Điền xong thì xóa các dòng ghi chú này và dòng draft: true, rồi chạy npm run check.",
    `title: ${q(d.title)}${trailing(n("title"))}`,
    `shortTitle: ${q(d.shortTitle)}${trailing(n("shortTitle"))}`,
    `docType: ${d.docType}${trailing(n("docType"))}`,
    `number: ${d.number === null ? "null" : q(d.number)}${trailing(n("number"))}`,
    `issued:${trailing(n("issued"))}`,
  ];
  for (const key of ["date", "after", "before", "note"] as const) {
    const v = d.issued[key];
    if (v) out.push(`  ${key}: ${q(v)}`);
  }
  out.push(
    `issuer: ${q(d.issuer)}${trailing(n("issuer"))}`,
    `issuerShort: ${q(d.issuerShort)}${trailing(n("issuerShort"))}`,
    `issuerKind: ${d.issuerKind}${trailing(n("issuerKind"))}`,
    `issuerLevel: ${d.issuerLevel}${trailing(n("issuerLevel"))}`,
    "locality:",
    ...above(n("locality"), "  "),
  );
  if (d.locality.province) out.push(`  province: ${d.locality.province}`);
  if (d.locality.asWritten) out.push(`  asWritten: ${q(d.locality.asWritten)}`);
  if (d.locality.place) out.push(`  place: ${d.locality.place}`);
  out.push(`  inferred: ${d.locality.inferred ? "true" : "false"}`);
  if (d.locality.note) out.push(`  note: ${q(d.locality.note)}`);
  if (d.signer) {
    out.push("signer:", `  name: ${q(d.signer.name)}`);
    if (d.signer.title) out.push(`  title: ${q(d.signer.title)}`);
  } else out.push(`signer: null${trailing(n("signer"))}`);
  out.push(`source: ${q(d.source)}`);

  if (d.references.length === 0) out.push(`references: [] # ${CHECK}: không thấy văn bản nào được dẫn có số hiệu`);
  else out.push("references:");
  d.references.forEach((r, i) => {
    out.push(...above(n(`references[${i}]`), "  "));
    out.push(
      `  - relation: ${r.relation}`,
      `    docType: ${r.docType}`,
      `    number: ${q(r.number)}`,
      `    issuer: ${q(r.issuer)}`,
    );
    if (r.date) out.push(`    date: ${q(r.date)}`);
    out.push(`    stated: ${r.stated}`);
  });

  out.push("measures:", ...above(n("measures"), "  "));
  for (const m of d.measures) {
    if (m.level === 0) {
      out.push(`  ${m.id}: { level: 0, quotes: [] }`);
      continue;
    }
    const why = m.reason ? REASONS[m.reason] : "";
    out.push(`  ${m.id}: # gợi ý: mức ${m.level}${why ? `, ${why}` : ""}`, `    level: ${m.level}`, "    quotes:");
    for (const quote of m.quotes) out.push(`      - text: ${q(quote.text)}`, `        section: ${q(quote.section)}`);
  }
  out.push(
    `targets: [] # ${CHECK}: thêm các chỉ tiêu có con số, đơn vị và thời hạn (nếu văn bản có)`,
    `assignments: [] # ${CHECK}: thêm cơ quan và nhiệm vụ được giao (nếu văn bản có)`,
  );
  if (d.dataNotes.length === 0) out.push("dataNotes: []");
  else out.push("dataNotes:", ...d.dataNotes.map((x) => `  - ${q(x)}`));
  out.push("draft: true", "---");
  out.push(
    `${FILL}: viết phần tóm tắt 150–300 từ bằng lời của bạn, không chép nguyên câu: kế hoạch có gì riêng so với văn bản cấp trên, cụ thể đến đâu, ai làm gì, chỉ tiêu nào (chỉ dùng đoạn văn markdown, không dùng HTML).`,
    "",
  );
  return out.join("\n");
}
