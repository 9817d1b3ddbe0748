import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY, NAV_ITEMS, isCurrentSection } from "../../../src/lib/site.ts";

describe("isCurrentSection(href, pathname)", () => {
  it("marks the home page only on the home page", () => {
    expect(isCurrentSection("/", "/")).toBe(true);
    expect(isCurrentSection("/", "/du-lieu/")).toBe(false);
  });

  it("marks a section on its own page and on the pages under it", () => {
    expect(isCurrentSection("/ke-hoach/", "/ke-hoach/")).toBe(true);
    expect(isCurrentSection("/ke-hoach/", "/ke-hoach/mot-ke-hoach/")).toBe(true);
    expect(isCurrentSection("/ke-hoach/", "/dia-phuong/")).toBe(false);
  });
});

describe("NAV_ITEMS", () => {
  it("uses only paths with a trailing slash, as the site's URLs do", () => {
    for (const item of NAV_ITEMS) expect(item.href).toMatch(/\/$/);
  });
});

describe("CONTENT_SECURITY_POLICY", () => {
  it("forbids eval and inline scripts but allows WebAssembly", () => {
    const scriptSrc = CONTENT_SECURITY_POLICY.split("; ").find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
  });
});
