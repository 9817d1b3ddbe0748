/**
 * Reads the file an editor has (a PDF, a Word .docx or a plain text) into the text the project stores
 * in data/sources/: Unicode NFC, "\n" line breaks, old TCVN3 / VNI encodings converted. The one reader
 * behind `npm run new-plan` and the page /soan-thao/; it runs in Node and in the browser. Optical
 * character recognition of a scanned PDF is given by the caller (Node only, see scripts/lib/ocr.ts).
 */
import { normalizeSource } from "../extract/text.ts";
import { refusal, type RefusalKind } from "../text-encoding-messages.ts";
import { decodeSourceText, type SourceEncoding } from "../text-encoding.ts";
import { readDocx } from "./docx.ts";
import { convertLegacyLines, detectLegacy, LEGACY_LABELS, type LegacyEncoding } from "./legacy-encoding.ts";
import { layoutText, type PageText } from "./pdf-layout.ts";
import { PdfOpenError, readPdf } from "./pdf.ts";

/** The formats `readDocument` reads. */
export type DocumentFormat = "pdf" | "docx" | "txt";

/** The largest PDF or Word file accepted: 25 MB (a scanned plan of twenty pages is a few MB). */
export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;

export { OCR_MARK } from "./ocr-mark.ts";
import { OCR_MARK } from "./ocr-mark.ts";

/** What `readDocument` gives. */
export interface ReadResult {
  /**
   * The text as stored: NFC, "\n" line breaks; from a PDF or Word file also without trailing spaces or
   * runs of blank lines, ending with one line break.
   */
  text: string;
  format: DocumentFormat;
  /** The conversion applied, when the text was in an old encoding: "TCVN3 → Unicode". */
  conversion?: string;
  /** The old encodings converted (empty when none). */
  legacy: LegacyEncoding[];
  /** True when the text comes from optical character recognition and must be compared with the file. */
  ocr: boolean;
  /** Number of pages of a PDF. */
  pages?: number;
  /** For a plain text: the encoding it was read in, and whether that was guessed. */
  encoding?: { encoding: SourceEncoding; bom: boolean; guessed: boolean };
  /** What the editor should know about the reading, in Vietnamese. */
  warnings: string[];
}

/** What the caller may add. */
export interface ReadOptions {
  /**
   * Recognises the words of a scanned PDF (every page, in order, with their boxes). When absent, a PDF
   * without a text layer is refused with `scanAdvice`.
   */
  ocr?: (pdf: Uint8Array) => Promise<PageText[]>;
  /** What to tell an editor whose PDF is a scan and who cannot run OCR here. */
  scanAdvice?: string;
  /** In the browser: the address of pdf.js's worker, served by the site. */
  pdfWorkerSrc?: string;
}

/** Why a file cannot be read. */
export type DocumentErrorKind = RefusalKind | "password" | "broken-pdf" | "broken-docx" | "scan" | "doc";

/** A file `readDocument` refuses; `message` names the file and says what to do, in Vietnamese. */
export class DocumentReadError extends Error {
  readonly kind: DocumentErrorKind;
  /** What is wrong and what to do, without the file name, starting in lower case. */
  readonly reason: string;
  constructor(kind: DocumentErrorKind, reason: string, fileName: string) {
    super(`Không đọc được "${fileName}": ${reason}`);
    this.name = "DocumentReadError";
    this.kind = kind;
    this.reason = reason;
  }
}

/** Advice for a scan when no OCR is available, for the terminal. */
export const SCAN_ADVICE_TERMINAL =
  "Cài Tesseract với dữ liệu tiếng Việt (Debian, Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-vie " +
  "poppler-utils) rồi chạy lại lệnh: máy sẽ nhận dạng chữ và đánh dấu bản nháp là cần đối chiếu. Hoặc tìm bản " +
  "Word hay bản PDF có chữ của văn bản (chọn được chữ khi mở bằng trình đọc PDF).";

const mb = (n: number) => String(Math.ceil((n / (1024 * 1024)) * 10) / 10).replace(".", ",");

const REASONS: Record<"password" | "broken-pdf" | "broken-docx" | "doc", string> = {
  password:
    "tệp PDF có mật khẩu nên không đọc được chữ. Mở tệp bằng mật khẩu rồi in lại ra PDF không mật khẩu (Print › " +
    "Save as PDF), hoặc xin cơ quan ban hành bản không khóa, rồi chạy lại với tệp đó.",
  "broken-pdf":
    "tệp PDF bị hỏng hoặc không trọn vẹn (có lẽ tải về chưa xong), không mở được. Tải lại tệp từ nguồn, thử mở bằng " +
    "một trình đọc PDF, rồi chạy lại.",
  "broken-docx":
    "tệp Word (.docx) bị hỏng hoặc không phải tệp Word thật, không mở được. Mở tệp bằng Word hoặc LibreOffice, lưu " +
    "lại thành .docx rồi chạy lại.",
  doc:
    "đây là tệp Word đời cũ (.doc); công cụ chỉ đọc được .docx, PDF và văn bản thuần (.txt). Mở tệp bằng Word hoặc " +
    "LibreOffice, chọn File › Save As, kiểu Word (.docx) hoặc PDF, rồi chạy lại với tệp mới.",
};

/** Why a PDF or Word file of `size` bytes is refused, or null when its size is acceptable. */
export function documentSizeRefusal(size: number): string | null {
  if (size <= MAX_DOCUMENT_BYTES) return null;
  return (
    `tệp nặng ${mb(size)} MB, quá giới hạn ${mb(MAX_DOCUMENT_BYTES)} MB cho một tệp PDF hay Word (một kế hoạch ` +
    "thường dưới 5 MB, kể cả bản quét). Có lẽ đây là nhiều văn bản ghép lại: tách riêng văn bản cần thêm, hoặc in " +
    "lại ra PDF với ảnh nhẹ hơn, rồi chạy lại."
  );
}

/** The format the bytes say, whatever the name: "%PDF-", a ZIP with word/, an OLE2 file, else text. */
function sniff(bytes: Uint8Array): DocumentFormat | "doc" | "other" {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (head.includes("%PDF-")) return "pdf";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    const names = new TextDecoder("latin1").decode(bytes.subarray(0, Math.min(bytes.length, 65536)));
    return names.includes("word/") && !names.includes("opendocument") ? "docx" : "other";
  }
  if ([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((b, i) => bytes[i] === b)) return "doc";
  return "txt";
}

/** The stored form: NFC, "\n", no trailing spaces, no run of blank lines, one final line break. */
function stored(text: string): string {
  return (
    normalizeSource(text)
      .replace(/[ \t\u00a0]+$/gm, "")
      .replace(/\n{3,}/g, "\n\n")
      .replace(/^\n+/, "")
      .trimEnd() + "\n"
  );
}

/**
 * Reads `bytes` (the file named `fileName`) as a plan's source text. Throws `DocumentReadError` for an
 * empty, binary, too large, password-protected or broken file, an old .doc, or a scan without OCR.
 */
export async function readDocument(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const fail = (kind: DocumentErrorKind, reason: string): never => {
    throw new DocumentReadError(kind, reason, fileName);
  };
  const ext = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? "";
  if (bytes.length === 0) fail("empty", refusal("empty").reason);
  const kind = sniff(bytes);
  if (kind === "doc") fail("doc", REASONS.doc);
  const tooLarge = kind === "pdf" || kind === "docx" ? documentSizeRefusal(bytes.length) : null;
  if (tooLarge) fail("too-large", tooLarge);
  if (kind === "txt" && ext === "pdf") fail("broken-pdf", REASONS["broken-pdf"]);
  if (kind === "txt" && ext === "docx") fail("broken-docx", REASONS["broken-docx"]);

  const warnings: string[] = [];
  let text: string;
  let format: DocumentFormat;
  let ocr = false;
  let pages: number | undefined;
  let encoding: ReadResult["encoding"];
  const legacy = new Set<LegacyEncoding>();

  if (kind === "pdf") {
    format = "pdf";
    let pdf;
    try {
      pdf = await readPdf(bytes, options.pdfWorkerSrc);
    } catch (e) {
      if (!(e instanceof PdfOpenError)) throw e;
      return fail(
        e.problem === "password" ? "password" : "broken-pdf",
        REASONS[e.problem === "password" ? "password" : "broken-pdf"],
      );
    }
    pages = pdf.pages;
    text = pdf.text;
    if (pdf.legacy) legacy.add(pdf.legacy);
    if (pdf.emptyPages.length === pdf.pages) {
      if (!options.ocr)
        fail(
          "scan",
          `tệp PDF không có lớp chữ: đây là bản quét hoặc ảnh chụp (${pdf.pages} trang), không có chữ để đọc. ` +
            (options.scanAdvice ?? SCAN_ADVICE_TERMINAL),
        );
      text = layoutText(await options.ocr!(bytes));
      ocr = true;
      warnings.push(
        `Tệp PDF là bản quét: chữ được nhận dạng quang học (OCR) nên có thể sai dấu, sai số. Đối chiếu văn bản với ` +
          `bản gốc trước khi dùng làm trích dẫn; bản nháp ghi "${OCR_MARK}".`,
      );
    } else if (pdf.emptyPages.length > 0)
      warnings.push(
        `Trang ${pdf.emptyPages.join(", ")} của tệp PDF không có chữ (có lẽ là trang quét hay ảnh): nội dung các trang ` +
          "đó không có trong văn bản. Chép tay phần đó vào tệp nguồn nếu cần.",
      );
  } else if (kind === "docx") {
    format = "docx";
    try {
      const docx = await readDocx(bytes);
      text = docx.text;
      docx.converted.forEach((e) => legacy.add(e));
    } catch {
      return fail("broken-docx", REASONS["broken-docx"]);
    }
  } else {
    format = "txt";
    const decoded = decodeSourceText(bytes);
    if (decoded.ok) {
      text = decoded.text;
      encoding = { encoding: decoded.encoding, bom: decoded.bom, guessed: decoded.guessed };
    } else {
      // A text saved from a .VnTime or VNI document: its bytes are the legacy codes themselves.
      const latin = decoded.kind === "legacy-vietnamese" ? detectLegacy(new TextDecoder("latin1").decode(bytes)) : null;
      if (!latin) return fail(decoded.kind, decoded.reason);
      text = latin.text;
      legacy.add(latin.encoding);
    }
  }

  const lines = convertLegacyLines(normalizeSource(text));
  lines.converted.forEach((e) => legacy.add(e));
  // A plain text is kept as it is (only normalised), so a copy already stored is found again.
  text = format === "txt" ? lines.text : stored(lines.text);
  if (!/\p{L}/u.test(text))
    fail(
      "empty",
      format === "txt"
        ? refusal("empty").reason
        : `tệp ${format === "pdf" ? "PDF" : "Word"} không có chữ nào để soạn. Kiểm tra lại tệp rồi chạy lại.`,
    );
  const codes = [...legacy].sort();
  const conversion =
    codes.length > 0 ? codes.map((c) => (c === "tcvn3" ? "TCVN3 → Unicode" : "VNI → Unicode")).join(", ") : undefined;
  if (codes.length > 0)
    warnings.push(
      `Văn bản gõ bằng bảng mã cũ ${codes.map((c) => LEGACY_LABELS[c].replace(" → Unicode", "")).join(" và ")}, đã ` +
        "được chuyển sang Unicode: đọc lại vài dòng có dấu để chắc chữ không sai.",
    );
  return { text, format, conversion, legacy: codes, ocr, pages, encoding, warnings };
}
