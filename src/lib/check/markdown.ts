import { remark } from "remark";
import { visit } from "unist-util-visit";

/** Raw HTML in a markdown body: every `html` node with its line. */
export function mdastHtmlNodes(markdown: string): { value: string; line: number }[] {
  const found: { value: string; line: number }[] = [];
  visit(remark().parse(markdown), "html", (node: { value: string; position?: { start: { line: number } } }) => {
    found.push({ value: node.value, line: node.position?.start.line ?? 0 });
  });
  return found;
}
