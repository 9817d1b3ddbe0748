import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { startPreview, type PreviewServer } from "./server.ts";
import { findChromium } from "./chromium.ts";
import { FIXTURE_SITE } from "../fixture-corpus.ts";

const servers: PreviewServer[] = [];

/**
 * Starts two preview servers for the whole e2e run: the site built from the frozen fixture corpus
 * (tests of behaviour) and the site built from the live content in dist/ (checks that must hold for
 * any content), and hands their addresses to the tests.
 */
export async function setup(project: TestProject): Promise<void> {
  findChromium(); // fail early, with the install hint, when there is no browser
  for (const [dir, how] of [
    [FIXTURE_SITE, "`npm run build:fixture`"],
    ["dist", "`npm run build`"],
  ])
    if (!existsSync(`${dir}/index.html`))
      throw new Error(`Chưa có bản dựng trong ${dir}/. Chạy ${how} trước khi chạy kiểm thử e2e.`);
  const fixture = await startPreview(process.cwd(), FIXTURE_SITE);
  servers.push(fixture);
  const live = await startPreview(process.cwd(), "dist");
  servers.push(live);
  project.provide("baseURL", fixture.baseURL);
  project.provide("liveURL", live.baseURL);
}

export async function teardown(): Promise<void> {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The site built from the frozen fixture corpus. */
    baseURL: string;
    /** The site built from the live content (dist/). */
    liveURL: string;
  }
}
