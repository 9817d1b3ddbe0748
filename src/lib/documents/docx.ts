/**
 * The text of a Word file (.docx), read with mammoth: paragraphs separated by a blank line, a table as
 * one row per line with its cells separated by tabs, and the layout tables of the letterhead and the
 * signature read column by column. Runs typed in a TCVN3 (".VnTime") or VNI font are converted to
 * Unicode by their font name.
 */
import { fromTcvn3, fromVni, type LegacyEncoding } from "./legacy-encoding.ts";
import { foldSameLength } from "../extract/text.ts";

/** The parts of mammoth's document model this reader walks. */
interface DocElement {
  type: string;
  children?: DocElement[];
  value?: string;
  font?: string | null;
  breakType?: string;
}

/** What a .docx gave. */
export interface DocxText {
  text: string;
  /** Legacy encodings found by font name and converted. */
  converted: LegacyEncoding[];
  /** mammoth's own messages (unsupported elements…), in English. */
  messages: string[];
}

/** The legacy encoding of a font: ".VnTime", ".VnTimeH", ".VnArial" → TCVN3; "VNI-Times" → VNI. */
export function fontEncoding(font: string | null | undefined): LegacyEncoding | null {
  if (!font) return null;
  if (/^\.?vn[a-z]/i.test(font) && !/^vni\b/i.test(font)) return "tcvn3";
  if (/^vni[- ]/i.test(font)) return "vni";
  return null;
}

/** A letterhead (Quốc hiệu) or a signature block ("Nơi nhận", "TM.", "KT.", "T/M"…). */
const LAYOUT = /cong hoa xa hoi chu nghia|dang cong san viet nam|noi nhan|(?:^|\n)\s*(?:t\/?m|kt|tl|tuq)[.\s]/;

class Walker {
  converted = new Set<LegacyEncoding>();

  /** The text of a run, hyperlink or other inline element. */
  inline(el: DocElement, font: string | null = null): string {
    if (el.type === "text") {
      const enc = fontEncoding(font);
      if (!enc || !el.value) return el.value ?? "";
      this.converted.add(enc);
      // A ".VnTimeH" (capitals) font draws TCVN3's lower-case codes as capitals.
      return enc === "tcvn3" ? fromTcvn3(el.value, /h$/i.test(font ?? "")) : fromVni(el.value);
    }
    if (el.type === "tab") return "\t";
    if (el.type === "break") return el.breakType === "line" || !el.breakType ? "\n" : "";
    const own = el.type === "run" ? (el.font ?? font) : font;
    return (el.children ?? []).map((c) => this.inline(c, own)).join("");
  }

  /** The paragraphs of a block (a document, a cell), each as its lines of text. */
  blocks(el: DocElement): string[] {
    const out: string[] = [];
    for (const c of el.children ?? []) {
      if (c.type === "paragraph") out.push(this.inline(c).replace(/[ \u00a0]+$/gm, ""));
      else if (c.type === "table") out.push(...this.table(c));
      else if (c.children) out.push(...this.blocks(c));
    }
    return out;
  }

  /** A table: by rows (cells joined by tabs), or by columns when it lays out a letterhead or signature. */
  table(el: DocElement): string[] {
    const rows = (el.children ?? []).filter((r) => r.type === "tableRow");
    const cells = rows.map((r) => (r.children ?? []).filter((c) => c.type === "tableCell").map((c) => this.blocks(c)));
    const all = cells.flat(2).join("\n");
    if (LAYOUT.test(foldSameLength(all.normalize("NFC")))) {
      const columns = Math.max(0, ...cells.map((r) => r.length));
      const out: string[] = [];
      for (let k = 0; k < columns; k++)
        for (const row of cells) out.push(...(row[k] ?? []).filter((p) => p.trim() !== ""));
      return [out.join("\n")];
    }
    const lines = cells.map((row) =>
      row
        .map((cell) => cell.join(" ").replace(/\s+/g, " ").trim())
        .join("\t")
        .replace(/\t+$/, ""),
    );
    return [lines.filter((l) => l.trim() !== "").join("\n")];
  }
}

/** Reads a .docx with mammoth. Throws mammoth's error when the file is not a readable Word document. */
export async function readDocx(bytes: Uint8Array): Promise<DocxText> {
  const mammoth = (await import("mammoth")).default;
  let doc: DocElement | undefined;
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // Node's mammoth reads `buffer`, the browser build `arrayBuffer`: give both.
  const input = { buffer: bytes, arrayBuffer: buffer } as unknown as { arrayBuffer: ArrayBuffer };
  const result = await mammoth.convertToHtml(input, {
    transformDocument: (d: DocElement) => {
      doc = d;
      return d;
    },
  });
  const walker = new Walker();
  const paragraphs = doc ? walker.blocks(doc) : [];
  const text = paragraphs
    .filter((p) => p.trim() !== "")
    .join("\n\n")
    .concat("\n");
  return {
    text,
    converted: [...walker.converted].sort(),
    messages: result.messages.map((m) => m.message),
  };
}
