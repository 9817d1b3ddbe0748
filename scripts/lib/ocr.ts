/**
 * Optical character recognition of a scanned PDF for `npm run new-plan`, with Debian's programs:
 * `pdftoppm` (poppler-utils) draws each page at 300 dpi, `tesseract` with its Vietnamese data
 * (tesseract-ocr-vie) reads it. Node only; the browser page /soan-thao/ has no OCR.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PageText, TextPiece } from "../../src/lib/documents/pdf-layout.ts";

/** Why OCR cannot run on this machine, in Vietnamese, or null when it can. */
export function ocrUnavailable(): string | null {
  const langs = spawnSync("tesseract", ["--list-langs"], { encoding: "utf8" });
  if (langs.error || langs.status !== 0) return "chưa cài Tesseract (gói tesseract-ocr)";
  if (!/^vie$/m.test(`${langs.stdout}\n${langs.stderr}`))
    return "Tesseract chưa có dữ liệu tiếng Việt (gói tesseract-ocr-vie)";
  const poppler = spawnSync("pdftoppm", ["-v"], { encoding: "utf8" });
  if (poppler.error) return "chưa cài pdftoppm (gói poppler-utils) để vẽ các trang PDF thành ảnh";
  return null;
}

/**
 * The words Tesseract read on one page image, from its TSV output (one row per page, block, paragraph,
 * line and word, with the box of each), as pieces for `layoutText`: each word on the baseline of its
 * line, so the letterhead's two columns and a table's cells are laid out like a PDF's text layer.
 */
export function tsvPage(tsv: string): PageText {
  const rows = tsv
    .split("\n")
    .slice(1)
    .map((l) => l.split("\t"))
    .filter((r) => r.length >= 12);
  const num = (r: string[], i: number) => Number(r[i]);
  const page = rows.find((r) => r[0] === "1");
  const height = page ? num(page, 9) : 0;
  const lines = new Map<string, { bottom: number; height: number }>();
  const pieces: TextPiece[] = [];
  for (const r of rows) {
    const key = r.slice(1, 5).join(".");
    if (r[0] === "4") lines.set(key, { bottom: num(r, 7) + num(r, 9), height: num(r, 9) });
    if (r[0] !== "5" || r[11].trim() === "") continue;
    const line = lines.get(key) ?? { bottom: num(r, 7) + num(r, 9), height: num(r, 9) };
    pieces.push({ text: r[11], x: num(r, 6), y: height - line.bottom, width: num(r, 8), size: line.height });
  }
  return { width: page ? num(page, 8) : 0, height, pieces };
}

/** The words of every page of `pdf`, in order, as `layoutText` takes them. */
export async function ocrPdf(pdf: Uint8Array): Promise<PageText[]> {
  const dir = mkdtempSync(join(tmpdir(), "ocr-"));
  try {
    writeFileSync(join(dir, "in.pdf"), pdf);
    const draw = spawnSync("pdftoppm", ["-r", "300", "-gray", "-png", join(dir, "in.pdf"), join(dir, "trang")], {
      encoding: "utf8",
    });
    if (draw.status !== 0) throw new Error(`pdftoppm: ${draw.stderr || draw.error}`);
    const images = readdirSync(dir)
      .filter((n) => n.startsWith("trang") && n.endsWith(".png"))
      .sort((a, b) => Number(/(\d+)\.png$/.exec(a)![1]) - Number(/(\d+)\.png$/.exec(b)![1]));
    const pages: PageText[] = [];
    for (const image of images) {
      const read = spawnSync("tesseract", [join(dir, image), "-", "-l", "vie", "--psm", "3", "tsv"], {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      });
      if (read.status !== 0) throw new Error(`tesseract: ${read.stderr || read.error}`);
      pages.push(tsvPage(read.stdout));
    }
    return pages;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
