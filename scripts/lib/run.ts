import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

/**
 * Environment for every tool the scripts start: no telemetry; builds for tests and benchmarks are
 * served on this machine, so their public address (SITE_URL, see astro.config.mjs) is localhost's.
 */
export const TOOL_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: "1",
  SITE_URL: process.env.SITE_URL || "http://localhost:4321",
};

/** Path of a package's command-line entry inside node_modules/.bin. */
export function bin(name: string): string {
  return resolve("node_modules/.bin", name);
}

/** Runs a command with inherited output; returns its exit code and how long it took. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = TOOL_ENV): { code: number; ms: number } {
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: "inherit", env });
  const ms = performance.now() - start;
  if (result.error) throw result.error;
  return { code: result.status ?? 1, ms };
}
