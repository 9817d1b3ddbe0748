import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { DocumentReadError, OCR_MARK, readDocument, type ReadResult } from "../../../../src/lib/documents/read.ts";
import { ocrPdf, ocrUnavailable } from "../../../../scripts/lib/ocr.ts";
import { FIXTURE_DATA } from "../../../fixture-corpus.ts";
import * as plan from "../../../fixtures/documents/plan.ts";
import { oleLike } from "../../../fixtures/new-plan/bytes.ts";

const DIR = "tests/fixtures/documents";
const bytesOf = (name: string) => new Uint8Array(readFileSync(`${DIR}/${name}`));
const read = (name: string) => readDocument(bytesOf(name), name);
const lines = (r: ReadResult) => r.text.split("\n");

/** The error `readDocument` throws for `bytes`, or fails. */
async function refusal(bytes: Uint8Array, name: string): Promise<DocumentReadError> {
  const e = await readDocument(bytes, name).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(DocumentReadError);
  return e as DocumentReadError;
}

/** What both the PDF and the Word file of the fixture plan must give. */
function expectPlanText(r: ReadResult) {
  const l = lines(r);
  expect(r.text).toBe(r.text.normalize("NFC"));
  expect(r.text).not.toMatch(/\r/);
  // The letterhead column by column: issuer, then Quốc hiệu, place and date; then the title.
  const order = [...plan.ISSUER, ...plan.MOTTO, plan.HEADING].map((x) => l.indexOf(x));
  expect(order.every((at) => at >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  // The plan number cut at the line end is one word again.
  expect(r.text).toContain("Thực hiện Kế hoạch số 341-KH/TU ngày 30/9/2025 của Ban Thường vụ Tỉnh ủy Quảng Trị");
  // One line per table row, cells separated by tabs.
  for (const row of plan.TABLE) expect(l).toContain(row.join("\t"));
  // The signer's name under the titles of the signature.
  const sign = plan.SIGNATURE.map((x) => l.indexOf(x));
  expect(sign.every((at) => at >= 0)).toBe(true);
  expect([...sign].sort((a, b) => a - b)).toEqual(sign);
}

describe("readDocument(bytes, fileName) on a PDF printed by Chromium", () => {
  it("reads the letterhead by columns, joins the hyphenated number, keeps table rows and the signature", async () => {
    const r = await read("ke-hoach.pdf");
    expect(r).toMatchObject({ format: "pdf", pages: 2, ocr: false, warnings: [] });
    expect(r.conversion).toBeUndefined();
    expectPlanText(r);
  });

  it("drops the running header and the page numbers of every page", async () => {
    const r = await read("ke-hoach.pdf");
    expect(r.text).not.toContain(plan.RUNNING_HEADER);
    expect(r.text).not.toMatch(/Trang \d\/\d/);
  });

  it("keeps every paragraph's words (line breaks aside)", async () => {
    const flat = (await read("ke-hoach.pdf")).text.replace(/\s+/g, " ");
    for (const p of [...plan.BODY, plan.CLOSING]) expect(flat).toContain(p);
  });
});

describe("readDocument(bytes, fileName) on a Word file written by docx", () => {
  it("gives the same letterhead, number, table rows and signature as the PDF", async () => {
    const r = await read("ke-hoach.docx");
    expect(r).toMatchObject({ format: "docx", ocr: false, warnings: [] });
    expectPlanText(r);
    for (const p of plan.BODY) expect(lines(r)).toContain(p);
  });
});

describe("readDocument(bytes, fileName) on old encodings", () => {
  const legacy = plan.LEGACY_PLAN;

  it("converts a Word file typed in .VnTime / .VnTimeH (TCVN3) by its fonts and says so", async () => {
    const r = await read("tcvn3.docx");
    expect(r.conversion).toBe("TCVN3 → Unicode");
    expect(r.warnings.join(" ")).toContain("TCVN3");
    for (const x of [...legacy.issuer, ...legacy.motto, legacy.heading, ...legacy.body, ...legacy.signature])
      expect(lines(r)).toContain(x);
  });

  it("converts a PDF typed in VNI-Times and still finds its letterhead", async () => {
    const r = await read("vni.pdf");
    expect(r.conversion).toBe("VNI → Unicode");
    expect(lines(r).slice(0, 5)).toEqual([...legacy.issuer, ...legacy.motto]);
    const flat = r.text.replace(/\s+/g, " ");
    for (const x of legacy.body) expect(flat).toContain(x);
  });

  it("converts a plain text saved from a TCVN3 document, and TCVN3 pasted into a UTF-8 file", async () => {
    const tcvn3 = "Thùc hiÖn kÕ ho¹ch cña Ban Th­êng vô vÒ c«ng t¸c d©n sè\n";
    const unicode = "Thực hiện kế hoạch của Ban Thường vụ về công tác dân số\n";
    const bytes = Uint8Array.from(tcvn3, (c) => c.charCodeAt(0));
    expect(await readDocument(bytes, "cu.txt")).toMatchObject({ text: unicode, conversion: "TCVN3 → Unicode" });
    expect(await readDocument(new TextEncoder().encode(tcvn3), "dan.txt")).toMatchObject({ text: unicode });
  });

  it("keeps each seed text exactly as stored (trailing spaces and blank lines too)", async () => {
    for (const name of readdirSync(`${FIXTURE_DATA}/sources`)) {
      const bytes = readFileSync(`${FIXTURE_DATA}/sources/${name}`);
      const r = await readDocument(new Uint8Array(bytes), name);
      expect(r.text, name).toBe(bytes.toString("utf8").normalize("NFC").replace(/\r\n?/g, "\n"));
      expect(r.conversion, name).toBeUndefined();
    }
  });

  it("leaves a Unicode text as it is, only normalised", async () => {
    const r = await readDocument(new TextEncoder().encode("Kế hoạch\r\nso\u0301 1\r\n"), "a.txt");
    expect(r).toMatchObject({ text: "Kế hoạch\nsó 1\n", format: "txt", legacy: [], ocr: false });
  });
});

const missing = ocrUnavailable();
describe("readDocument(bytes, fileName, { ocr }) on a scanned PDF", { timeout: 120_000 }, () => {
  it("refuses a scan without OCR and says what to do", async () => {
    const e = await refusal(bytesOf("ban-quet.pdf"), "ban-quet.pdf");
    expect(e.kind).toBe("scan");
    expect(e.message).toMatch(/^Không đọc được "ban-quet.pdf": tệp PDF không có lớp chữ: đây là bản quét/);
    expect(e.message).toContain("tesseract-ocr-vie");
  });

  it.skipIf(missing !== null)(
    `recognises the text with Tesseract and marks it as OCR${missing ? ` (bỏ qua: máy này ${missing})` : ""}`,
    async () => {
      const r = await readDocument(bytesOf("ban-quet.pdf"), "ban-quet.pdf", { ocr: ocrPdf });
      expect(r.ocr).toBe(true);
      expect(r.warnings.join(" ")).toContain(OCR_MARK);
      const l = lines(r);
      expect(l.indexOf("ỦY BAN NHÂN DÂN")).toBeLessThan(l.indexOf("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
      expect(r.text).toContain("Số: 215/KH-UBND");
      expect(r.text).toContain("341-KH/TU");
    },
  );
});

describe("readDocument(bytes, fileName) on bad input", () => {
  it("refuses an empty file", async () => {
    expect((await refusal(new Uint8Array(), "trong.pdf")).kind).toBe("empty");
  });

  it("refuses binary data", async () => {
    const e = await refusal(
      Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256),
      "rac.bin",
    );
    expect(e.kind).toBe("binary");
  });

  it("refuses a password-protected PDF and says how to get one without a password", async () => {
    const e = await refusal(bytesOf("mat-khau.pdf"), "mat-khau.pdf");
    expect(e.kind).toBe("password");
    expect(e.message).toBe(
      'Không đọc được "mat-khau.pdf": tệp PDF có mật khẩu nên không đọc được chữ. Mở tệp bằng mật khẩu rồi in ' +
        "lại ra PDF không mật khẩu (Print › Save as PDF), hoặc xin cơ quan ban hành bản không khóa, rồi chạy lại " +
        "với tệp đó.",
    );
  });

  it("refuses a PDF cut short, and a file named .pdf that is not one", async () => {
    const pdf = bytesOf("ke-hoach.pdf");
    expect((await refusal(pdf.subarray(0, 2000), "cut.pdf")).kind).toBe("broken-pdf");
    expect((await refusal(new TextEncoder().encode("Kế hoạch"), "gia.pdf")).kind).toBe("broken-pdf");
  });

  it("refuses a Word file whose archive is damaged", async () => {
    const docx = bytesOf("ke-hoach.docx");
    const damaged = docx.slice();
    damaged.fill(0x20, 200, docx.length - 200);
    expect((await refusal(damaged, "hong.docx")).kind).toBe("broken-docx");
  });

  it("refuses an old Word .doc and says to save it as .docx or PDF", async () => {
    const e = await refusal(oleLike(), "cu.doc");
    expect(e.kind).toBe("doc");
    expect(e.reason).toContain("File › Save As, kiểu Word (.docx) hoặc PDF");
  });

  it("refuses a 50 MB PDF before reading it and states its size", async () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    big.set(new TextEncoder().encode("%PDF-1.7\n"));
    const e = await refusal(big, "lon.pdf");
    expect(e.kind).toBe("too-large");
    expect(e.reason).toMatch(/^tệp nặng 50 MB, quá giới hạn 25 MB cho một tệp PDF hay Word/);
  });
});
