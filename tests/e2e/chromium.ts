import { existsSync } from "node:fs";
import { join } from "node:path";

/** Flags for a headless Chromium on a machine with no network but loopback (see DEVELOPERS.md). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Where Chrome or Chromium usually lives on Linux, macOS and Windows, for `platform`. */
export function chromiumCandidates(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string[] {
  if (platform === "darwin")
    return [
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
      "/Applications/Chromium.app/Contents/MacOS/Chromium",
      join(env.HOME ?? "", "Applications/Google Chrome.app/Contents/MacOS/Google Chrome"),
    ];
  if (platform === "win32")
    return [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.LOCALAPPDATA]
      .filter((d): d is string => !!d)
      .flatMap((d) => [
        join(d, "Google", "Chrome", "Application", "chrome.exe"),
        join(d, "Chromium", "Application", "chrome.exe"),
      ]);
  return [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/snap/bin/chromium",
  ];
}

/** The one command that installs a browser for the tests, for the user's system. */
export function chromiumInstallHint(platform: NodeJS.Platform = process.platform): string {
  if (platform === "darwin") return "`brew install --cask chromium` (hoặc cài Google Chrome)";
  if (platform === "win32") return "`winget install Google.Chrome`";
  return "`sudo apt-get install -y chromium` (Debian, Ubuntu)";
}

/**
 * The Chromium to drive: `CHROMIUM_PATH` when set, else an installed Chrome or Chromium in the usual
 * places. Throws a message with the one command to run when none is found.
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} không tồn tại. Sửa biến môi trường hoặc bỏ nó đi.`);
  }
  const found = chromiumCandidates(platform, env).find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    "Không tìm thấy Chrome hay Chromium cho các bài kiểm thử trình duyệt. " +
      `Cài bằng ${chromiumInstallHint(platform)}, hoặc chỉ tới một bản có sẵn: ` +
      "`CHROMIUM_PATH=/đường/dẫn/chromium npm test`.",
  );
}
