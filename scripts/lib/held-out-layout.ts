/**
 * The page layout of a plan's plain text, for writing it back as Word or PDF: the letterhead (two
 * columns, one cell per tab), the title block, section headings, paragraphs, tables (lines with two or
 * more tabs) and the signature, right-aligned. A layout, not a parse: it only has to look like a plan.
 */

/** One block of the page. */
export type LayoutBlock =
  | { kind: "letterhead"; rows: string[][] }
  | { kind: "table"; rows: string[][] }
  | { kind: "paragraph"; text: string; align: "left" | "center" | "right"; bold: boolean; italic: boolean };

const TYPE_HEADING = /^(KẾ HOẠCH|CHƯƠNG TRÌNH|QUYẾT ĐỊNH|NGHỊ QUYẾT)$/u;
const SECTION = /^[IVX]+\.\s/;
const caps = (t: string) => t === t.toUpperCase() && /\p{Lu}{3}/u.test(t);

/** The blocks of `text`, top to bottom. */
export function layoutOf(text: string): LayoutBlock[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const typeAt = lines.findIndex((l) => TYPE_HEADING.test(l.trim()));
  const blocks: LayoutBlock[] = [];
  const letterhead = lines.slice(0, Math.max(typeAt, 0)).filter((l) => l.trim() !== "");
  if (letterhead.length > 0) blocks.push({ kind: "letterhead", rows: letterhead.map((l) => l.split("\t")) });

  let inTitle = false;
  let signature = false;
  let table: string[][] | undefined;
  const para = (t: string, align: "left" | "center" | "right", bold = false, italic = false) =>
    blocks.push({ kind: "paragraph", text: t, align, bold, italic });
  for (const raw of lines.slice(Math.max(typeAt, 0))) {
    const t = raw.trim();
    if ((raw.match(/\t/g) ?? []).length >= 2) {
      if (!table) blocks.push({ kind: "table", rows: (table = []) });
      table.push(raw.split("\t").map((c) => c.trim()));
      continue;
    }
    table = undefined;
    if (t === "") {
      inTitle = false;
      continue;
    }
    if (TYPE_HEADING.test(t)) {
      para(t, "center", true);
      inTitle = true;
    } else if (inTitle) para(t, "center", true);
    else if (/^Nơi nhận:?$/u.test(t)) {
      para(t, "left", true, true);
      signature = true;
    } else if (signature && !t.startsWith("-") && (caps(t) || /^\p{Lu}\p{Ll}+ /u.test(t)) && !/^PHỤ LỤC/u.test(t))
      para(t, "right", caps(t) || !/[.;:]$/.test(t));
    else if (/^PHỤ LỤC/u.test(t)) {
      signature = false;
      para(t, "center", true);
    } else if (/^\(Kèm theo/u.test(t)) para(t, "center", false, true);
    else if (SECTION.test(t) || (caps(t) && t.length < 80)) para(t, SECTION.test(t) ? "left" : "center", true);
    else para(t, "left");
  }
  return blocks;
}
