import { describe, expect, it } from "vitest";
import { chromiumCandidates, chromiumInstallHint, findChromium } from "../../e2e/chromium.ts";

describe("findChromium(env)", () => {
  it("uses CHROMIUM_PATH when it points to a file", () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });

  it("refuses a CHROMIUM_PATH that does not exist, naming it", () => {
    expect(() => findChromium({ CHROMIUM_PATH: "/khong/co/chromium" })).toThrow(/CHROMIUM_PATH=\/khong\/co\/chromium/);
  });
});

describe("chromiumCandidates(platform)", () => {
  it("looks where Chrome or Chromium usually is on Linux, macOS and Windows", () => {
    expect(chromiumCandidates("linux")).toContain("/usr/bin/chromium");
    expect(chromiumCandidates("darwin")[0]).toBe("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");
    const win = chromiumCandidates("win32", { PROGRAMFILES: "C:\\Program Files" });
    expect(win.some((p) => p.endsWith("chrome.exe") && p.includes("Google"))).toBe(true);
  });

  it("names the one command to run when none is found", () => {
    expect(() => findChromium({}, "win32")).toThrow(/winget install Google\.Chrome/);
    expect(chromiumInstallHint("linux")).toContain("apt-get install -y chromium");
  });
});
