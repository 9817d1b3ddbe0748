/// <reference types="vite/client" />
/**
 * The heavy half of /soan-thao/, loaded at the first file or paste: reading (pdf.js, mammoth),
 * drafting and checking, all from src/lib/ as `npm run new-plan` and `npm run check` use them.
 */
import { createGazetteer, type Commune } from "../lib/gazetteer.ts";
import workerUrl from "pdfjs-dist/legacy/build/pdf.worker.min.mjs?url";
import { CodebookSchema } from "../schemas/codebook.ts";
import { LocalitiesSchema } from "../schemas/locality.ts";
import {
  checkDraftFile,
  draftDocument,
  formatCheck,
  sourceFileName,
  type DocumentDraft,
  type DraftInputs,
} from "../lib/documents/draft-document.ts";
import { DocumentReadError, readDocument, type ReadResult } from "../lib/documents/read.ts";
import type { KnownDocument } from "../lib/extract/references.ts";
import { highlightQuotes, segmentsToHtml, type QuoteRef } from "../lib/highlight.ts";

const SCAN_ADVICE =
  "Trang này không nhận dạng được chữ trong ảnh. Hãy tìm bản Word hoặc bản PDF có chữ của văn bản, hoặc nhờ người " +
  "có máy cài Tesseract chạy npm run new-plan với tệp này (xem CONTRIBUTING.md): lệnh sẽ nhận dạng chữ và đánh dấu " +
  "bản nháp là cần đối chiếu.";

/** The data of /soan-thao/du-lieu.json. */
export interface PageData {
  codebook: unknown;
  localities: unknown;
  known: KnownDocument[];
  /** The gazetteer's communes and wards: [code, name, kind, province]. */
  communes?: [string, string, Commune["kind"], string][];
}

/** A file read and drafted: what the page shows. */
export interface Drafted {
  read: ReadResult;
  drafted: DocumentDraft;
  /** The source with the suggested quotes in `<mark>`, escaped HTML. */
  sourceHtml: string;
  /** One line for the status: what was read and drafted. */
  summary: string;
}

/** The page's work, set up once with its data. */
export function setUp(data: PageData) {
  const codebook = CodebookSchema.parse(data.codebook);
  const inputs: DraftInputs = {
    provinces: LocalitiesSchema.parse(data.localities).provinces,
    measureIds: codebook.measures.map((m) => m.id),
    known: data.known,
    gazetteer: data.communes
      ? createGazetteer(data.communes.map(([code, name, kind, province]) => ({ code, name, kind, province })))
      : undefined,
  };
  const names = new Map(codebook.measures.map((m) => [m.id, m.name]));

  /** Reads and drafts a file; a refusal comes back as its Vietnamese message. */
  async function draft(bytes: Uint8Array, fileName: string, pasted: boolean): Promise<Drafted | string> {
    let read;
    try {
      read = await readDocument(bytes, fileName, { scanAdvice: SCAN_ADVICE, pdfWorkerSrc: workerUrl });
    } catch (e) {
      if (e instanceof DocumentReadError) return `✗ ${e.message}`;
      throw e;
    }
    let drafted = draftDocument(read, sourceFileName(fileName), inputs);
    // A pasted text has no file name: store it under the draft's own name.
    if (pasted) drafted = draftDocument(read, `${drafted.draft.slug}.txt`, inputs);
    const quotes: QuoteRef[] = drafted.draft.measures.flatMap((m) =>
      m.level > 0 ? m.quotes.map((q, index) => ({ measureId: m.id, index, text: q.text })) : [],
    );
    const sourceHtml = segmentsToHtml(highlightQuotes(read.text, quotes).segments, (id) => names.get(id) ?? id);
    const coded = drafted.draft.measures.filter((m) => m.level > 0).length;
    const summary =
      `Đã đọc ${fileName}${read.pages ? ` (${read.pages} trang)` : ""} và soạn bản nháp: ${coded}/` +
      `${drafted.draft.measures.length} biện pháp được gợi ý mức trên 0.${read.warnings.map((w) => ` Chú ý: ${w}`).join("")}`;
    return { read, drafted, sourceHtml, summary };
  }

  /** What `npm run check` prints for the (edited) draft. */
  function check(markdown: string, d: Drafted): string {
    const source = { name: d.drafted.sourceName, text: d.read.text };
    return formatCheck(checkDraftFile(markdown, d.drafted.draft.slug, source, data));
  }

  return { draft, check };
}
