import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { decodeSourceText, MAX_SOURCE_BYTES, sourceSizeRefusal } from "../../../src/lib/text-encoding.ts";
import {
  cp1258,
  docxLike,
  odtLike,
  oleLike,
  pdfLike,
  pngLike,
  tcvn3,
  utf16,
  xlsxLike,
  zipLike,
} from "../../fixtures/new-plan/bytes.ts";

const PLAN = readFileSync("tests/fixtures/new-plan/co-so.txt", "utf8");
const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

const reason = (bytes: Uint8Array) => {
  const result = decodeSourceText(bytes);
  if (result.ok) throw new Error(`accepted as ${result.encoding}`);
  return { kind: result.kind, reason: result.reason };
};

const SAVE = "lưu thành văn bản thuần, bảng mã UTF-8 (.txt), và chạy lại với tệp .txt đó.";

describe("decodeSourceText(bytes) on text it can read", () => {
  it("reads UTF-8 with and without a byte-order mark, dropping the mark", () => {
    expect(decodeSourceText(utf8(PLAN))).toEqual({
      ok: true,
      text: PLAN,
      encoding: "utf-8",
      bom: false,
      guessed: false,
    });
    const withBom = decodeSourceText(concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(PLAN)));
    expect(withBom).toEqual({ ok: true, text: PLAN, encoding: "utf-8", bom: true, guessed: false });
  });

  it("reads UTF-16 LE and BE after their byte-order mark", () => {
    expect(decodeSourceText(utf16(PLAN, "le", true))).toMatchObject({ text: PLAN, encoding: "utf-16le", bom: true });
    expect(decodeSourceText(utf16(PLAN, "be", true))).toMatchObject({ text: PLAN, encoding: "utf-16be", bom: true });
  });

  it("recognises UTF-16 without a byte-order mark by its zero bytes, and says it guessed", () => {
    const le = { ok: true, text: PLAN, encoding: "utf-16le", bom: false, guessed: true };
    expect(decodeSourceText(utf16(PLAN, "le", false))).toEqual(le);
    expect(decodeSourceText(utf16(PLAN, "be", false))).toEqual({ ...le, encoding: "utf-16be" });
  });

  it("reads Windows-1258 Vietnamese (tone marks as combining characters) when the bytes are not UTF-8", () => {
    const result = decodeSourceText(cp1258(PLAN));
    expect(result).toMatchObject({ ok: true, encoding: "windows-1258", bom: false, guessed: true });
    expect(result.ok && result.text.normalize("NFC")).toBe(PLAN);
  });

  it("keeps a text with a few stray control characters, such as a page break", () => {
    expect(decodeSourceText(utf8(`${PLAN}\f\x1a`))).toMatchObject({ ok: true, encoding: "utf-8" });
  });
});

describe("decodeSourceText(bytes) on files that are not plain text", () => {
  it("names a PDF and says to give the PDF itself to npm run new-plan", () => {
    expect(reason(pdfLike())).toEqual({
      kind: "pdf",
      reason:
        "đây là tệp PDF, không phải văn bản thuần, dù tên tệp có thể ghi khác. Đặt lại đuôi .pdf cho tệp rồi chạy " +
        "npm run new-plan với chính tệp đó: lệnh đọc chữ trong PDF và lưu văn bản (.txt) vào data/sources/.",
    });
  });

  it("names a Word .docx file and says to give the file itself to npm run new-plan", () => {
    expect(reason(docxLike())).toEqual({
      kind: "word",
      reason:
        "đây là tệp Word (.docx), không phải văn bản thuần, dù tên tệp có thể ghi khác. Đặt lại đuôi .docx cho tệp " +
        "rồi chạy npm run new-plan với chính tệp đó: lệnh đọc chữ trong Word và lưu văn bản (.txt) vào data/sources/.",
    });
  });

  it("names an old Word .doc (or other old Office) file and says to save it as .docx or PDF", () => {
    expect(reason(oleLike())).toEqual({
      kind: "word-old",
      reason:
        "đây là tệp Word đời cũ (.doc) hoặc một tệp Office cũ khác (.xls, .ppt); npm run new-plan không đọc định dạng " +
        "cũ này. Mở tệp bằng Word hoặc LibreOffice, chọn File › Save As, kiểu Word (.docx) hoặc PDF, rồi chạy lại với " +
        "tệp mới.",
    });
  });

  it("names Excel/PowerPoint, OpenDocument and plain ZIP archives apart from Word", () => {
    expect(reason(xlsxLike())).toEqual({
      kind: "office",
      reason:
        "đây là tệp Excel (.xlsx) hoặc PowerPoint (.pptx), không phải văn bản thuần. Chép phần chữ của kế hoạch " +
        `vào một trình soạn thảo rồi ${SAVE}`,
    });
    expect(reason(odtLike())).toEqual({
      kind: "opendocument",
      reason:
        "đây là tệp OpenDocument (.odt, LibreOffice), không phải văn bản thuần. Mở tệp bằng LibreOffice, chọn " +
        "File › Save As, kiểu Text (.txt), bảng mã Unicode (UTF-8); hoặc chép hết chữ vào một trình soạn thảo " +
        `rồi ${SAVE}`,
    });
    expect(reason(zipLike())).toEqual({
      kind: "zip",
      reason: "đây là tệp nén (.zip), không phải văn bản thuần. Giải nén rồi chạy lại với tệp văn bản bên trong.",
    });
  });

  it("names an RTF file although its bytes are ASCII", () => {
    expect(reason(utf8("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times New Roman;}} K\\u7871? ho\\u7841?ch}"))).toEqual({
      kind: "rtf",
      reason:
        "đây là tệp RTF (văn bản có định dạng), không phải văn bản thuần. Mở tệp bằng Word hoặc WordPad, chép " +
        `hết chữ vào một trình soạn thảo rồi ${SAVE}`,
    });
  });

  it("names an image and says it needs OCR", () => {
    expect(reason(pngLike())).toEqual({
      kind: "image",
      reason:
        "đây là tệp ảnh (PNG, JPEG, GIF, TIFF), không phải văn bản. Cần nhận dạng chữ (OCR) để có văn bản, đọc " +
        `soát lại rồi ${SAVE}`,
    });
  });

  it("calls compressed data, zero bytes and runs of control characters binary", () => {
    const binary = {
      kind: "binary",
      reason:
        "đây là tệp nhị phân (có byte 0 hoặc nhiều ký tự điều khiển), không phải văn bản thuần. Kiểm tra lại " +
        "đường dẫn; nếu đúng là văn bản của kế hoạch thì mở bằng chương trình đã tạo ra nó, chép hết chữ rồi " +
        SAVE,
    };
    expect(reason(gzipSync(PLAN))).toEqual(binary);
    expect(reason(utf8("Kế hoạch\0số 15"))).toEqual(binary);
    expect(reason(utf8(`Kế hoạch ${"\x01\x02\x03".repeat(5)}`))).toEqual(binary);
    // Zero bytes in the UTF-16 pattern that do not decode to text.
    expect(reason(Uint8Array.from({ length: 400 }, (_, i) => (i % 2 ? 0 : 1 + (i % 7))))).toEqual(binary);
  });

  it("refuses UTF-32, which it does not read", () => {
    expect(reason(Uint8Array.of(0xff, 0xfe, 0, 0, 0x4b, 0, 0, 0))).toEqual({
      kind: "utf-32",
      reason: `tệp ở bảng mã UTF-32, không dùng được. Mở bằng một trình soạn thảo rồi ${SAVE}`,
    });
  });
});

describe("decodeSourceText(bytes) on damaged or legacy text", () => {
  it("gives the line where a UTF-8 file breaks instead of reading it as Windows-1258", () => {
    const cut = PLAN.indexOf("\n", 400) + 1;
    const line = PLAN.slice(0, cut).split("\n").length;
    const bytes = concat(utf8(PLAN.slice(0, cut)), utf8("ế").subarray(0, 2), utf8(PLAN.slice(cut)));
    expect(reason(bytes)).toEqual({
      kind: "broken-utf-8",
      reason:
        `tệp ở bảng mã UTF-8 nhưng bị hỏng từ dòng ${line} (có byte không hợp lệ): có lẽ tệp bị cắt ngang hoặc ` +
        "ghép từ hai bảng mã. Chép lại văn bản từ bản gốc, hoặc sửa dòng đó trong trình soạn thảo, lưu lại UTF-8 " +
        "rồi chạy lại.",
    });
    expect(reason(concat(Uint8Array.of(0xef, 0xbb, 0xbf), bytes)).kind).toBe("broken-utf-8");
  });

  it("refuses a UTF-16 file cut in the middle of a character", () => {
    expect(reason(utf16(PLAN, "le", true).subarray(0, 201))).toEqual({
      kind: "broken-utf-16",
      reason:
        "tệp có dấu hiệu bảng mã UTF-16 (BOM) nhưng nội dung không đọc được theo UTF-16: có lẽ tệp bị cắt ngang. " +
        `Mở bằng một trình soạn thảo, kiểm tra chữ rồi ${SAVE}`,
    });
  });

  it("refuses TCVN3 and non-Vietnamese single-byte text rather than decode it to garbage", () => {
    const legacy = {
      kind: "legacy-vietnamese",
      reason:
        "tệp không ở bảng mã UTF-8, và đọc theo Windows-1258 cũng không ra chữ tiếng Việt: có lẽ là một bảng mã " +
        "cũ như TCVN3 (ABC, phông .VnTime) hay VNI (phông VNI-Times). Chuyển sang Unicode (ví dụ bằng công cụ " +
        `chuyển mã của Unikey), kiểm tra chữ rồi ${SAVE}`,
    };
    expect(reason(tcvn3("Kế hoạch thực hiện công tác dân số"))).toEqual(legacy);
    expect(reason(Uint8Array.from("Le ministère a décidé que l'été serait chaud.", (c) => c.charCodeAt(0)))).toEqual(
      legacy,
    );
  });
});

describe("decodeSourceText(bytes) on empty and oversized input", () => {
  it("refuses an empty file and one with only whitespace, a BOM or zero-width spaces", () => {
    const empty = {
      kind: "empty",
      reason:
        "tệp trống hoặc chỉ có khoảng trắng, không có gì để soạn. Chép toàn văn kế hoạch vào tệp, lưu lại " +
        "(UTF-8) rồi chạy lại.",
    };
    expect(reason(new Uint8Array())).toEqual(empty);
    expect(reason(utf8(" \n\t\r\n\u00a0\u200b \n"))).toEqual(empty);
    expect(reason(Uint8Array.of(0xef, 0xbb, 0xbf, 0x0a))).toEqual(empty);
    expect(reason(utf16(" \n \n", "le", true))).toEqual(empty);
  });

  it("refuses more than 5 MB and states the size and the limit", () => {
    expect(MAX_SOURCE_BYTES).toBe(5 * 1024 * 1024);
    expect(reason(new Uint8Array(MAX_SOURCE_BYTES + 1).fill(0x61))).toEqual({
      kind: "too-large",
      reason:
        "tệp nặng 5,1 MB, quá giới hạn 5 MB cho một văn bản (một kế hoạch thường chỉ vài chục KB). Có lẽ đây không " +
        "phải toàn văn một kế hoạch, hoặc là nhiều văn bản ghép lại: tách riêng văn bản cần thêm, lưu thành một " +
        "tệp .txt rồi chạy lại.",
    });
    expect(sourceSizeRefusal(20 * 1024 * 1024)?.reason).toMatch(/^tệp nặng 20 MB, quá giới hạn 5 MB/);
    expect(sourceSizeRefusal(MAX_SOURCE_BYTES)).toBeNull();
  });
});
