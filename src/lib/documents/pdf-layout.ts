/**
 * From the positioned pieces of text a PDF reader gives (pdf.js `getTextContent`) to the plain text
 * the project stores: lines in reading order, the two-column letterhead read column by column (issuer,
 * then Quốc hiệu), running headers, footers and page numbers dropped, words hyphenated at a line end
 * joined, and a table kept as one row per line with its cells separated by tabs.
 */
import { foldSameLength } from "../extract/text.ts";

/** A piece of text on a page: its left edge and baseline in PDF units (y grows upwards). */
export interface TextPiece {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size (height of the text). */
  size: number;
}

/** One page: its size and its pieces. */
export interface PageText {
  width: number;
  height: number;
  pieces: TextPiece[];
}

/** A run of pieces on one line with no wide gap inside. */
interface Segment {
  x0: number;
  x1: number;
  text: string;
}

/** A visual line: its baseline, font size and segments from left to right. */
interface Line {
  page: number;
  y: number;
  size: number;
  segments: Segment[];
}

const MOTTO = /^(cong hoa xa hoi chu nghia|dang cong san viet nam)/;
const PAGE_NUMBER = /^(?:trang\s*)?[-–]?\s*\d{1,3}\s*(?:\/\s*\d{1,3})?\s*[-–]?$/i;

/** Whether two texts are joined without a space: a word cut by a hyphen at the end of a line. */
const hyphenated = (before: string, after: string) => /[\p{L}\d]-$/u.test(before) && /^[\p{L}\d]/u.test(after);

/** `a` and `b` as one text: joined at a hyphen, else with one space. */
export function joinWrapped(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return hyphenated(a, b) ? a + b : `${a} ${b}`;
}

/** The pieces of a page grouped into lines, top to bottom, and each line into segments. */
function linesOf(page: PageText, index: number): Line[] {
  const pieces = page.pieces.filter((p) => p.text.trim() !== "").sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextPiece[][] = [];
  for (const p of pieces) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0].y - p.y) < Math.min(row[0].size, p.size) * 0.5) row.push(p);
    else rows.push([p]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    const size = Math.max(...row.map((p) => p.size));
    const segments: Segment[] = [];
    for (const p of row) {
      const last = segments.at(-1);
      const gap = last ? p.x - last.x1 : Infinity;
      if (last && gap < size * 0.6) {
        const space = gap > size * 0.12 && !/\s$/.test(last.text) && !/^\s/.test(p.text);
        last.text += (space ? " " : "") + p.text;
        last.x1 = Math.max(last.x1, p.x + p.width);
      } else segments.push({ x0: p.x, x1: p.x + p.width, text: p.text });
    }
    for (const s of segments) s.text = s.text.replace(/\s+/g, " ").trim();
    return { page: index, y: row[0].y, size, segments };
  });
}

const lineText = (l: Line) => l.segments.map((s) => s.text).join(" ");
const furnitureKey = (l: Line) => lineText(l).replace(/\d+/g, "#").replace(/\s+/g, " ").trim().toLowerCase();

/**
 * Drops running headers and footers (the same line, numbers aside, in the top or bottom tenth of at
 * least two pages) and page numbers alone in those margins.
 */
function dropFurniture(pages: Line[][], sizes: readonly PageText[]): Line[][] {
  const inMargin = (l: Line) => l.y > sizes[l.page].height * 0.9 || l.y < sizes[l.page].height * 0.1;
  const seen = new Map<string, Set<number>>();
  for (const lines of pages)
    for (const l of lines.filter(inMargin)) {
      const key = furnitureKey(l);
      seen.set(key, (seen.get(key) ?? new Set()).add(l.page));
    }
  const repeated = (l: Line) => (seen.get(furnitureKey(l))?.size ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines) =>
    lines.filter((l) => !(inMargin(l) && (repeated(l) || PAGE_NUMBER.test(lineText(l).trim())))),
  );
}

/**
 * Lines from `start` read column by column, left then right of `split`, until a line that crosses the
 * split or is centred on the page (the title after a letterhead, an appendix heading after the
 * signature), a page break, or `max` lines. `after` lines at the start never stop the block.
 */
function twoColumns(
  lines: readonly Line[],
  start: number,
  split: number,
  width: number,
  options: { max: number; after: number },
): { count: number; text: string[] } {
  const left: string[] = [];
  const right: string[] = [];
  let count = 0;
  for (const l of lines.slice(start, start + options.max)) {
    if (l.page !== lines[start].page) break;
    const centred = l.segments.some((s) => Math.abs((s.x0 + s.x1) / 2 - width / 2) < width * 0.08);
    const crosses = l.segments.some((s) => s.x0 < split - l.size && s.x1 > split + l.size);
    if (count > options.after && (centred || crosses)) break;
    for (const s of l.segments) (s.x0 >= split - l.size ? right : left).push(s.text);
    count++;
  }
  return { count, text: [...left, ...right] };
}

/**
 * The letterhead of the first page read column by column: the lines above the title hold the issuer
 * on the left and the Quốc hiệu (or "ĐẢNG CỘNG SẢN VIỆT NAM") with place and date on the right.
 * Returns how many lines it covers and their text, or null when the page has no such letterhead.
 */
function letterhead(lines: readonly Line[], width: number): { count: number; text: string[] } | null {
  const mottoAt = lines.findIndex((l, i) => i < 8 && l.segments.some((s) => MOTTO.test(foldSameLength(s.text))));
  if (mottoAt < 0) return null;
  const motto = lines[mottoAt].segments.find((s) => MOTTO.test(foldSameLength(s.text)))!;
  if (motto.x0 < width * 0.3) return null;
  return twoColumns(lines, 0, motto.x0, width, { max: 16, after: mottoAt });
}

/**
 * The signature block: "Nơi nhận:" and its list on the left, the signer's titles and name on the
 * right, read column by column so the name stays under its titles.
 */
function signature(lines: readonly Line[], at: number, width: number): { count: number; text: string[] } | null {
  const l = lines[at];
  if (l.segments.length < 2 || !/^noi nhan/.test(foldSameLength(l.segments[0].text))) return null;
  return twoColumns(lines, at, l.segments[1].x0, width, { max: 30, after: 0 });
}

/** The x-intervals covered by `segments` merged with `cover`, sorted. */
function mergeCover(cover: readonly [number, number][], segments: readonly Segment[]): [number, number][] {
  const all = [...cover, ...segments.map((s): [number, number] => [s.x0, s.x1])].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [a, b] of all) {
    const last = out.at(-1);
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/**
 * A table starting at `lines[start]`: a line of three cells or more, then every following line that
 * keeps the gaps between its columns empty. Rows start where the first column has text ("1", "2"…);
 * each row is one line, its cells joined by tabs. Returns how many lines the table covers.
 */
function table(lines: readonly Line[], start: number): { count: number; rows: string[] } | null {
  const first = lines[start];
  if (first.segments.length < 3) return null;
  const columns = first.segments.length;
  let cover = mergeCover([], first.segments);
  let end = start + 1;
  for (; end < lines.length; end++) {
    const l = lines[end];
    const prev = lines[end - 1];
    if (l.page === prev.page && prev.y - l.y > Math.max(l.size, prev.size) * 3) break;
    const next = mergeCover(cover, l.segments);
    if (next.length < columns) break;
    cover = next;
  }
  if (end - start < 2) return null;
  const columnOf = (s: Segment) => {
    const mid = (s.x0 + s.x1) / 2;
    const i = cover.findIndex(([a, b]) => mid >= a && mid <= b);
    return i < 0 ? cover.length - 1 : i;
  };
  const rows: string[][] = [];
  for (const l of lines.slice(start, end)) {
    const opens = l.segments.some((s) => columnOf(s) === 0);
    if (opens || rows.length === 0) rows.push(cover.map(() => ""));
    const row = rows.at(-1)!;
    for (const s of l.segments) row[columnOf(s)] = joinWrapped(row[columnOf(s)], s.text);
  }
  return { count: end - start, rows: rows.map((r) => r.join("\t").replace(/\t+$/, "")) };
}

/**
 * The text of the pages: letterhead by columns, tables by rows, other lines as they are (segments of a
 * line far apart, like "Nơi nhận:" and the signer's title, separated by a tab), a blank line where the
 * space between two lines says a paragraph ends, hyphenated line ends joined.
 */
export function layoutText(pages: readonly PageText[]): string {
  const lines = dropFurniture(
    pages.map((p, i) => linesOf(p, i)),
    pages,
  ).flat();
  const out: string[] = [];
  let i = 0;
  const head = lines.length > 0 && lines[0].page === 0 ? letterhead(lines, pages[0].width) : null;
  if (head) {
    out.push(...head.text, "");
    i = head.count;
  }
  const pitches = lines
    .slice(1)
    .map((l, k) => (l.page === lines[k].page ? lines[k].y - l.y : 0))
    .filter((d) => d > 0)
    .sort((a, b) => a - b);
  const pitch = pitches[Math.floor(pitches.length / 2)] ?? 12;
  for (; i < lines.length; i++) {
    const l = lines[i];
    const prev = lines[i - 1];
    if (prev && (l.page !== prev.page || prev.y - l.y > pitch * 1.2) && out.at(-1) !== "") {
      // A page break inside a paragraph is not a paragraph end: only a wide gap is.
      if (l.page === prev.page) out.push("");
    }
    const sign = signature(lines, i, pages[l.page].width);
    if (sign) {
      if (out.at(-1) !== "" && out.length > 0) out.push("");
      out.push(...sign.text, "");
      i += sign.count - 1;
      continue;
    }
    const t = table(lines, i);
    if (t) {
      if (out.at(-1) !== "" && out.length > 0) out.push("");
      out.push(...t.rows, "");
      i += t.count - 1;
      continue;
    }
    const text = l.segments.map((s) => s.text).join("\t");
    const last = out.length - 1;
    if (last >= 0 && out[last] !== "" && !out[last].includes("\t") && hyphenated(out[last], text)) out[last] += text;
    else out.push(text);
  }
  return out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()
    .concat("\n");
}
