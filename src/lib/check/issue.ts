/** One finding of `npm run check`, addressed to an editor. */
export interface CheckIssue {
  severity: "error" | "warning";
  /** Path of the file, relative to the project root. */
  file: string;
  /** Field path inside the file ("measures.lao-khoa.quotes[0].text"), when there is one. */
  field?: string;
  /** What is wrong and what was expected, in Vietnamese. */
  message: string;
  /** How to fix it, in Vietnamese. */
  fix?: string;
}

/** Shorthand for an error. */
export const error = (file: string, field: string | undefined, message: string, fix?: string): CheckIssue => ({
  severity: "error",
  file,
  field,
  message,
  fix,
});

/** Shorthand for a warning. */
export const warning = (file: string, field: string | undefined, message: string, fix?: string): CheckIssue => ({
  severity: "warning",
  file,
  field,
  message,
  fix,
});

/** Renders an issue as the lines `npm run check` prints. */
export function formatIssue(issue: CheckIssue): string {
  const mark = issue.severity === "error" ? "✗ LỖI" : "⚠ CẢNH BÁO";
  const where = issue.field ? `${issue.file} › ${issue.field}` : issue.file;
  const lines = [`${mark}  ${where}`, `  ${issue.message}`];
  if (issue.fix) lines.push(`  Cách sửa: ${issue.fix}`);
  return lines.join("\n");
}
