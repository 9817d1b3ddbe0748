/**
 * What the font check of the built pages needs (tests/e2e/fonts.test.ts): the @font-face rules of a
 * stylesheet, a page's text and its preload links, and which of the text's characters the linked font
 * files do not cover.
 */
import { parseHTML } from "linkedom";

/** Inclusive code point ranges. */
export type Ranges = [number, number][];

/** `U+0102-0103, U+20AB, U+??` (the CSS unicode-range syntax, wildcards too) as ranges. */
export function parseUnicodeRange(value: string): Ranges {
  return value
    .split(",")
    .map((part) => part.trim().replace(/^u\+/i, ""))
    .filter(Boolean)
    .map((part): [number, number] => {
      if (part.includes("?")) return [parseInt(part.replaceAll("?", "0"), 16), parseInt(part.replaceAll("?", "F"), 16)];
      const [lo, hi = lo] = part.split("-");
      return [parseInt(lo, 16), parseInt(hi, 16)];
    });
}

export const inRanges = (code: number, ranges: Ranges) => ranges.some(([lo, hi]) => code >= lo && code <= hi);

/** One @font-face rule: its family, the URLs of its files, its unicode-range (all of Unicode without one). */
export interface FontFace {
  family: string;
  urls: string[];
  ranges: Ranges;
}

/** The @font-face rules of `css` whose files are fetched (local() sources are not). */
export function fontFaces(css: string): FontFace[] {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)]
    .map(([, body]) => {
      const prop = (name: string) => new RegExp(`(?:^|;)\\s*${name}\\s*:([^;]*)`, "i").exec(body)?.[1]?.trim();
      const family = (prop("font-family") ?? "").replace(/^["']|["']$/g, "");
      const urls = [...(prop("src") ?? "").matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]);
      const range = prop("unicode-range");
      return { family, urls, ranges: range ? parseUnicodeRange(range) : ([[0, 0x10ffff]] as Ranges) };
    })
    .filter((f) => f.urls.length > 0);
}

/** What a built page links: stylesheets, preloaded fonts (with their crossorigin flag) and its text. */
export interface PageFonts {
  stylesheets: string[];
  preloads: { href: string; crossorigin: boolean; type: string | null }[];
  /** Text a reader sees: the body's text outside scripts and styles, and the inputs' placeholders. */
  text: string;
}

export function pageFonts(html: string): PageFonts {
  const { document } = parseHTML(html);
  const stylesheets = [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute("href")!);
  const preloads = [...document.querySelectorAll('link[rel="preload"][as="font"]')].map((l) => ({
    href: l.getAttribute("href")!,
    crossorigin: l.hasAttribute("crossorigin"),
    type: l.getAttribute("type"),
  }));
  for (const node of [...document.querySelectorAll("script, style, template, noscript")]) node.remove();
  const placeholders = [...document.querySelectorAll("[placeholder]")].map((e) => e.getAttribute("placeholder"));
  const text = [document.body?.textContent ?? "", ...placeholders].join(" ");
  return { stylesheets, preloads, text };
}

/** A character of the text that the page's own font does not draw. */
export interface Uncovered {
  char: string;
  code: string;
  /** `subset`: a subset of the font has it but the page does not link it; `symbol`: no subset has it. */
  kind: "subset" | "symbol";
}

/**
 * The characters of `text` that no face of `family` in `faces` covers. `offered` are the ranges of
 * every subset the font package ships: a character outside them is drawn by the fallback font whatever
 * the page links (`symbol`), one inside them means a subset is missing (`subset`).
 */
export function uncoveredChars(text: string, faces: FontFace[], family: string, offered: Ranges): Uncovered[] {
  const ranges = faces.filter((f) => f.family === family).flatMap((f) => f.ranges);
  const out: Uncovered[] = [];
  for (const char of new Set(text)) {
    const code = char.codePointAt(0)!;
    if (/\s/u.test(char) || inRanges(code, ranges)) continue;
    out.push({
      char,
      code: `U+${code.toString(16).toUpperCase().padStart(4, "0")}`,
      kind: inRanges(code, offered) ? "subset" : "symbol",
    });
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}
