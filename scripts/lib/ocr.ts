/**
 * Optical character recognition of a scanned PDF for `npm run new-plan`, with Debian's programs:
 * `pdftoppm` (poppler-utils) draws each page at 300 dpi, `tesseract` with its Vietnamese data
 * (tesseract-ocr-vie) reads it. Node only; the browser page /soan-thao/ has no OCR.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

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

/** The text of every page of `pdf`, in order, pages separated by a blank line. */
export async function ocrPdf(pdf: Uint8Array): Promise<string> {
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
    const pages: string[] = [];
    for (const image of images) {
      const read = spawnSync("tesseract", [join(dir, image), "-", "-l", "vie", "--psm", "3"], {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      });
      if (read.status !== 0) throw new Error(`tesseract: ${read.stderr || read.error}`);
      pages.push(read.stdout.trim());
    }
    return pages.join("\n\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
