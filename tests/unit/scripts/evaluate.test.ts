import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { loadHeldOut, readHeldOutText } from "../../../scripts/lib/evaluate.ts";
import { findQuote, prepareSource } from "../../../src/lib/quote-match.ts";

const DIR = "tests/fixtures/held-out";
const codebookIds = (
  parseYaml(readFileSync("data/codebook.yaml", "utf8")) as { measures: { id: string }[] }
).measures.map((m) => m.id);
const cases = await loadHeldOut(DIR);

describe("loadHeldOut(dir) on the held-out set", () => {
  it("finds at least four texts of different levels and issuer kinds", () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
    expect(new Set(cases.map((c) => c.gold.issuerLevel))).toEqual(new Set(["tinh", "xa", "don-vi", "huyen"]));
    expect(new Set(cases.map((c) => c.gold.issuerKind))).toEqual(new Set(["government", "party", "unit"]));
  });

  it("gives one text as PDF and one as Word, each with its text twin", () => {
    const docs = cases.map((c) => c.documentPath);
    expect(docs.some((d) => d.endsWith(".pdf"))).toBe(true);
    expect(docs.some((d) => d.endsWith(".docx"))).toBe(true);
    const magic = (d: string) => readFileSync(d).subarray(0, 5).toString("latin1");
    expect(magic(docs.find((d) => d.endsWith(".pdf"))!)).toBe("%PDF-");
    expect(magic(docs.find((d) => d.endsWith(".docx"))!).slice(0, 2)).toBe("PK");
    for (const d of docs) {
      expect(existsSync(d), d).toBe(true);
      expect(existsSync(d.replace(/\.(pdf|docx)$/, ".txt")), d).toBe(true);
    }
  });

  it.each(cases.map((c) => [c.name, c] as const))(
    "codes every measure of %s with quotes found in its text",
    async (_n, c) => {
      expect(Object.keys(c.gold.measures).sort()).toEqual([...codebookIds].sort());
      const source = prepareSource(await readHeldOutText(c.documentPath));
      for (const [id, coding] of Object.entries(c.gold.measures))
        for (const q of coding.quotes) expect(findQuote(source, q.text), `${id}: ${q.text}`).not.toBeNull();
    },
  );
});

describe("loadHeldOut(dir) on bad codings", () => {
  const tmp = mkdtemp(join(tmpdir(), "held-out-"));
  afterAll(async () => rm(await tmp, { recursive: true, force: true }));

  it("names the file whose coding breaks the plan schema", async () => {
    const dir = await tmp;
    await writeFile(join(dir, "hong.expected.yaml"), "title: x\nmeasures:\n  lao-khoa: { level: 2, quotes: [] }\n");
    await expect(loadHeldOut(dir)).rejects.toThrow(/^hong\.expected\.yaml: mã hóa không hợp lệ/);
  });
});

describe("readHeldOutText(path)", () => {
  it("reads the text twin of a Word or PDF document, normalised", async () => {
    const word = cases.find((c) => c.documentPath.endsWith(".docx"))!;
    const text = await readHeldOutText(word.documentPath);
    expect(text).toContain("KẾ HOẠCH");
    expect(text).toBe(text.normalize("NFC"));
    expect(text).not.toContain("\r");
  });
});
