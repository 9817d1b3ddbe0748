/**
 * Makes the Word and PDF versions of two held-out texts (tests/fixtures/held-out/), the way such plans
 * are published: a two-column letterhead, centred title, bold section headings, the task appendix as a
 * real table, page numbers in the PDF footer. Word through the `docx` package, PDF through Chromium's
 * print-to-PDF: real writers, so a reader is tested on what editors receive. The `.txt` stays the
 * original; run `node scripts/make-held-out.ts` after changing it and commit the results.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "../tests/e2e/chromium.ts";
import { layoutOf, type LayoutBlock } from "./lib/held-out-layout.ts";

const DIR = "tests/fixtures/held-out";
/** Which text becomes which document (the coding's `source` names the same file). */
const TARGETS: { name: string; kind: "docx" | "pdf" }[] = [
  { name: "ubnd-tinh-gia-lai-2025", kind: "docx" },
  { name: "dang-uy-xa-ta-phin-2025", kind: "pdf" },
];
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function wordTable(rows: string[][], borders: boolean): Table {
  const width = Math.max(...rows.map((r) => r.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (cells, i) =>
        new TableRow({
          children: Array.from({ length: width }, (_x, j) => {
            const text = cells[j] ?? "";
            return new TableCell({
              ...(borders ? {} : { borders: NO_BORDERS }),
              children: [
                new Paragraph({
                  alignment: borders ? AlignmentType.LEFT : AlignmentType.CENTER,
                  children: [new TextRun({ text, bold: !borders || i === 0 })],
                }),
              ],
            });
          }),
        }),
    ),
  });
}

function wordBlock(b: LayoutBlock): (Paragraph | Table)[] {
  if (b.kind === "letterhead") return [wordTable(b.rows, false)];
  if (b.kind === "table") return [wordTable(b.rows, true)];
  return [
    new Paragraph({
      alignment: ALIGN[b.align],
      spacing: { after: 120 },
      children: [new TextRun({ text: b.text, bold: b.bold, italics: b.italic })],
    }),
  ];
}

async function makeDocx(text: string): Promise<Buffer> {
  const doc = new Document({
    creator: "dan-so-dia-phuong",
    lastModifiedBy: "dan-so-dia-phuong",
    revision: 1,
    styles: { default: { document: { run: { font: "Times New Roman", size: 26 } } } },
    sections: [{ children: layoutOf(text).flatMap(wordBlock) }],
  });
  const buffer = await Packer.toBuffer(doc);
  return Buffer.from(buffer);
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function htmlBlock(b: LayoutBlock): string {
  if (b.kind === "letterhead" || b.kind === "table") {
    const cls = b.kind === "table" ? "grid" : "head";
    const rows = b.rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join("")}</tr>`).join("");
    return `<table class="${cls}">${rows}</table>`;
  }
  const style = `text-align:${b.align};${b.bold ? "font-weight:bold;" : ""}${b.italic ? "font-style:italic;" : ""}`;
  return `<p style="${style}">${escape(b.text)}</p>`;
}

async function makePdf(text: string): Promise<Buffer> {
  const html = `<!doctype html><html lang="vi"><meta charset="utf-8"><style>
    body { font-family: "Liberation Serif", "DejaVu Serif", serif; font-size: 13pt; line-height: 1.35; }
    p { margin: 0 0 6pt; text-align: justify; }
    table { width: 100%; border-collapse: collapse; margin-bottom: 10pt; }
    table.head td { width: 50%; text-align: center; font-weight: bold; vertical-align: top; }
    table.grid td { border: 1px solid #000; padding: 3pt; vertical-align: top; font-size: 11pt; }
  </style><body>${layoutOf(text).map(htmlBlock).join("\n")}</body></html>`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    return await page.pdf({
      format: "A4",
      margin: { top: "20mm", bottom: "20mm", left: "30mm", right: "15mm" },
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: '<div style="font-size:10pt;width:100%;text-align:center"><span class="pageNumber"></span></div>',
    });
  } finally {
    await browser.close();
  }
}

for (const { name, kind } of TARGETS) {
  const text = await readFile(join(DIR, `${name}.txt`), "utf8");
  const bytes = kind === "docx" ? await makeDocx(text) : await makePdf(text);
  const out = join(DIR, `${name}.${kind}`);
  await writeFile(out, bytes);
  console.log(`${out}: ${bytes.length} byte`);
}
