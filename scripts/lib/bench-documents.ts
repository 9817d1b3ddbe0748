/**
 * The documents section of `npm run bench`: how long `readDocument` takes per page for the fixture
 * PDF (printed by Chromium) and Word file, and per page of OCR when Tesseract is installed; and what
 * /soan-thao/ weighs: the script every visit loads, the pieces loaded only when a PDF or Word file is
 * read (pdf.js, its worker, mammoth). Prints figures, asserts nothing.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync } from "node:zlib";
import { readDocument } from "../../src/lib/documents/read.ts";
import { ocrPdf, ocrUnavailable } from "./ocr.ts";
import { weighPage } from "./page-weight.ts";

const DOCS = "tests/fixtures/documents";
const kb = (n: number) => (n / 1024).toFixed(1);
/** Pages of a Word file, which has none of its own: about 500 words a printed A4 page. */
const WORDS_PER_PAGE = 500;

/** Milliseconds per run of `read`, the median of `runs` after one warm-up run. */
async function median(read: () => Promise<unknown>, runs: number): Promise<number> {
  await read();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await read();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const STATIC = /(?:import|from)\s*["'`]\.\/([^"'`]+\.m?js)["'`]/g;
const DYNAMIC = /import\(\s*[`"']\.\/([^`"']+\.m?js)[`"']\s*\)/g;

/** `name` (a file of dist/_astro/) and the files it imports statically, each once, skipping `seen`. */
function closure(dist: string, name: string, seen: Set<string>): string[] {
  if (seen.has(name)) return [];
  seen.add(name);
  const text = readFileSync(join(dist, "_astro", name), "utf8");
  return [name, ...[...text.matchAll(STATIC)].flatMap((m) => closure(dist, m[1], seen))];
}

/**
 * The pieces a page loads later, by dynamic `import()`: each with the static imports it adds to what
 * is already loaded, in the order they are found.
 */
function lazyPieces(dist: string, first: readonly string[]): { name: string; raw: number; brotli: number }[] {
  const seen = new Set<string>();
  const loaded = first.flatMap((f) => closure(dist, f, seen));
  const out: { name: string; raw: number; brotli: number }[] = [];
  for (let i = 0; i < loaded.length; i++) {
    const text = readFileSync(join(dist, "_astro", loaded[i]), "utf8");
    for (const m of text.matchAll(DYNAMIC)) {
      const files = closure(dist, m[1], seen);
      if (files.length === 0) continue;
      loaded.push(...files);
      const bytes = Buffer.concat(files.map((f) => readFileSync(join(dist, "_astro", f))));
      out.push({ name: m[1], raw: bytes.length, brotli: brotliCompressSync(bytes).length });
    }
  }
  return out;
}

/** Prints the section; `dist` is the built real site. */
export async function benchDocuments(dist = "dist"): Promise<void> {
  console.log("\n## Reading PDF and Word files (npm run new-plan, /soan-thao/)\n");
  const pdf = new Uint8Array(readFileSync(`${DOCS}/ke-hoach.pdf`));
  const docx = new Uint8Array(readFileSync(`${DOCS}/ke-hoach.docx`));
  const pdfRead = await readDocument(pdf, "ke-hoach.pdf");
  const pdfMs = await median(() => readDocument(pdf, "ke-hoach.pdf"), 9);
  console.log(
    `PDF (${pdfRead.pages} pages, ${kb(pdf.length)} KB): ${pdfMs.toFixed(0)} ms, ${(pdfMs / pdfRead.pages!).toFixed(0)} ms a page`,
  );
  const docxRead = await readDocument(docx, "ke-hoach.docx");
  const words = docxRead.text.split(/\s+/).filter(Boolean).length;
  const docxMs = await median(() => readDocument(docx, "ke-hoach.docx"), 9);
  console.log(
    `Word (${words} words ≈ ${(words / WORDS_PER_PAGE).toFixed(1)} pages of ${WORDS_PER_PAGE} words, ${kb(docx.length)} KB): ` +
      `${docxMs.toFixed(0)} ms, ${(docxMs / (words / WORDS_PER_PAGE)).toFixed(0)} ms a page`,
  );
  const missing = ocrUnavailable();
  if (missing) console.log(`OCR: skipped (${missing})`);
  else {
    const scan = new Uint8Array(readFileSync(`${DOCS}/ban-quet.pdf`));
    const start = performance.now();
    await readDocument(scan, "ban-quet.pdf", { ocr: ocrPdf });
    console.log(
      `OCR of a scanned page (300 dpi, Tesseract vie): ${((performance.now() - start) / 1000).toFixed(1)} s a page`,
    );
  }

  const page = `${dist}/soan-thao/index.html`;
  if (!existsSync(page)) {
    console.log("/soan-thao/: skipped (no build in dist/)");
    return;
  }
  const weight = weighPage(dist, page);
  console.log(`/soan-thao/ script on every visit: ${kb(weight.js.raw)} KB raw, ${kb(weight.js.brotli)} KB brotli`);
  const html = readFileSync(page, "utf8");
  const scripts = [...html.matchAll(/<script[^>]+src="\/_astro\/([^"]+)"/g)].map((m) => m[1]);
  for (const c of lazyPieces(dist, scripts))
    console.log(
      `  loaded when a file is read: ${c.name} (with its imports) ${kb(c.raw)} KB raw, ${kb(c.brotli)} KB brotli`,
    );
  for (const w of readdirSync(join(dist, "_astro")).filter((n) => n.startsWith("pdf.worker"))) {
    const bytes = readFileSync(join(dist, "_astro", w));
    console.log(
      `  pdf.js worker (a PDF only): ${w} ${kb(bytes.length)} KB raw, ${kb(brotliCompressSync(bytes).length)} KB brotli`,
    );
  }
}
