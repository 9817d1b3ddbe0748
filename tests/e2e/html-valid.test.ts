/**
 * Every built page passes the Nu Html Checker (vnu.jar from the `vnu-jar` package, run with Debian's
 * Java): the live site in dist/ and the fixture site. `.ci/run` installs default-jre-headless; without
 * Java the file is skipped with the reason, except in CI where that is a failure.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_SITE } from "../fixture-corpus.ts";
import { findJava } from "../../scripts/lib/system-packages.ts";

const java = findJava();
if (!java && process.env.CI) throw new Error("CI cần Java cho Nu Html Checker: `.ci/run` cài default-jre-headless.");
if (!java) console.warn("Bỏ qua kiểm tra HTML: máy này chưa có Java (`apt-get install -y default-jre-headless`).");

const vnuJar = join(createRequire(import.meta.url).resolve("vnu-jar/package.json"), "..", "build", "dist", "vnu.jar");

interface VnuMessage {
  type: string;
  url?: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

/** One run of the checker over `dirs` (one Java start for all). */
function check(dirs: string[]): VnuMessage[] {
  const out = spawnSync(java!, ["-jar", vnuJar, "--format", "json", "--skip-non-html", "--exit-zero-always", ...dirs], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  if (out.error) throw out.error;
  return (JSON.parse(out.stderr || out.stdout) as { messages: VnuMessage[] }).messages;
}

const DIRS = ["dist", FIXTURE_SITE];
const PROBE = "tmp/vnu-probe";

describe.skipIf(!java)("the Nu Html Checker on the built pages", () => {
  let messages: VnuMessage[] = [];
  beforeAll(() => {
    // A page that must fail, so that a checker that checked nothing cannot pass.
    mkdirSync(PROBE, { recursive: true });
    writeFileSync(join(PROBE, "index.html"), '<!doctype html><html lang="vi"><title>x</title></html><script></script>');
    messages = check([...DIRS.filter((d) => existsSync(join(d, "index.html"))), PROBE]);
    // The checker reads several hundred pages in one Java run: about 50 s on a busy two-core machine.
  }, 600_000);

  for (const dir of DIRS)
    it(`finds no error in ${dir}/`, () => {
      expect(existsSync(join(dir, "index.html"))).toBe(true);
      const mine = `/${dir.split("/").at(-1)}/`;
      const errors = messages
        .filter((m) => m.type === "error" && (m.url ?? "").includes(mine))
        .map((m) => `${m.url?.slice(m.url.indexOf(mine) + mine.length - 1)}:${m.lastLine}: ${m.message}`);
      expect(errors).toEqual([]);
    });

  it("does report errors: a page with a stray tag, checked in the same run, fails", () => {
    expect(messages.some((m) => m.type === "error" && (m.url ?? "").includes("/vnu-probe/"))).toBe(true);
  });
});
