/**
 * Numbers written the English way in a page's visible text: "1,234" for a thousand and more, "2.69"
 * for a decimal. Vietnamese writes 1.234 and 2,69. Only unambiguous shapes count: a dotted run of
 * numbers ("1.7.2025", section "1.2.") is a date or a number of a part, a comma after 0 ("0,812") is a
 * Vietnamese decimal, and document numbers ("21-NQ/TW", "QĐ 1745") have neither.
 */
import { parseHTML } from "linkedom";

/** "12,345" or "1,234,567" (a first group of 1–3 digits not starting with 0, then groups of three). */
const THOUSANDS = /(?<![\d.,])[1-9]\d{0,2}(?:,\d{3})+(?![\d,])/g;
/** "2.69", "0.5": digits, one dot, one or two digits, and no other dot or digit around. */
const DECIMAL = /(?<![\d.,/-])\d+\.\d{1,2}(?![\d.,/-])/g;

/** Text a reader sees: the body without scripts, styles, code (SQL, file names) or templates. */
export function visibleText(html: string): string {
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll("script, style, code, pre, template, noscript, kbd, samp")) el.remove();
  const body = document.querySelector("body");
  if (!body) return "";
  // Text nodes one by one, so that "2035." at the end of a cell and "3" in the next stay apart.
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.textContent ?? "");
    else if (node.nodeType === 1) {
      const el = node as Element;
      // SVG <title> (tooltips) and aria-labels are read too: Plot writes its tooltips there.
      for (const name of ["aria-label", "title", "placeholder"]) {
        const v = el.getAttribute(name);
        if (v) parts.push(v);
      }
      for (const child of el.childNodes) walk(child);
    }
  };
  walk(body);
  return parts.join(" \n ");
}

/** Each English-looking number in `text`, with a little of what surrounds it. */
export function englishNumbers(text: string): string[] {
  const found: string[] = [];
  for (const re of [THOUSANDS, DECIMAL])
    for (const m of text.matchAll(re)) {
      // A version ("DuckDB 1.4", "phiên bản 1.32") is not an amount.
      if (/(?:DuckDB|phiên bản|version|v)\s*$/i.test(text.slice(Math.max(0, m.index - 15), m.index))) continue;
      found.push(text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30).replace(/\s+/g, " "));
    }
  return found;
}
