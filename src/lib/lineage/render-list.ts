/**
 * The tree as nested HTML lists: the text alternative of the drawing, and the whole tree without
 * JavaScript (each family is a <details> that opens and closes by itself).
 */
import { headline, placementNote } from "./labels.ts";
import { escapeXml } from "./render-svg.ts";
import { formatNumber } from "../format.ts";
import type { TreeItem } from "./tree.ts";
import type { LineageNode } from "./types.ts";

/** Options of the list. */
export interface ListOptions {
  lookup: (id: string) => LineageNode | undefined;
  /** Ids of the families shown open. */
  open: ReadonlySet<string>;
  /** Id of the item to mark as the current one. */
  current?: string;
  /**
   * Families whose members are not listed (a tree of tens of thousands of documents would make the page
   * too heavy): each says how many documents it holds and where to see them.
   */
  cut?: ReadonlySet<string>;
}

function label(item: TreeItem, opts: ListOptions): string {
  const node = item.node;
  if (!node) return `<span class="ln-li-group">${escapeXml(item.groupLabel ?? "")}</span> · ${item.size} văn bản`;
  const num = escapeXml(headline(node));
  const head = node.slug
    ? `<a href="/ke-hoach/${node.slug}/"${item.id === opts.current ? ` aria-current="page"` : ""}>${num}</a>`
    : `<span class="ln-li-num">${num}</span> <span class="ln-badge">chưa có tóm tắt</span>`;
  const note =
    node.placement === "inferred-placement" || node.placement === "inferred-link"
      ? ` <span class="ln-li-note">${escapeXml(placementNote(node, opts.lookup))}</span>`
      : "";
  return `${head} <span class="ln-li-issuer">${escapeXml(node.issuer)}</span>${note}`;
}

function renderItems(items: readonly TreeItem[], opts: ListOptions): string {
  return items
    .map((item) => {
      const cls = `ln-li ln-level-${item.node?.issuerLevel ?? "none"}${item.node ? ` ln-li--${item.node.kind}` : " ln-li--group"}`;
      if (item.children.length === 0) return `<li class="${cls}">${label(item, opts)}</li>`;
      if (opts.cut?.has(item.id))
        return (
          `<li class="${cls}">${label(item, opts)} <span class="ln-li-note">(${formatNumber(item.size)} ` +
          "văn bản bên dưới: mở nhánh này trong hình cây ở trên, hoặc xem theo địa phương)</span></li>"
        );
      return (
        `<li class="${cls}"><details${opts.open.has(item.id) ? " open" : ""}><summary>${label(item, opts)}</summary>` +
        `<ul>${renderItems(item.children, opts)}</ul></details></li>`
      );
    })
    .join("");
}

/** The nested list of everything under `root` (the root itself left out when it is the invisible one). */
export function renderList(root: TreeItem, opts: ListOptions): string {
  const top = root.id === "" && !root.node ? root.children : [root];
  return `<ul class="ln-list">${renderItems(top, opts)}</ul>`;
}
