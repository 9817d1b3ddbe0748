/**
 * Text reuse, by section: a text's top-level sections (from one Roman-numbered heading to the next)
 * and how many of each one's words are its own (neither shared wording nor the name of a cited
 * document). Pure: the data build counts them with the passages, a plan page without that count
 * counts them from its marks (view.ts).
 */
import type { Tokens } from "./tokens.ts";

/** A section of the text (from one Roman-numbered heading to the next) and its own words. */
export interface OwnSection {
  heading: string;
  words: number;
  ownWords: number;
}

/** Top-level headings: "I. MỤC ĐÍCH, YÊU CẦU", "II- NHIỆM VỤ VÀ GIẢI PHÁP". */
const HEADING = /^[ \t]*([IVX]{1,4})[ \t]*[.\-–][ \t]*(\p{Lu}[^\n]{2,120})$/gmu;

/** Sentence case for a heading in capitals: "NHIỆM VỤ, GIẢI PHÁP" → "Nhiệm vụ, giải pháp". */
function headingLabel(numeral: string, text: string): string {
  const t = text.trim().replace(/[:.]$/, "");
  const caps = t === t.toUpperCase();
  return `${numeral}. ${caps ? t.charAt(0) + t.slice(1).toLowerCase() : t}`;
}

/**
 * The sections of `text` that have words, most own words first. `own(i)` is true when word `i` of
 * `tokens` (the text's words) is the text's own.
 */
export function ownSections(text: string, tokens: Tokens, own: (i: number) => boolean): OwnSection[] {
  const headings = [...text.matchAll(HEADING)].map((m) => ({ at: m.index, label: headingLabel(m[1], m[2]) }));
  const sections: OwnSection[] = [{ heading: "Phần mở đầu", words: 0, ownWords: 0 }];
  for (const h of headings) sections.push({ heading: h.label, words: 0, ownWords: 0 });
  let h = 0;
  for (let i = 0; i < tokens.words.length; i++) {
    while (h < headings.length && headings[h].at <= tokens.start[i]) h++;
    const section = sections[h];
    section.words++;
    if (own(i)) section.ownWords++;
  }
  return sections.filter((s) => s.words > 0).sort((a, b) => b.ownWords - a.ownWords);
}
