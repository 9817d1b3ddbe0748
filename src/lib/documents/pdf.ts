/**
 * The text layer of a PDF, read with pdf.js (`pdfjs-dist`), laid out by `layoutText`. In Node pdf.js
 * runs its worker in the same thread; in the browser the page sets `GlobalWorkerOptions.workerSrc` to
 * the worker file the site serves (see src/client/draft-page.ts) before the first call.
 */
import { detectLegacy, legacyLine, mayBeLegacy, type LegacyEncoding } from "./legacy-encoding.ts";
import { layoutText, type PageText, type TextPiece } from "./pdf-layout.ts";

/** What a PDF gave. */
export interface PdfText {
  text: string;
  pages: number;
  /** Pages (from 1) with almost no text: scanned pages, or pages that are only a picture. */
  emptyPages: number[];
  /** The old encoding the text layer was converted from, if any. */
  legacy?: LegacyEncoding;
}

/** Why pdf.js could not open a file. */
export type PdfProblem = "password" | "broken";

/** A PDF pdf.js refuses. */
export class PdfOpenError extends Error {
  readonly problem: PdfProblem;
  constructor(problem: PdfProblem, cause: unknown) {
    super(problem, { cause });
    this.problem = problem;
  }
}

/** Fewer letters than this on a page: the page has no real text layer. */
const EMPTY_PAGE_LETTERS = 40;

/** The pdf.js module: the legacy build, which runs in Node and in every browser the site supports. */
export const loadPdfjs = () => import("pdfjs-dist/legacy/build/pdf.mjs");

/**
 * Reads the text of every page; in the browser `workerSrc` is the address of pdf.js's worker on the
 * site. Throws `PdfOpenError` for a password-protected or broken file.
 */
export async function readPdf(bytes: Uint8Array, workerSrc?: string): Promise<PdfText> {
  const pdfjs = await loadPdfjs();
  if (workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = workerSrc;
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of the buffer it is given: pass a copy so the caller keeps its bytes.
    data: bytes.slice(),
    // Only the text layer is read: no fonts to load, no images to decode (so no wasm to fetch).
    disableFontFace: true,
    useSystemFonts: false,
    useWasm: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy();
    throw new PdfOpenError((e as Error)?.name === "PasswordException" ? "password" : "broken", e);
  }
  try {
    const pages: PageText[] = [];
    const emptyPages: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view;
      const content = await page.getTextContent();
      const pieces: TextPiece[] = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str === "") continue;
        const [a, b, , d, e, f] = item.transform as number[];
        pieces.push({ text: item.str, x: e - x0, y: f - y0, width: item.width, size: Math.hypot(a, b) || d });
      }
      if (
        pieces
          .map((p) => p.text)
          .join("")
          .replace(/[^\p{L}]/gu, "").length < EMPTY_PAGE_LETTERS
      )
        emptyPages.push(n);
      pages.push({ width: x1 - x0, height: y1 - y0, pieces });
      page.cleanup();
    }
    // Old fonts: convert each piece before the layout, which looks for the Quốc hiệu in the text.
    const whole = detectLegacy(
      pages
        .flatMap((p) => p.pieces.map((x) => x.text))
        .filter(mayBeLegacy)
        .join(" "),
    );
    if (whole)
      for (const page of pages)
        for (const piece of page.pieces)
          if (mayBeLegacy(piece.text)) piece.text = legacyLine(piece.text, whole)?.text ?? piece.text;
    return { text: layoutText(pages), pages: doc.numPages, emptyPages, legacy: whole?.encoding };
  } catch (e) {
    throw new PdfOpenError("broken", e);
  } finally {
    await task.destroy();
  }
}
