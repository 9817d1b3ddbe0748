import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { DRAFT_IDS as ID } from "../../src/lib/documents/page-ids.ts";
import { audit, failing, serveAxe } from "./axe.ts";
import { useSite } from "./harness.ts";

const site = useSite();
const DOCS = "tests/fixtures/documents";

async function ready(viewport?: { width: number; height: number }): Promise<Page> {
  const page = await site.open("/soan-thao/", viewport ? { viewport } : {});
  await page.waitForSelector(`#${ID.root}[data-trang-thai="san-sang"]`);
  return page;
}

/** Drops the fixture `name` on the drop zone, as a file dragged from the desktop. */
async function drop(page: Page, name: string, type: string): Promise<void> {
  const bytes = [...readFileSync(`${DOCS}/${name}`)];
  await page.evaluate(
    ({ id, bytes, name, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
      const zone = document.getElementById(id)!;
      zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { id: ID.drop, bytes, name, type },
  );
  await page.waitForFunction((id) => document.getElementById(id)!.textContent!.startsWith("Đã đọc"), ID.status);
}

/** Clicks a download link and returns the file's name and text. */
async function download(page: Page, id: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(`#${id}`)]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString("utf8") };
}

describe("/soan-thao/ in the browser", () => {
  for (const [name, type] of [
    ["ke-hoach.pdf", "application/pdf"],
    ["ke-hoach.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
  ])
    it(`drafts a dropped ${name} with its number and signer, and downloads both files`, async () => {
      const page = await ready();
      await drop(page, name, type);
      const draft = await page.inputValue(`#${ID.draft}`);
      expect(draft).toContain('number: "215/KH-UBND"');
      expect(draft).toMatch(/signer:\n {2}name: "Lê Thị Hương"/);
      expect(draft).toContain('source: "ke-hoach.txt"');
      // The check's messages as npm run check prints them: a draft has warnings, no error.
      const check = await page.textContent(`#${ID.check}`);
      expect(check).toContain("⚠ CẢNH BÁO  content/plans/ke-hoach-215-kh-ubnd-2025-ubnd-tinh-quang-tri.md");
      expect(check).toMatch(/: 0 lỗi, \d+ cảnh báo\.$/);
      expect(await page.locator(`#${ID.source} mark`).count()).toBeGreaterThan(3);

      // The editor's change goes into the downloaded file.
      await page.fill(`#${ID.draft}`, draft.replace("draft: true", "draft: true\n# đã đọc lại"));
      const md = await download(page, ID.downloadPlan);
      expect(md.name).toBe("ke-hoach-215-kh-ubnd-2025-ubnd-tinh-quang-tri.md");
      expect(md.text).toContain("# đã đọc lại");
      const txt = await download(page, ID.downloadSource);
      expect(txt.name).toBe("ke-hoach.txt");
      expect(txt.text).toContain("Thực hiện Kế hoạch số 341-KH/TU ngày 30/9/2025");
    });

  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 375, height: 740 },
  ])
    it(`shows the drafted page without accessibility violations at ${viewport.width} px`, async () => {
      const page = await ready(viewport);
      await serveAxe(page);
      await drop(page, "ke-hoach.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      expect(failing(await audit(page, `/soan-thao/ at ${viewport.width} px, after a drop`))).toEqual([]);
    });

  it("checks the edited draft again: filled and published, it has no error", async () => {
    const page = await ready();
    await drop(page, "ke-hoach.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const draft = await page.inputValue(`#${ID.draft}`);
    const gap = draft.split("\n").find((l) => l.includes("CẦN ĐIỀN:"))!;
    const summary = Array.from({ length: 20 }, () => "Kế hoạch giao việc cụ thể cho từng sở, có thời hạn.").join(" ");
    await page.fill(`#${ID.draft}`, draft.replace(gap, summary).replace("draft: true\n", ""));
    await page.click(`#${ID.recheck}`);
    expect(await page.textContent(`#${ID.check}`)).toMatch(/: 0 lỗi, \d+ cảnh báo\.$/);
    // A gap left in a published file is an error, as npm run check says.
    await page.fill(`#${ID.draft}`, draft.replace("draft: true\n", ""));
    await page.click(`#${ID.recheck}`);
    const check = await page.textContent(`#${ID.check}`);
    expect(check).toContain("✗ LỖI");
    expect(check).toContain("Tệp đã xuất bản (không có draft: true) nhưng còn chỗ CẦN ĐIỀN");
  });

  it("says plainly why a password-protected PDF cannot be read", async () => {
    const page = await ready();
    const bytes = [...readFileSync(`${DOCS}/mat-khau.pdf`)];
    await page.evaluate(
      ({ id, bytes }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(bytes)], "mat-khau.pdf", { type: "application/pdf" }));
        document.getElementById(id)!.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true }));
      },
      { id: ID.drop, bytes },
    );
    await page.waitForFunction((id) => document.getElementById(id)!.textContent!.startsWith("✗"), ID.status);
    expect(await page.textContent(`#${ID.status}`)).toContain("tệp PDF có mật khẩu");
    expect(await page.isHidden(`#${ID.result}`)).toBe(true);
  });

  it("says a scanned PDF has no text and what to do, since the page does no OCR", async () => {
    const page = await ready();
    await page.setInputFiles(`#${ID.file}`, `${DOCS}/ban-quet.pdf`);
    await page.waitForFunction((id) => document.getElementById(id)!.textContent!.startsWith("✗"), ID.status);
    const status = await page.textContent(`#${ID.status}`);
    expect(status).toContain("tệp PDF không có lớp chữ: đây là bản quét hoặc ảnh chụp (1 trang)");
    expect(status).toContain("Trang này không nhận dạng được chữ trong ảnh.");
  });

  it("drafts pasted text and names its source after the draft", async () => {
    const page = await ready({ width: 375, height: 740 });
    await page.fill(`#${ID.paste}`, readFileSync("tests/fixtures/new-plan/co-so.txt", "utf8"));
    await page.click(`#${ID.pasteButton}`);
    await page.waitForFunction((id) => document.getElementById(id)!.textContent!.startsWith("Đã đọc"), ID.status);
    const draft = await page.inputValue(`#${ID.draft}`);
    expect(draft).toContain('number: "15-KH/HU"');
    expect(draft).toMatch(/source: "ke-hoach-15-kh-hu-2018-[a-z-]+\.txt"/);
  });

  it("finds the province of a ward the text names, from the gazetteer, as npm run new-plan does", async () => {
    const page = await ready();
    await page.fill(`#${ID.paste}`, readFileSync("tests/fixtures/new-plan/phuong-ba-dinh.txt", "utf8"));
    await page.click(`#${ID.pasteButton}`);
    await page.waitForFunction((id) => document.getElementById(id)!.textContent!.startsWith("Đã đọc"), ID.status);
    const draft = await page.inputValue(`#${ID.draft}`);
    expect(draft).toContain("province: ha-noi");
    expect(draft).toContain("place: phuong-ba-dinh");
  });
});
