/**
 * The plan page's "tìm trong toàn văn": finds what is typed in the source text (findInText, folded like
 * site search), highlights every hit with the CSS Custom Highlight API (the text's own marks, quotes and
 * shared passages, stay untouched) and scrolls to each in turn with "Sau" (Enter) and "Trước".
 */
import { findInText } from "../lib/search/in-text.ts";
import type { Match } from "../lib/search/snippet.ts";

/** The text nodes of `root` with where each starts in its textContent. */
function textNodes(root: HTMLElement): { node: Text; start: number }[] {
  const out: { node: Text; start: number }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let at = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    out.push({ node: n as Text, start: at });
    at += (n as Text).data.length;
  }
  return out;
}

/** A DOM range over [m.start, m.end) of `root`'s textContent. */
function rangeOf(nodes: { node: Text; start: number }[], m: Match): Range {
  const range = document.createRange();
  const locate = (offset: number, end: boolean) => {
    let i = nodes.findIndex((n, j) => offset < n.start + n.node.data.length || j === nodes.length - 1);
    if (end && i > 0 && offset === nodes[i].start) i--;
    const n = nodes[Math.max(0, i)];
    return { node: n.node, offset: Math.min(offset - n.start, n.node.data.length) };
  };
  const a = locate(m.start, false);
  const b = locate(m.end, true);
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

const highlights = () => (typeof CSS !== "undefined" && "highlights" in CSS ? CSS.highlights : undefined);

/** Wires the form to the source text `target`. */
export function connectSourceSearch(form: HTMLFormElement, target: HTMLElement): void {
  const input = form.querySelector("input");
  const status = form.querySelector<HTMLElement>(".src-status");
  if (!input || !status) return;
  let ranges: Range[] = [];
  let current = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const go = (i: number) => {
    if (ranges.length === 0) return;
    current = (i + ranges.length) % ranges.length;
    const range = ranges[current];
    highlights()?.set("tim-toan-van-hien-tai", new Highlight(range));
    const rect = range.getBoundingClientRect();
    window.scrollTo({ top: window.scrollY + rect.top - window.innerHeight / 3 });
    status.textContent = `Chỗ ${current + 1}/${ranges.length}.`;
  };

  const find = () => {
    const text = input.value;
    const nodes = textNodes(target);
    const matches = text.trim() ? findInText(nodes.map((n) => n.node.data).join(""), text) : [];
    ranges = nodes.length > 0 ? matches.map((m) => rangeOf(nodes, m)) : [];
    current = -1;
    highlights()?.set("tim-toan-van", new Highlight(...ranges));
    highlights()?.delete("tim-toan-van-hien-tai");
    if (!text.trim()) status.textContent = "";
    else if (ranges.length === 0) status.textContent = "Không thấy trong toàn văn.";
    else status.textContent = `${ranges.length} chỗ khớp; nhấn Enter hoặc “Sau” để đến từng chỗ.`;
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(find, 120);
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    clearTimeout(timer);
    if (current < 0) find();
    go(current + 1);
  });
  form.querySelector<HTMLButtonElement>('button[data-dir="-1"]')?.addEventListener("click", () => {
    clearTimeout(timer);
    if (current < 0) find();
    go(current < 0 ? ranges.length - 1 : current - 1);
  });
  // What was typed while this module loaded.
  if (input.value.trim()) find();
}
