import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "./chromium.ts";

/** Something a page did that the site must never do. */
export interface Problem {
  kind: "external-request" | "console-error" | "page-error";
  detail: string;
}

/** Options for opening a page. */
export interface OpenOptions {
  /** Viewport width and height; desktop by default. */
  viewport?: { width: number; height: number };
  /** The browser's language; Vietnamese by default. */
  locale?: string;
  /** Run the page without JavaScript. */
  javaScriptEnabled?: boolean;
  /** Wait until this load state before returning. */
  waitUntil?: "load" | "domcontentloaded" | "networkidle";
  /** Runs on the fresh context before the page opens (e.g. to serve some files differently). */
  prepare?: (context: BrowserContext) => Promise<unknown>;
}

/** The harness of one test file: a browser, a page per call, and the problems they recorded. */
export interface Site {
  /** Address of the preview server, without trailing slash. */
  readonly baseURL: string;
  /** Opens `path` (relative to the site) in a fresh browser context. */
  open(path: string, options?: OpenOptions): Promise<Page>;
  /** Returns the problems recorded so far and clears them, so the test can assert on them. */
  takeProblems(): Problem[];
}

const isOwn = (url: string, origin: string) =>
  url.startsWith(`${origin}/`) || url === origin || url.startsWith("data:") || url.startsWith("blob:");

/**
 * Registers the hooks of an end-to-end test file and returns its `Site`: the site of the frozen
 * fixture corpus (tests of behaviour), or with `{ content: "live" }` the site of the live content
 * (only for what must hold for any content). Every request to a host other than the preview server
 * is blocked and recorded; console errors and uncaught exceptions are recorded; a test that leaves a
 * problem unclaimed fails.
 */
export function useSite(options: { content?: "fixture" | "live" } = {}): Site {
  const baseURL = options.content === "live" ? inject("liveURL") : inject("baseURL");
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  let problems: Problem[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    const left = problems;
    problems = [];
    expect(left, "the page made an external request or logged an error").toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  return {
    baseURL,
    async open(path, options = {}) {
      if (!browser) throw new Error("browser not started");
      const context = await browser.newContext({
        viewport: options.viewport ?? { width: 1280, height: 900 },
        javaScriptEnabled: options.javaScriptEnabled ?? true,
        locale: options.locale ?? "vi-VN",
      });
      contexts.push(context);
      await context.route("**/*", (route) => {
        const url = route.request().url();
        if (isOwn(url, baseURL)) return route.continue();
        problems.push({ kind: "external-request", detail: url });
        return route.abort("blockedbyclient");
      });
      await options.prepare?.(context);
      const page = await context.newPage();
      page.on("console", (msg) => {
        if (msg.type() === "error") problems.push({ kind: "console-error", detail: msg.text() });
      });
      page.on("pageerror", (error) => problems.push({ kind: "page-error", detail: error.message }));
      await page.goto(new URL(path, `${baseURL}/`).href, { waitUntil: options.waitUntil ?? "load" });
      return page;
    },
    takeProblems() {
      const taken = problems;
      problems = [];
      return taken;
    },
  };
}
