/**
 * Astro's own build refuses what `npm run check` refuses: the collections are loaded by the project's
 * one loader (src/data/loader.ts), so `astro build` stops on a level-2 coding whose quotes were
 * deleted, with the check's message, before a page is written.
 */
import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { FIXTURE_DATA, FIXTURE_PLANS } from "../../fixture-corpus.ts";

const root = mkdtempSync(join(tmpdir(), "astro-refuses-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("astro build on content the check refuses", { timeout: 120_000 }, () => {
  it("stops with the check's message and writes no page", () => {
    const plans = join(root, "plans");
    cpSync(FIXTURE_PLANS, plans, { recursive: true });
    const file = join(plans, "ke-hoach-btv-tinh-uy-ha-tinh-thuc-hien-kl-149-2025.md");
    // lao-khoa is coded 2 with one quote: delete the quote, keep the level.
    const raw = readFileSync(file, "utf8");
    const unquoted = raw.replace(
      /( {2}lao-khoa:\n {4}level: 2\n) {4}quotes:\n {6}- text: .*\n {8}section: .*\n/,
      "$1    quotes: []\n",
    );
    expect(unquoted).not.toBe(raw);
    writeFileSync(file, unquoted);
    const out = join(root, "dist");
    const result = spawnSync(process.execPath, [resolve("node_modules/astro/bin/astro.mjs"), "build"], {
      encoding: "utf8",
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: "1",
        SITE_URL: "http://localhost:4321",
        PLANS_DIR: plans,
        DATA_DIR: FIXTURE_DATA,
        OUT_DIR: out,
        ASTRO_CACHE_DIR: join(root, "cache"),
      },
    });
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toContain("Mức 2 phải có ít nhất một trích dẫn nguyên văn.");
    expect(output).toContain("ke-hoach-btv-tinh-uy-ha-tinh-thuc-hien-kl-149-2025.md › measures.lao-khoa.quotes");
    expect(existsSync(join(out, "index.html"))).toBe(false);
  });
});
