/// <reference types="vite/client" />
/**
 * /soan-thao/ in the browser: reads a dropped, chosen or pasted plan with the same code as
 * `npm run new-plan` (src/lib/documents/), shows the draft in an editable text area, the check's
 * messages for it, the source with the suggested quotes highlighted, and offers both files as
 * downloads. Nothing leaves the browser: pdf.js's worker is a file of the site, mammoth runs here.
 */
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
import { DRAFT_IDS as ID } from "../lib/documents/page-ids.ts";
import { DocumentReadError, readDocument, type ReadResult } from "../lib/documents/read.ts";
import type { KnownDocument } from "../lib/extract/references.ts";
import { highlightQuotes, segmentsToHtml, type QuoteRef } from "../lib/highlight.ts";

const SCAN_ADVICE =
  "Trang này không nhận dạng được chữ trong ảnh. Hãy tìm bản Word hoặc bản PDF có chữ của văn bản, hoặc nhờ người " +
  "có máy cài Tesseract chạy npm run new-plan với tệp này (xem CONTRIBUTING.md): lệnh sẽ nhận dạng chữ và đánh dấu " +
  "bản nháp là cần đối chiếu.";

const el = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/** What the page keeps between a reading and the editor's later clicks. */
interface Current {
  drafted: DocumentDraft;
  text: string;
}

async function start(): Promise<void> {
  const root = el(ID.root);
  const raw = (await (await fetch(root.dataset.src!)).json()) as {
    codebook: unknown;
    localities: unknown;
    known: KnownDocument[];
  };
  const codebook = CodebookSchema.parse(raw.codebook);
  const inputs: DraftInputs = {
    provinces: LocalitiesSchema.parse(raw.localities).provinces,
    measureIds: codebook.measures.map((m) => m.id),
    known: raw.known,
  };
  const names = new Map(codebook.measures.map((m) => [m.id, m.name]));
  const status = el(ID.status);
  const draftArea = el<HTMLTextAreaElement>(ID.draft);
  let current: Current | undefined;

  const check = () => {
    if (!current) return;
    const { drafted, text } = current;
    const issues = checkDraftFile(draftArea.value, drafted.draft.slug, { name: drafted.sourceName, text }, raw);
    el(ID.check).textContent = formatCheck(issues);
  };

  const show = (read: ReadResult, fileName: string, pasted: boolean) => {
    let drafted = draftDocument(read, sourceFileName(fileName), inputs);
    // A pasted text has no file name: store it under the draft's own name.
    if (pasted) drafted = draftDocument(read, `${drafted.draft.slug}.txt`, inputs);
    current = { drafted, text: read.text };
    draftArea.value = drafted.markdown;
    el(ID.planName).textContent = `content/plans/${drafted.draft.slug}.md`;
    el(ID.sourceName).textContent = drafted.sourceName;
    el(ID.originalName).textContent = drafted.original ?? "(không có: văn bản được dán hoặc là .txt)";
    const quotes: QuoteRef[] = drafted.draft.measures.flatMap((m) =>
      m.level > 0 ? m.quotes.map((q, index) => ({ measureId: m.id, index, text: q.text })) : [],
    );
    const { segments } = highlightQuotes(read.text, quotes);
    el(ID.source).innerHTML = segmentsToHtml(segments, (id) => names.get(id) ?? id);
    el(ID.downloadPlan).textContent = `Tải ${drafted.draft.slug}.md`;
    el(ID.downloadSource).textContent = `Tải ${drafted.sourceName}`;
    check();
    el(ID.result).hidden = false;
    const coded = drafted.draft.measures.filter((m) => m.level > 0).length;
    status.textContent =
      `Đã đọc ${fileName}${read.pages ? ` (${read.pages} trang)` : ""} và soạn bản nháp: ${coded}/${drafted.draft.measures.length} ` +
      `biện pháp được gợi ý mức trên 0.${read.warnings.map((w) => ` Chú ý: ${w}`).join("")}`;
  };

  const run = async (bytes: Uint8Array, fileName: string, pasted = false) => {
    status.textContent = `Đang đọc ${fileName}…`;
    try {
      show(await readDocument(bytes, fileName, { scanAdvice: SCAN_ADVICE, pdfWorkerSrc: workerUrl }), fileName, pasted);
    } catch (e) {
      if (!(e instanceof DocumentReadError)) throw e;
      status.textContent = `✗ ${e.message}`;
    }
  };

  const readFile = async (file: File) => run(new Uint8Array(await file.arrayBuffer()), file.name);
  const input = el<HTMLInputElement>(ID.file);
  input.addEventListener("change", () => {
    if (input.files?.[0]) void readFile(input.files[0]);
  });
  const drop = el(ID.drop);
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("st-dang-tha");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("st-dang-tha"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("st-dang-tha");
    const file = e.dataTransfer?.files[0];
    if (file) void readFile(file);
  });
  el(ID.pasteButton).addEventListener("click", () => {
    const text = el<HTMLTextAreaElement>(ID.paste).value;
    void run(new TextEncoder().encode(text), "văn bản đã dán", true);
  });
  el(ID.recheck).addEventListener("click", check);

  // Downloads are made at the click, so they carry the editor's changes.
  const offer = (a: HTMLAnchorElement, name: () => string, content: () => string) =>
    a.addEventListener("click", () => {
      if (!current) return;
      a.download = name();
      a.href = URL.createObjectURL(new Blob([content()], { type: "text/plain;charset=utf-8" }));
      setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
    });
  offer(
    el<HTMLAnchorElement>(ID.downloadPlan),
    () => `${current!.drafted.draft.slug}.md`,
    () => draftArea.value,
  );
  offer(
    el<HTMLAnchorElement>(ID.downloadSource),
    () => current!.drafted.sourceName,
    () => current!.text,
  );

  el(ID.noScript).hidden = true;
  root.hidden = false;
  root.dataset.trangThai = "san-sang";
}

void start().catch((e: unknown) => {
  const status = el(ID.noScript);
  status.textContent = `Không tải được dữ liệu của trang (${(e as Error).message}). Tải lại trang để thử lại.`;
});
