import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

/** Environment for every tool the scripts start: no telemetry, no colour codes in logs under CI. */
export const TOOL_ENV: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" };

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
