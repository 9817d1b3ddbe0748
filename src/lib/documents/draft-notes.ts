/**
 * What a draft says about the file it was read from: the original kept beside the text, the old
 * encoding converted (a data note, so it stays after publishing), and for a scan the `sourceOcr`
 * field the check warns about until an editor has compared the text with the original.
 */
import { CHECK, type DraftPlan } from "../extract/draft.ts";
import { renderDraft } from "../extract/render.ts";
import { OCR_MARK } from "./ocr-mark.ts";
import type { ReadResult } from "./read.ts";

const FORMAT_NAMES: Record<ReadResult["format"], string> = { pdf: "PDF", docx: "Word (.docx)", txt: "văn bản thuần" };

/** The data notes a reading justifies: which conversion was applied, that the text is OCR. */
export function readingNotes(read: Pick<ReadResult, "conversion" | "ocr" | "format">, original?: string): string[] {
  const notes: string[] = [];
  const from = original ? ` ${original}` : "";
  if (read.conversion)
    notes.push(
      `Tệp gốc${from} gõ bằng bảng mã cũ; toàn văn trong data/sources/ đã được chuyển mã (${read.conversion}).`,
    );
  if (read.ocr)
    notes.push(`Tệp gốc${from} là bản quét; toàn văn trong data/sources/ do máy nhận dạng quang học (OCR).`);
  return notes;
}

/**
 * The markdown of a draft read from a document: `renderDraft`, plus the reading's data notes, a
 * header line naming the original, and `sourceOcr: can-doi-chieu` after `source` for a scan.
 */
export function renderDocumentDraft(
  draft: DraftPlan,
  read: Pick<ReadResult, "conversion" | "ocr" | "format">,
  original?: string,
): string {
  let md = renderDraft({ ...draft, dataNotes: [...draft.dataNotes, ...readingNotes(read, original)] });
  const lines = md.split("\n");
  const extra: string[] = [];
  if (read.format !== "txt")
    extra.push(`# Đọc từ tệp ${FORMAT_NAMES[read.format]}${original ? ` ${original}` : ""}, giữ bên cạnh toàn văn.`);
  if (read.conversion)
    extra.push(`# ${CHECK}: văn bản đã được chuyển mã ${read.conversion}; đọc lại vài câu có dấu trong toàn văn.`);
  lines.splice(1, 0, ...extra);
  md = lines.join("\n");
  if (read.ocr) {
    const at = md.search(/^source: .*$/m);
    const end = md.indexOf("\n", at);
    md =
      md.slice(0, end + 1) +
      `sourceOcr: can-doi-chieu # ${OCR_MARK}: so toàn văn với bản gốc, sửa chữ nhận sai, rồi ghi da-doi-chieu\n` +
      md.slice(end + 1);
  }
  return md;
}
