/**
 * `npm run check`: validates all content and data and prints, in Vietnamese, each problem with its
 * file, field, what was expected and how to fix it. Exits 1 when there is an error.
 * `npm run check -- --sua` first rewrites plan files that are not in Unicode NFC.
 * Options: --plans DIR, --data DIR (for fixtures and tests).
 */
import { parseArgs } from "node:util";
import { formatIssue } from "../src/lib/check/issue.ts";
import { contentPaths, loadCorpus, normalizePlanFiles } from "../src/data/corpus.ts";

const { values } = parseArgs({
  options: { sua: { type: "boolean" }, plans: { type: "string" }, data: { type: "string" } },
});
const paths = contentPaths(values);

let corpus = loadCorpus(paths);
if (values.sua) {
  const changed = normalizePlanFiles(corpus.input.plans);
  for (const f of changed) console.log(`Đã chuẩn hóa NFC: ${f}`);
  if (changed.length > 0) corpus = loadCorpus(paths);
}
const { issues, plans, errors } = corpus;
const warnings = issues.filter((i) => i.severity === "warning");
for (const issue of [...errors, ...warnings]) console.log(formatIssue(issue) + "\n");
console.log(
  `Đã kiểm tra ${corpus.input.plans.length} tệp kế hoạch (${plans.length} hợp lệ về cấu trúc): ${errors.length} lỗi, ${warnings.length} cảnh báo.`,
);
process.exit(errors.length > 0 ? 1 : 0);
