/**
 * `npm ci` on Linux, macOS and Windows needs every platform's optional native binding in the lock
 * file (Astro's compiler, DuckDB, esbuild, rollup…). npm 11 leaves them out when it rewrites the lock
 * on one platform (npm/cli#4828); `npm install --package-lock-only` from a clean tree puts them back.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";

interface LockPackage {
  version?: string;
  optionalDependencies?: Record<string, string>;
}

const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as { packages: Record<string, LockPackage> };
const names = new Set(Object.keys(lock.packages).map((path) => path.replace(/^.*node_modules\//, "")));

describe("package-lock.json", () => {
  it("holds every optional dependency of every locked package, for every platform", () => {
    const missing: string[] = [];
    for (const [path, pkg] of Object.entries(lock.packages))
      for (const dep of Object.keys(pkg.optionalDependencies ?? {}))
        if (!names.has(dep)) missing.push(`${dep} (of ${path || "the project"})`);
    expect(missing, "run: npm install --package-lock-only").toEqual([]);
  });

  it("locks the native bindings of Astro's compiler and of DuckDB for macOS and Windows too", () => {
    for (const name of ["@astrojs/compiler-binding-darwin-arm64", "@astrojs/compiler-binding-win32-x64-msvc"])
      expect(names.has(name), name).toBe(true);
    for (const name of ["@duckdb/node-bindings-darwin-arm64", "@duckdb/node-bindings-win32-x64"])
      expect(names.has(name), name).toBe(true);
  });
});
