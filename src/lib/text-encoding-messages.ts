/**
 * Why a file cannot be a source text, in Vietnamese: what the file is and what to do. Each message
 * starts in lower case so that a caller can put it after the file name ("Không đọc được "x.pdf": …").
 */

/** The kinds of file `decodeSourceText` refuses. */
export type RefusalKind =
  | "empty"
  | "too-large"
  | "pdf"
  | "word"
  | "word-old"
  | "office"
  | "opendocument"
  | "rtf"
  | "zip"
  | "image"
  | "binary"
  | "utf-32"
  | "broken-utf-8"
  | "broken-utf-16"
  | "legacy-vietnamese";

/** A file that is not a usable source text. */
export interface Refusal {
  ok: false;
  kind: RefusalKind;
  /** What the file is and what to do, in Vietnamese. */
  reason: string;
}

const SAVE_AS_TEXT = "lưu thành văn bản thuần, bảng mã UTF-8 (.txt), và chạy lại với tệp .txt đó";

/** Details some messages need. */
interface Details {
  /** File size and the largest size accepted, in bytes. */
  size?: number;
  limit?: number;
  /** Line of the first bad byte. */
  line?: number;
}

const MESSAGES: Record<RefusalKind, (d: Details) => string> = {
  empty: () =>
    "tệp trống hoặc chỉ có khoảng trắng, không có gì để soạn. Chép toàn văn kế hoạch vào tệp, lưu lại (UTF-8) rồi chạy lại.",
  "too-large": ({ size = 0, limit = 0 }) =>
    `tệp nặng ${megabytes(size)} MB, quá giới hạn ${megabytes(limit)} MB cho một văn bản (một kế hoạch thường chỉ vài chục KB). ` +
    "Có lẽ đây không phải toàn văn một kế hoạch, hoặc là nhiều văn bản ghép lại: tách riêng văn bản cần thêm, " +
    "lưu thành một tệp .txt rồi chạy lại.",
  pdf: () =>
    "đây là tệp PDF, không phải văn bản thuần, dù tên tệp có thể ghi khác. Đặt lại đuôi .pdf cho tệp rồi chạy " +
    "npm run new-plan với chính tệp đó: lệnh đọc chữ trong PDF và lưu văn bản (.txt) vào data/sources/.",
  word: () =>
    "đây là tệp Word (.docx), không phải văn bản thuần, dù tên tệp có thể ghi khác. Đặt lại đuôi .docx cho tệp " +
    "rồi chạy npm run new-plan với chính tệp đó: lệnh đọc chữ trong Word và lưu văn bản (.txt) vào data/sources/.",
  "word-old": () =>
    "đây là tệp Word đời cũ (.doc) hoặc một tệp Office cũ khác (.xls, .ppt); npm run new-plan không đọc định dạng " +
    "cũ này. Mở tệp bằng Word hoặc LibreOffice, chọn File › Save As, kiểu Word (.docx) hoặc PDF, rồi chạy lại với " +
    "tệp mới.",
  office: () =>
    "đây là tệp Excel (.xlsx) hoặc PowerPoint (.pptx), không phải văn bản thuần. Chép phần chữ của kế hoạch vào " +
    `một trình soạn thảo rồi ${SAVE_AS_TEXT}.`,
  opendocument: () =>
    "đây là tệp OpenDocument (.odt, LibreOffice), không phải văn bản thuần. Mở tệp bằng LibreOffice, chọn " +
    `File › Save As, kiểu Text (.txt), bảng mã Unicode (UTF-8); hoặc chép hết chữ vào một trình soạn thảo rồi ${SAVE_AS_TEXT}.`,
  rtf: () =>
    "đây là tệp RTF (văn bản có định dạng), không phải văn bản thuần. Mở tệp bằng Word hoặc WordPad, chép hết " +
    `chữ vào một trình soạn thảo rồi ${SAVE_AS_TEXT}.`,
  zip: () => "đây là tệp nén (.zip), không phải văn bản thuần. Giải nén rồi chạy lại với tệp văn bản bên trong.",
  image: () =>
    "đây là tệp ảnh (PNG, JPEG, GIF, TIFF), không phải văn bản. Cần nhận dạng chữ (OCR) để có văn bản, đọc " +
    `soát lại rồi ${SAVE_AS_TEXT}.`,
  binary: () =>
    "đây là tệp nhị phân (có byte 0 hoặc nhiều ký tự điều khiển), không phải văn bản thuần. Kiểm tra lại " +
    `đường dẫn; nếu đúng là văn bản của kế hoạch thì mở bằng chương trình đã tạo ra nó, chép hết chữ rồi ${SAVE_AS_TEXT}.`,
  "utf-32": () => `tệp ở bảng mã UTF-32, không dùng được. Mở bằng một trình soạn thảo rồi ${SAVE_AS_TEXT}.`,
  "broken-utf-8": ({ line = 1 }) =>
    `tệp ở bảng mã UTF-8 nhưng bị hỏng từ dòng ${line} (có byte không hợp lệ): có lẽ tệp bị cắt ngang hoặc ghép ` +
    "từ hai bảng mã. Chép lại văn bản từ bản gốc, hoặc sửa dòng đó trong trình soạn thảo, lưu lại UTF-8 rồi chạy lại.",
  "broken-utf-16": () =>
    "tệp có dấu hiệu bảng mã UTF-16 (BOM) nhưng nội dung không đọc được theo UTF-16: có lẽ tệp bị cắt ngang. " +
    `Mở bằng một trình soạn thảo, kiểm tra chữ rồi ${SAVE_AS_TEXT}.`,
  "legacy-vietnamese": () =>
    "tệp không ở bảng mã UTF-8, và đọc theo Windows-1258 cũng không ra chữ tiếng Việt: có lẽ là một bảng mã " +
    "cũ như TCVN3 (ABC, phông .VnTime) hay VNI (phông VNI-Times). Chuyển sang Unicode (ví dụ bằng công cụ chuyển " +
    `mã của Unikey), kiểm tra chữ rồi ${SAVE_AS_TEXT}.`,
};

/** The refusal of kind `kind`. */
export function refusal(kind: RefusalKind, details: Details = {}): Refusal {
  return { ok: false, kind, reason: MESSAGES[kind](details) };
}

/** Bytes as megabytes, rounded up to one decimal and written the Vietnamese way ("20,5", "5"). */
function megabytes(size: number): string {
  return String(Math.ceil((size / (1024 * 1024)) * 10) / 10).replace(".", ",");
}
