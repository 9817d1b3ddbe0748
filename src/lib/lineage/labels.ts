/** Vietnamese words for the tree's nodes: labels, descriptions and why a node hangs where it does. */
import { DOC_TYPES, ISSUER_LEVELS } from "../labels.ts";
import { DOC_TYPE_ABBR } from "../labels.ts";
import type { LineageNode } from "./types.ts";

/** The first line of a node: its number, or "KH không số" when it has none. */
export function numberLabel(node: LineageNode): string {
  return node.number ?? `${DOC_TYPE_ABBR[node.docType]} không số`;
}

/** "07-KH/ĐU-CDSL · 28/6/2025". */
export function headline(node: LineageNode): string {
  return `${numberLabel(node)} · ${node.dateLabel}`;
}

/** Name of a node's level, saying when it is guessed from the issuer: "Tỉnh/thành phố (suy từ tên cơ quan)". */
export function levelName(node: LineageNode): string {
  if (node.issuerLevel === null) return "không rõ cấp";
  return ISSUER_LEVELS[node.issuerLevel] + (node.issuerLevelGuessed ? " (suy từ tên cơ quan)" : "");
}

/** A reference to a node in running text: "Kế hoạch 26-KH/ĐU của Đảng ủy Ủy ban nhân dân tỉnh Sơn La". */
export function mention(node: LineageNode): string {
  return node.number ? `${DOC_TYPES[node.docType]} ${node.number} của ${node.issuer}` : node.title;
}

/**
 * Why `node` hangs under its parent, or "" for a root: stated by the text, inferred by the editor,
 * or placed by the tree (and from which plans' references).
 */
export function placementNote(node: LineageNode, lookup: (id: string) => LineageNode | undefined): string {
  const parent = node.parent ? lookup(node.parent) : undefined;
  if (!parent) return "";
  const p = parent.number ?? parent.title;
  if (node.placement === "stated") return `Thực hiện ${p} (văn bản ghi rõ).`;
  if (node.placement === "inferred-link") return `Thực hiện ${p} (liên kết do biên tập suy luận).`;
  const via = (node.inferredFrom ?? [])
    .map((id) => lookup(id))
    .filter((n): n is LineageNode => n !== undefined)
    .map((n) => n.number ?? n.title);
  if (node.kind === "plan")
    return `Vị trí suy luận: văn bản không nêu văn bản cấp trên trực tiếp; đặt dưới ${p}, văn bản cấp trên mới nhất mà nó dẫn.`;
  return `Vị trí suy luận: chưa biết văn bản này thực hiện văn bản nào; đặt dưới ${p} vì ${via.join(", ") || "văn bản dẫn nó"} cũng dẫn ${p}.`;
}

/** The full description of a node, for its tooltip and accessible name. */
export function describeNode(node: LineageNode, lookup: (id: string) => LineageNode | undefined): string {
  const lines = [
    `${node.title}${node.kind === "ghost" ? " (chưa có tóm tắt)" : ""}`,
    `${node.issuer}, ${node.dateLabel}. Cấp: ${levelName(node)}.`,
  ];
  if (node.kind === "ghost" && node.citedBy.length > 0) {
    const citers = node.citedBy.map((id) => lookup(id)).filter((n): n is LineageNode => n !== undefined);
    lines.push(`Được dẫn bởi: ${citers.map(numberOrTitle).join("; ")}.`);
  }
  const note = placementNote(node, lookup);
  if (note) lines.push(note);
  return lines.join("\n");
}

const numberOrTitle = (n: LineageNode) => n.number ?? n.title;
