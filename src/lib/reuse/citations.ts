/**
 * Text reuse: where a text names a document in full ("Kết luận số 149-KL/TW ngày 10/4/2025 của Bộ Chính
 * trị về đẩy mạnh thực hiện …"). Copying such a name is citing, not reusing substance: these spans are
 * kept out of the shared share. The type, number, date and issuer are found by the reference
 * extraction's own pattern; the title after "về" runs to the next punctuation or a phrase that starts
 * the plan's own sentence, at most 30 words.
 */
import { CITATION } from "../extract/references.ts";

/** A span of characters `[start, end)` of a text. */
export interface Span {
  start: number;
  end: number;
}

const TITLE = /^\s+(?:về|ban hành|phê duyệt)\s+/u;
/** Where a title ends: punctuation, or words that begin what the plan itself says. */
const TITLE_STOP =
  /[.,;:()"“”]|\n[ \t]*\n|\n(?=[ \t]*[-+•*\d])|\s(?:trên địa bàn|như sau|đề nghị|gọi tắt|và các văn bản)(?![\p{L}])/u;
const MAX_TITLE_WORDS = 30;

/** The citation spans of `text`, in order and merged where they touch or overlap. */
export function citationSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(CITATION)) {
    let end = m.index + m[0].length;
    const about = TITLE.exec(text.slice(end, end + 14));
    if (about) {
      const rest = text.slice(end + about[0].length, end + about[0].length + 400);
      const stop = TITLE_STOP.exec(rest);
      const words = (stop ? rest.slice(0, stop.index) : rest).split(/\s+/u).filter(Boolean).slice(0, MAX_TITLE_WORDS);
      let cut = 0;
      for (const w of words) cut = rest.indexOf(w, cut) + w.length;
      end += about[0].length + cut;
    }
    spans.push({ start: m.index, end });
  }
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s.start <= last.end + 2) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}
