/**
 * `npm run new-plan -- <đường/dẫn/ke-hoach.pdf|.docx|.txt>`: reads the file, stores its text in
 * data/sources/ (a PDF or Word original beside it, same base name) and drafts
 * content/plans/<slug>.md from it (metadata, references, a suggested level and verbatim quote for
 * every measure), with "CẦN ĐIỀN" where the editor must fill a gap. Never overwrites a file.
 * Options: --out DIR (write DIR/content/plans and DIR/data/sources instead), --slug NAME, --data DIR.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { countMarkers, newPlan, NewPlanError } from "./lib/new-plan.ts";
import { ENCODING_LABELS } from "../src/lib/text-encoding.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: "string" }, slug: { type: "string" }, data: { type: "string" } },
});

if (positionals.length !== 1) {
  console.error("Cách dùng: npm run new-plan -- <đường/dẫn/ke-hoach.pdf|.docx|.txt> [--out THƯ_MỤC] [--slug ten-tep]");
  process.exit(2);
}

const root = values.out ?? ".";
try {
  const result = await newPlan(positionals[0], {
    dataDir: values.data ?? process.env.DATA_DIR ?? "data",
    plansDir: join(root, "content/plans"),
    sourcesDir: join(root, "data/sources"),
    slug: values.slug,
  });
  const { fill, check } = countMarkers(readFileSync(result.planPath, "utf8"));
  const coded = result.draft.measures.filter((m) => m.level > 0).length;
  console.log(result.planPath);
  if (result.sourceWritten)
    console.log(`Đã chép văn bản vào ${result.sourcePath} (Unicode NFC, xuống dòng kiểu Unix).`);
  else
    console.log(
      `Văn bản đã có sẵn ở ${result.sourcePath} (cùng nội dung với ${positionals[0]}): dùng lại tệp đó, không chép thêm.`,
    );
  if (result.originalPath) console.log(`Đã giữ tệp gốc ở ${result.originalPath}, bên cạnh văn bản.`);
  for (const warning of result.read.warnings) console.log(`Chú ý: ${warning}`);
  for (const plan of result.sourceUsedBy)
    console.log(`Chú ý: ${plan} cũng dùng tệp nguồn này; có thể văn bản đã được soạn rồi.`);
  const { encoding, guessed } = result.encoding;
  if (result.read.format === "txt" && encoding !== "utf-8")
    console.log(
      `Chú ý: tệp được đọc theo bảng mã ${ENCODING_LABELS[encoding]}${guessed ? " (máy đoán)" : ""} và lưu lại ở UTF-8; ` +
        `mở ${result.sourcePath} đọc vài dòng có dấu để chắc chữ không sai.`,
    );
  console.log(
    `Bản nháp: ${coded}/${result.draft.measures.length} biện pháp được gợi ý mức trên 0; ${fill} chỗ CẦN ĐIỀN, ${check} chỗ KIỂM TRA.`,
  );
  for (const dup of result.possibleDuplicates)
    console.log(`Chú ý: có thể trùng văn bản với ${dup} (cùng số, cơ quan và ngày).`);
  console.log("Tiếp theo: điền các chỗ CẦN ĐIỀN, rồi chạy npm run check; xem trước bằng npm start.");
} catch (e) {
  if (e instanceof NewPlanError) {
    console.error(`✗ ${e.message}`);
    process.exit(1);
  }
  throw e;
}
