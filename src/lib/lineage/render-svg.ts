/**
 * SVG markup of a laid-out tree, as a string: the build writes it into the page and the browser
 * redraws with the same function, so both show the same tree.
 */
import { CARD, type Layout, type PlacedItem, type PlacedLink } from "./layout.ts";
import { describeNode, headline } from "./labels.ts";
import type { LineageNode } from "./types.ts";
import { hasChildren } from "./tree.ts";

/** Escapes text for an attribute or an element's content. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Options of a drawing. */
export interface RenderOptions {
  /** Finds a node by id, for descriptions (parents, citing plans). */
  lookup: (id: string) => LineageNode | undefined;
  /** Toggles are buttons and cards are reachable by arrow keys (the browser manages focus). */
  interactive?: boolean;
  /** Id of the item to mark as the current one (the plan of the page, or the chosen node). */
  current?: string;
}

/** Average advance of a character at the label's size, to cut labels that would overflow. */
const CHAR_WIDTH = 6.6;

function fit(text: string, width: number): string {
  const max = Math.floor(width / CHAR_WIDTH);
  return text.length > max ? text.slice(0, Math.max(1, max - 1)).trimEnd() + "…" : text;
}

/**
 * Squeezes a line that would overflow instead of cutting it: a document's number is its identity, and a
 * cut first line would leave the card's visible text out of its accessible name.
 */
function squeeze(text: string, width: number): string {
  return text.length * CHAR_WIDTH > width ? ` textLength="${Math.round(width)}" lengthAdjust="spacingAndGlyphs"` : "";
}

const r = (n: number) => Math.round(n * 10) / 10;

function linkPath(link: PlacedLink, shape: Layout["shape"]): string {
  const { from, to } = link;
  if (shape === "indented") {
    const x = from.x + 9;
    return `M${r(x)},${r(from.y + CARD.height / 2)}V${r(to.y)}H${r(to.x)}`;
  }
  const x1 = from.x + from.width;
  const x2 = to.x;
  const mid = x2 > x1 ? (x1 + x2) / 2 : x1 + 40;
  return `M${r(x1)},${r(from.y)}C${r(mid)},${r(from.y)} ${r(x2 > x1 ? mid : x2 - 40)},${r(to.y)} ${r(x2)},${r(to.y)}`;
}

function renderLink(link: PlacedLink, shape: Layout["shape"]): string {
  const cls = `ln-link ln-link--${link.kind} ln-link--${link.style}`;
  return `<path class="${cls}" data-from="${escapeXml(link.from.item.id)}" data-to="${escapeXml(link.to.item.id)}" d="${linkPath(link, shape)}"/>`;
}

function toggle(p: PlacedItem): string {
  const { item, expanded } = p;
  if (!hasChildren(item)) return "";
  const hidden = item.size;
  const text = expanded ? "−" : `+${hidden}`;
  const w = expanded ? 20 : 14 + 7.2 * String(hidden).length;
  const name = item.node ? (item.node.number ?? item.node.title) : (item.groupLabel ?? "");
  const action = expanded ? `Thu gọn ${hidden} văn bản dưới ${name}` : `Mở ${hidden} văn bản dưới ${name}`;
  // Hidden from assistive technology: the card itself says and changes whether it is open.
  return (
    `<g class="ln-toggle" data-toggle="${escapeXml(item.id)}" aria-hidden="true" transform="translate(${r(p.width + 6)},0)">` +
    `<title>${escapeXml(action)}</title><rect x="0" y="-10" width="${r(w)}" height="20" rx="10"/>` +
    `<text x="${r(w / 2)}" y="4.5">${text}</text></g>`
  );
}

/** Tree-item semantics of a card in the browser (the page manages focus with the arrow keys). */
function treeItemAttrs(p: PlacedItem, withToggle: boolean): string {
  const open = withToggle && hasChildren(p.item) ? ` aria-expanded="${p.expanded}"` : "";
  return ` role="treeitem" tabindex="-1" aria-level="${p.item.depth}"${open}`;
}

const descriptionId = (id: string) => `ln-mo-ta-${escapeXml(id)}`;

/**
 * A card's accessible name: its two visible lines in full, so that what a speech-input user reads on
 * the card also names it (WCAG 2.5.3). The long description is the node's tooltip, a `<title>` kept
 * outside the card: inside, it would count as the card's text and no longer match the name.
 */
function cardName(node: LineageNode): string {
  return `${headline(node)} ${node.issuerShort}${node.kind === "ghost" ? " (chưa có tóm tắt)" : ""}`;
}

function card(p: PlacedItem, opts: RenderOptions, withToggle: boolean): string {
  const { item, width } = p;
  const h = CARD.height;
  const box = `<rect class="ln-box" x="0" y="${-h / 2}" width="${r(width)}" height="${h}" rx="5"/>`;
  const band = `<rect class="ln-band" x="0" y="${-h / 2}" width="6" height="${h}" rx="2"/>`;
  const tree = opts.interactive ? treeItemAttrs(p, withToggle) : "";
  if (!item.node) {
    const label = `${item.groupLabel} · ${item.size} văn bản`;
    return (
      `<g class="ln-card"${tree || ` role="group"`} aria-label="${escapeXml(`Nhóm ${label}`)}">${box}${band}` +
      `<text class="ln-num" x="14" y="-3"${squeeze(item.groupLabel ?? "", width - 20)}>${escapeXml(item.groupLabel ?? "")}</text> ` +
      `<text class="ln-sub" x="14" y="13">${item.size} văn bản</text></g>`
    );
  }
  const node = item.node;
  // The space between the lines is not drawn; it keeps them two words in the card's text content.
  const lines =
    `${box}${band}` +
    `<text class="ln-num" x="14" y="-3"${squeeze(headline(node), width - 20)}>${escapeXml(headline(node))}</text> ` +
    `<text class="ln-sub" x="14" y="13">${escapeXml(fit(node.issuerShort, width - 20))}</text>`;
  const named = `aria-label="${escapeXml(cardName(node))}" aria-describedby="${descriptionId(item.id)}"`;
  if (node.slug) return `<a class="ln-card" href="/ke-hoach/${node.slug}/"${tree} ${named}>${lines}</a>`;
  return `<g class="ln-card"${tree || ` role="group"`} ${named}>${lines}</g>`;
}

function renderItem(p: PlacedItem, opts: RenderOptions, withToggle: boolean): string {
  const node = p.item.node;
  const cls = [
    "ln-node",
    node ? `ln-${node.kind}` : "ln-group",
    `ln-level-${node?.issuerLevel ?? "none"}`,
    p.item.id === opts.current ? "is-current" : "",
  ]
    .filter(Boolean)
    .join(" ");
  return (
    `<g class="${cls}" data-id="${escapeXml(p.item.id)}" transform="translate(${r(p.x)},${r(p.y)})">` +
    (node ? `<title id="${descriptionId(p.item.id)}">${escapeXml(describeNode(node, opts.lookup))}</title>` : "") +
    card(p, opts, withToggle) +
    (withToggle ? toggle(p) : "") +
    `</g>`
  );
}

/** The inside of the drawing: links under nodes, cited links under tree links. */
export function renderContent(layout: Layout, opts: RenderOptions): string {
  const links = [...layout.links].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "cited" ? -1 : 1));
  const withToggles = layout.toggles;
  return (
    `<g class="ln-links" aria-hidden="true">${links.map((l) => renderLink(l, layout.shape)).join("")}</g>` +
    `<g class="ln-nodes"${opts.interactive ? ` role="tree" aria-label="Cây phả hệ"` : ""}>` +
    `${layout.items.map((p) => renderItem(p, opts, withToggles)).join("")}</g>`
  );
}

/** The whole `<svg>`, at its natural size, its content inside a `.ln-viewport` group (for zooming). */
export function renderSvg(layout: Layout, opts: RenderOptions & { label: string }): string {
  const { width, height } = layout;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="ln-svg ln-${layout.shape}" viewBox="0 0 ${r(width)} ${r(height)}" ` +
    `width="${r(width)}" height="${r(height)}" role="group" aria-label="${escapeXml(opts.label)}">` +
    `<g class="ln-viewport">${renderContent(layout, opts)}</g></svg>`
  );
}
