/**
 * Splits a plan's text into blocks (paragraphs, bullets, table rows, headings) and names the section
 * each block stands in ("II.3", "IV.7 Sở Y tế", "Phụ lục", "Phần mở đầu", "Phần kết"). Works on text
 * extracted from Word or PDF: lines wrapped by hand, blank lines between wrapped lines, tabs in tables.
 */
import { blankResidue, collapseSpaces, foldSameLength, pageResidue } from "./text.ts";

/** Where a block stands in the document. */
export type Part = "opening" | "body" | "closing" | "recipients" | "appendix";

/** A paragraph, bullet, table row or heading, as a span of the text. */
export interface Block {
  start: number;
  end: number;
  kind: "heading" | "paragraph" | "row";
  part: Part;
  /** Section label for quotes: "II.3", "IV.7 Sở Y tế", "Phụ lục". */
  section: string;
  /** Title of the top-level section ("NHIỆM VỤ, GIẢI PHÁP"), folded; "" outside one. */
  topTitle: string;
  /** The body a subsection is addressed to ("Sở Y tế"), when the section assigns tasks. */
  body?: string;
}

/** A segmented source: the text with page residue blanked, its folded copy, and the blocks. */
export interface Segmented {
  /** The source with page residue replaced by spaces (same offsets as the source). */
  text: string;
  /** `text` folded by `foldSameLength`. */
  folded: string;
  blocks: Block[];
  /** Page residue spans: quotes must not cross them. */
  residue: { start: number; end: number }[];
  /** Sections whose text states a deadline once for all its items ("- Thời gian: trước 15/7/2025"). */
  sectionDeadline: Set<string>;
  /** Sections whose text states the responsible body once ("- Cơ quan chủ trì: …"). */
  sectionBody: Set<string>;
}

interface Line {
  start: number;
  end: number;
  /** Trimmed text. */
  t: string;
}

const TOP = /^([IVX]{1,5})\s*[.\-–:)]\s*(\S.*)$/;
const NUMBERED = /^(\d{1,2})\s*[.)]\s+(\S[\s\S]*)$/;
const BULLET = /^[-+•*–]/;
const TERMINATOR = /[.:!?](?:\/\.)?["”)*]*$/;
const SIGNATURE_TITLE = /\b(CHU TICH|BI THU|GIAM DOC|HIEU TRUONG|TRUONG BAN|T\/M|TM\.|KT\.|TUQ|Q\. )/;
const APPENDIX = /^\*{0,2}(phu luc|bang|danh muc|bieu)/;
const ASSIGNING = /to chuc thuc hien|phan cong|trach nhiem/;

const LETTERS = /\p{L}/gu;
const CAPITALS = /\p{Lu}/gu;
/** Letters and capital letters of a text. */
const letterCounts = (s: string) => ({ letters: s.match(LETTERS)?.length ?? 0, upper: s.match(CAPITALS)?.length ?? 0 });
const upperRatio = (s: string) => {
  const { letters, upper } = letterCounts(s);
  return letters === 0 ? 0 : upper / letters;
};
/**
 * A line in capitals ("PHỤ LỤC", "T/M BAN THƯỜNG VỤ"): mostly capitals, with at least four letters
 * (markdown's `*` is no letter, so emphasis is ignored).
 */
const capsOf = ({ letters, upper }: { letters: number; upper: number }) => letters >= 4 && upper / letters > 0.8;
const isTopHeading = (t: string) => {
  const m = TOP.exec(t);
  return !!m && (upperRatio(m[2]) > 0.6 || (m[2].length <= 60 && !TERMINATOR.test(m[2])));
};
const isRow = (t: string) => (t.match(/\t/g) ?? []).length >= 2 || /^\d+\t/.test(t);

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  for (const raw of text.split("\n")) {
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    lines.push({ start: at + lead, end: at + lead + t.length, t });
    at += raw.length + 1;
  }
  return lines;
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Sentence case of a heading in capitals: "BẢNG TỔNG HỢP THEO DÕI" → "Bảng tổng hợp theo dõi". */
export function sentenceCase(caps: string): string {
  const lower = collapseSpaces(caps.replace(/\*/g, "")).toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** Segments a normalised source text (see `normalizeSource`). */
export function segment(source: string): Segmented {
  const residue = pageResidue(source);
  const text = blankResidue(source, residue);
  const folded = foldSameLength(text);
  const lines = splitLines(text);
  const typical = median(lines.filter((l) => l.t.length > 0).map((l) => l.t.length));

  const blocks: Block[] = [];
  let part: Part = "opening";
  let top: { num: string; title: string } | undefined;
  let sub: { num: string; name?: string; body?: string } | undefined;
  let appendixName = "Phụ lục";
  const sectionDeadline = new Set<string>();
  const sectionBody = new Set<string>();

  const sectionLabel = (): string => {
    if (part === "opening") return "Phần mở đầu";
    if (part === "closing") return "Phần kết";
    if (part === "recipients") return "Nơi nhận";
    if (part === "appendix") return appendixName;
    if (!top) return "Phần mở đầu";
    if (!sub) return top.num;
    return `${top.num}.${sub.num}${sub.name ? ` ${sub.name}` : ""}`;
  };
  const push = (start: number, end: number, kind: Block["kind"]) =>
    blocks.push({
      start,
      end,
      kind,
      part,
      section: sectionLabel(),
      topTitle: part === "body" && top ? top.title : "",
      body: part === "body" ? sub?.body : undefined,
    });

  // The block being read, with its letters counted line by line (the text between lines has none).
  let cur:
    { start: number; end: number; numbered?: string; lastLen: number; letters: number; upper: number } | undefined;
  const flush = () => {
    if (!cur) return;
    const t = text.slice(cur.start, cur.end);
    if (cur.numbered !== undefined && part === "body") {
      const m = NUMBERED.exec(t) as RegExpExecArray;
      const rest = collapseSpaces(m[2]);
      const heading = rest.length <= 160 && !/[.;]$/.test(rest);
      const f = foldSameLength(rest);
      const assigning = heading && !!top && ASSIGNING.test(top.title);
      const bodyName = rest.replace(/^Đề nghị\s+/u, "").replace(/:$/, "");
      sub = {
        num: m[1],
        name: assigning && rest.length <= 70 && !/chi dao|chu tri|phoi hop/.test(f) ? bodyName : undefined,
        body: assigning ? bodyName : undefined,
      };
      push(cur.start, cur.end, heading ? "heading" : "paragraph");
    } else push(cur.start, cur.end, "paragraph");
    cur = undefined;
  };

  for (const line of lines) {
    const t = line.t;
    if (t.length === 0) continue;
    const f = folded.slice(line.start, line.end);
    if (/^\*{0,2}noi nhan\b/.test(f)) {
      flush();
      part = "recipients";
      continue;
    }
    const counts = letterCounts(t);
    const caps = capsOf(counts);
    if (caps && APPENDIX.test(f) && !SIGNATURE_TITLE.test(f.toUpperCase())) {
      flush();
      part = "appendix";
      appendixName = /^phu luc/.test(f) ? "Phụ lục" : sentenceCase(t);
      continue;
    }
    if (part === "recipients") continue;
    if (part !== "appendix" && /^tren day la\b/.test(f)) {
      flush();
      part = "closing";
    }
    if (isTopHeading(t) && (part === "opening" || part === "body")) {
      flush();
      const m = TOP.exec(t) as RegExpExecArray;
      part = "body";
      top = { num: m[1], title: foldSameLength(m[2]) };
      sub = undefined;
      push(line.start, line.end, "heading");
      continue;
    }
    if (isRow(t)) {
      flush();
      push(line.start, line.end, "row");
      continue;
    }
    const numbered = NUMBERED.exec(t);
    const prev = cur ? text.slice(cur.start, cur.end) : "";
    const startsNew =
      !cur ||
      BULLET.test(t) ||
      !!numbered ||
      /^(Thực hiện|Căn cứ|Trên đây là)\s/u.test(t) ||
      caps ||
      capsOf(cur) ||
      (!/^[\p{Ll}\d(]/u.test(t) &&
        (TERMINATOR.test(prev) || /;\s*$/.test(prev) || cur.numbered !== undefined || cur.lastLen < 0.8 * typical));
    if (startsNew) {
      flush();
      cur = {
        start: line.start,
        end: line.end,
        numbered: numbered ? numbered[1] : undefined,
        lastLen: t.length,
        ...counts,
      };
    } else if (cur) {
      cur.end = line.end;
      cur.lastLen = t.length;
      cur.letters += counts.letters;
      cur.upper += counts.upper;
    }
  }
  flush();

  for (const b of blocks) {
    const f = folded.slice(b.start, b.end).replace(/^[-+•*– ]+/, "");
    if (/^thoi (gian|han)( hoan thanh| thuc hien)?\s*:/.test(f)) sectionDeadline.add(b.section);
    if (/^(co quan|don vi) (chu tri|thuc hien)\s*:/.test(f)) sectionBody.add(b.section);
  }
  return { text, folded, blocks, residue, sectionDeadline, sectionBody };
}
