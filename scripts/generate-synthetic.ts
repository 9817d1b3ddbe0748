/**
 * `node scripts/generate-synthetic.ts --count 1000 --out tmp/synthetic-1000`: writes a corpus of
 * synthetic plans (with their source texts) plus the real content and data, for scale tests and
 * benchmarks. Build it with `PLANS_DIR=<out>/plans DATA_DIR=<out>/data`. Never commit the output.
 * `--shared-text` gives every source text sentences of a shared pool and its own as well (text reuse).
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parse as parseYaml } from "yaml";
import { CodebookSchema } from "../src/schemas/codebook.ts";
import { LocalitiesSchema } from "../src/schemas/locality.ts";
import { generatePlans } from "./lib/synthetic.ts";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "1000" },
    out: { type: "string" },
    seed: { type: "string", default: "1" },
    "shared-text": { type: "boolean", default: false },
  },
});
const count = Number(values.count);
const out = values.out ?? `tmp/synthetic-${count}`;

const codebook = CodebookSchema.parse(parseYaml(readFileSync("data/codebook.yaml", "utf8")));
const localities = LocalitiesSchema.parse(parseYaml(readFileSync("data/localities.yaml", "utf8")));

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "plans"), { recursive: true });
cpSync("data", join(out, "data"), { recursive: true });
for (const name of readdirSync("content/plans")) cpSync(join("content/plans", name), join(out, "plans", name));
for (const p of generatePlans(count, codebook.measures, localities.provinces, Number(values.seed), {
  sharedText: values["shared-text"],
})) {
  writeFileSync(join(out, "plans", `${p.slug}.md`), p.markdown);
  writeFileSync(join(out, "data", "sources", p.sourceName), p.source);
}
console.log(`Đã sinh ${count} kế hoạch mẫu vào ${out}/ (PLANS_DIR=${out}/plans DATA_DIR=${out}/data).`);
