/**
 * `npm test`: every check in order — format, lint, types, content, unit tests, build, end-to-end
 * tests in Chromium. Stops at the first failing step and ends with a "N passed, N failed" line.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { FIXTURE_ENV, FIXTURE_SITE } from "../tests/fixture-corpus.ts";
import { TOOL_ENV, bin, run } from "./lib/run.ts";
import { ensureSystemPackages } from "./lib/system-packages.ts";

interface Step {
  name: string;
  command: string;
  args: string[];
  /** Extra environment, e.g. to build the fixture corpus. */
  env?: NodeJS.ProcessEnv;
  /** JSON report of a Vitest step, to count its tests. */
  report?: string;
}

mkdirSync("tmp", { recursive: true });
// Before anything slow: the browser for the end-to-end tests (installed here when root on Debian).
if (!ensureSystemPackages()) {
  console.log("\ntests: 0 passed, 1 failed");
  process.exit(1);
}
const FIXTURE = { ...FIXTURE_ENV, OUT_DIR: FIXTURE_SITE };
const vitest = (name: string, config: string, report: string): Step => ({
  name,
  command: bin("vitest"),
  args: ["run", "--config", config, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
  report,
});

const steps: Step[] = [
  { name: "prettier", command: bin("prettier"), args: ["--check", "--log-level=warn", "."] },
  { name: "eslint", command: bin("eslint"), args: ["--config", "tests/eslint.config.js", "--max-warnings=0", "."] },
  { name: "astro check", command: bin("astro"), args: ["check"] },
  { name: "content check", command: process.execPath, args: ["scripts/check.ts"] },
  vitest("unit", "tests/vitest.config.ts", "tmp/vitest-unit.json"),
  vitest("components", "tests/vitest.components.config.ts", "tmp/vitest-components.json"),
  // The frozen fixture corpus first (tests of behaviour run on it), then the live content into dist/.
  { name: "data build (fixture corpus)", command: process.execPath, args: ["scripts/build-data.ts"], env: FIXTURE },
  { name: "build (fixture corpus)", command: bin("astro"), args: ["build"], env: FIXTURE },
  { name: "data build", command: process.execPath, args: ["scripts/build-data.ts"] },
  { name: "build", command: bin("astro"), args: ["build"] },
  vitest("e2e (Chromium)", "tests/vitest.e2e.config.ts", "tmp/vitest-e2e.json"),
];

let passed = 0;
let failed = 0;
for (const step of steps) {
  console.log(`\n── ${step.name} ──`);
  const { code, ms } = run(step.command, step.args, { ...TOOL_ENV, ...step.env });
  if (step.report) {
    try {
      const json = JSON.parse(readFileSync(step.report, "utf8")) as { numPassedTests: number; numFailedTests: number };
      passed += json.numPassedTests;
      failed += json.numFailedTests;
    } catch {
      // no report: the step failed before running tests; its exit code says so
    }
  } else {
    if (code === 0) passed += 1;
    else failed += 1;
  }
  console.log(`── ${step.name}: ${code === 0 ? "ok" : `FAILED (exit ${code})`} in ${(ms / 1000).toFixed(1)} s`);
  if (code !== 0) {
    console.log(`\ntests: ${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(code);
  }
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
