/**
 * What `npm test` needs besides npm packages: a Chrome or Chromium for the end-to-end tests, nginx
 * for the deployment test and Java for the Nu Html Checker. When one is missing and the user is root on Debian or Ubuntu,
 * `npm test` installs Debian's package itself (as `.ci/run` does) and says so; otherwise it says the
 * one command to run (Chromium: the tests cannot run without it; nginx, Java: their test is skipped).
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

const JAVA = ["/usr/bin/java", "/usr/local/bin/java"];

/** Java for the Nu Html Checker: JAVA_HOME's, or Debian's; undefined when there is none. */
export function findJava(): string | undefined {
  const home = process.env.JAVA_HOME ? [`${process.env.JAVA_HOME}/bin/java`] : [];
  return [...home, ...JAVA].find((p) => existsSync(p));
}

/**
 * Makes sure the browser (and, when possible, nginx) is there. Returns false, after saying why and
 * what to run, when the end-to-end tests cannot run.
 */
export function ensureSystemPackages(): boolean {
  const missing = [
    !hasChromium() && "chromium",
    !findNginx() && "nginx-light",
    !findJava() && "default-jre-headless",
  ].filter((p): p is string => !!p);
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
  if (!findJava())
    console.log(
      "Không có Java: kiểm tra HTML bằng Nu Html Checker (tests/e2e/html-valid.test.ts) sẽ bị bỏ qua. " +
        "Cài bằng `sudo apt-get install -y default-jre-headless`.",
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
