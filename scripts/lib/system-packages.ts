/**
 * What `npm test` needs besides npm packages: a Chrome or Chromium for the end-to-end tests, and
 * nginx for the deployment test. When one is missing and the user is root on Debian or Ubuntu,
 * `npm test` installs Debian's package itself (as `.ci/run` does) and says so; otherwise it says the
 * one command to run (Chromium: the tests cannot run without it; nginx: its test is skipped).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromiumInstallHint, findChromium } from "../../tests/e2e/chromium.ts";
import { findNginx } from "./nginx.ts";

/** True when this is Debian or Ubuntu and we may install with apt (root). */
export function canApt(): boolean {
  return (
    process.platform === "linux" &&
    process.getuid?.() === 0 &&
    existsSync("/etc/debian_version") &&
    existsSync("/usr/bin/apt-get")
  );
}

function aptInstall(packages: string[]): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  if (update.status !== 0) return false;
  return spawnSync("apt-get", ["install", "-y", "-qq", ...packages], { stdio: "inherit", env }).status === 0;
}

function hasChromium(): boolean {
  try {
    findChromium();
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes sure the browser (and, when possible, nginx) is there. Returns false, after saying why and
 * what to run, when the end-to-end tests cannot run.
 */
export function ensureSystemPackages(): boolean {
  const missing = [!hasChromium() && "chromium", !findNginx() && "nginx-light"].filter((p): p is string => !!p);
  if (missing.length > 0 && canApt()) {
    console.log(
      `Cài gói Debian còn thiếu cho kiểm thử: ${missing.join(", ")} (apt-get install -y ${missing.join(" ")})…`,
    );
    if (!aptInstall(missing)) console.log("apt-get không cài được; xem thông báo ở trên.");
  }
  if (!findNginx())
    console.log(
      "Không có nginx: kiểm thử cấu hình triển khai (tests/e2e/nginx.test.ts) sẽ bị bỏ qua. " +
        "Cài bằng `sudo apt-get install -y nginx-light`.",
    );
  if (!hasChromium()) {
    console.log(
      `Không tìm thấy Chrome hay Chromium cho các bài kiểm thử trình duyệt. Cài bằng ${chromiumInstallHint()}, ` +
        "hoặc chỉ tới bản có sẵn: CHROMIUM_PATH=/đường/dẫn/chromium npm test",
    );
    return false;
  }
  return true;
}
