import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { startPreview, type PreviewServer } from "./server.ts";
import { findChromium } from "./chromium.ts";

let server: PreviewServer | undefined;

/** Starts one preview server for the whole e2e run and hands its address to the tests. */
export async function setup(project: TestProject): Promise<void> {
  findChromium(); // fail early, with the install hint, when there is no browser
  if (!existsSync("dist/index.html")) {
    throw new Error("Chưa có bản dựng trong dist/. Chạy `npm run build` trước khi chạy kiểm thử e2e.");
  }
  server = await startPreview();
  project.provide("baseURL", server.baseURL);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
  }
}
