import { remark } from "remark";
import { visit } from "unist-util-visit";

/** A link or an image of a markdown body, with its line. */
export interface MarkdownLink {
  kind: "link" | "image";
  url: string;
  line: number;
}

interface Node {
  type: string;
  value?: string;
  url?: string;
  position?: { start: { line: number } };
}

/** Raw HTML nodes, links and images (definitions included) of a markdown body, each with its line. */
export function mdastScan(markdown: string): { html: { value: string; line: number }[]; links: MarkdownLink[] } {
  const html: { value: string; line: number }[] = [];
  const links: MarkdownLink[] = [];
  visit(remark().parse(markdown), (node: Node) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === "html") html.push({ value: node.value ?? "", line });
    else if (node.type === "link" || node.type === "definition")
      links.push({ kind: "link", url: node.url ?? "", line });
    else if (node.type === "image") links.push({ kind: "image", url: node.url ?? "", line });
  });
  return { html, links };
}
