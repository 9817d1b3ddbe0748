/** The panel under the tree that says what the chosen node is (touch screens have no tooltips). */
import { headline, levelName, placementNote } from "../lib/lineage/labels.ts";
import type { TreeItem } from "../lib/lineage/tree.ts";
import type { LineageNode } from "../lib/lineage/types.ts";
import { formatNumber } from "../lib/format.ts";

function paragraph(text: string, strong = false): HTMLParagraphElement {
  const p = document.createElement("p");
  if (strong) p.append(Object.assign(document.createElement("strong"), { textContent: text }));
  else p.textContent = text;
  return p;
}

/**
 * Shows `item` in the `.ln-detail` panel of `host` (or `message` alone), built with text nodes only.
 * Hides the panel when there is nothing to show.
 */
export function showDetail(
  host: HTMLElement,
  item: TreeItem | undefined,
  lookup: (id: string) => LineageNode | undefined,
  message?: string,
): void {
  const panel = host.querySelector<HTMLElement>(".ln-detail");
  if (!panel) return;
  panel.replaceChildren();
  panel.style.removeProperty("--ln-color");
  panel.className = "ln-detail";
  const node = item?.node;
  if (message) panel.append(paragraph(message));
  else if (item && !node) panel.append(paragraph(`Nhóm ${item.groupLabel}: ${item.size} văn bản.`, true));
  else if (node) {
    panel.classList.add(`ln-level-${node.issuerLevel ?? "none"}`);
    panel.append(paragraph(`${node.title}${node.kind === "ghost" ? " (chưa có tóm tắt)" : ""}`, true));
    panel.append(paragraph(`${headline(node)} · ${node.issuer} · Cấp: ${levelName(node)}`));
    const note = placementNote(node, lookup);
    if (note) panel.append(paragraph(note));
    if (node.kind === "ghost" && (node.citedByCount ?? node.citedBy.length) > 0) {
      // Only the citing plans loaded so far are known by name; the count says how many there are in all.
      const named = node.citedBy.slice(0, 12).map((id) => lookup(id)?.number ?? lookup(id)?.title ?? id);
      const more = (node.citedByCount ?? node.citedBy.length) - named.length;
      const tail =
        more > 0 ? `${named.length ? " và " : ""}${formatNumber(more)} văn bản ${named.length ? "khác" : ""}` : "";
      panel.append(paragraph(`Biết qua trích dẫn của: ${named.join("; ")}${tail.trimEnd()}.`));
    }
    if (node.slug) {
      const link = Object.assign(document.createElement("a"), {
        href: `/ke-hoach/${node.slug}/`,
        textContent: "Mở trang của văn bản này",
      });
      const p = document.createElement("p");
      p.append(link);
      panel.append(p);
    }
  }
  panel.hidden = panel.childElementCount === 0;
}
