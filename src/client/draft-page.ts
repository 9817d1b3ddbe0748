/**
 * /soan-thao/ in the browser: wires the drop zone, the file input and the paste box; at the first
 * file it loads the reading, drafting and checking code (draft-work.ts, the same src/lib/ code as
 * `npm run new-plan`), then shows the draft in an editable text area, the check's messages, the
 * source with the suggested quotes highlighted, and offers both files as downloads. Nothing leaves
 * the browser: pdf.js's worker is a file of the site, mammoth runs here.
 */
import { DRAFT_IDS as ID } from "../lib/documents/page-ids.ts";
import type { Drafted, PageData } from "./draft-work.ts";

const el = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

async function start(): Promise<void> {
  const root = el(ID.root);
  const data = (await (await fetch(root.dataset.src!)).json()) as PageData;
  let work: ReturnType<typeof import("./draft-work.ts").setUp> | undefined;
  const status = el(ID.status);
  const draftArea = el<HTMLTextAreaElement>(ID.draft);
  let current: Drafted | undefined;

  const check = () => {
    if (current && work) el(ID.check).textContent = work.check(draftArea.value, current);
  };

  const run = async (bytes: Uint8Array, fileName: string, pasted = false) => {
    status.textContent = `Đang đọc ${fileName}…`;
    work ??= (await import("./draft-work.ts")).setUp(data);
    const result = await work.draft(bytes, fileName, pasted);
    if (typeof result === "string") {
      status.textContent = result;
      return;
    }
    current = result;
    const { drafted } = result;
    draftArea.value = drafted.markdown;
    el(ID.planName).textContent = `content/plans/${drafted.draft.slug}.md`;
    el(ID.sourceName).textContent = drafted.sourceName;
    el(ID.originalName).textContent = drafted.original ?? "(không có: văn bản được dán hoặc là .txt)";
    el(ID.source).innerHTML = result.sourceHtml; // escaped by segmentsToHtml
    el(ID.downloadPlan).textContent = `Tải ${drafted.draft.slug}.md`;
    el(ID.downloadSource).textContent = `Tải ${drafted.sourceName}`;
    check();
    el(ID.result).hidden = false;
    status.textContent = result.summary;
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
    void run(new TextEncoder().encode(el<HTMLTextAreaElement>(ID.paste).value), "văn bản đã dán", true);
  });
  el(ID.recheck).addEventListener("click", check);

  // Downloads are made at the click, so they carry the editor's changes.
  const offer = (a: HTMLAnchorElement, name: (d: Drafted) => string, content: (d: Drafted) => string) =>
    a.addEventListener("click", () => {
      if (!current) return;
      a.download = name(current);
      a.href = URL.createObjectURL(new Blob([content(current)], { type: "text/plain;charset=utf-8" }));
      setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
    });
  offer(
    el<HTMLAnchorElement>(ID.downloadPlan),
    (d) => `${d.drafted.draft.slug}.md`,
    () => draftArea.value,
  );
  offer(
    el<HTMLAnchorElement>(ID.downloadSource),
    (d) => d.drafted.sourceName,
    (d) => d.read.text,
  );

  el(ID.noScript).hidden = true;
  root.hidden = false;
  root.dataset.trangThai = "san-sang";
}

void start().catch((e: unknown) => {
  el(ID.noScript).textContent = `Không tải được dữ liệu của trang (${(e as Error).message}). Tải lại trang để thử lại.`;
});
