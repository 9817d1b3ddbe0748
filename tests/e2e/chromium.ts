import { existsSync } from "node:fs";

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

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/**
 * The Chromium to drive: `CHROMIUM_PATH` when set, else Debian's `/usr/bin/chromium`.
 * Throws a message that says how to get one when none is found.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} không tồn tại. Sửa biến môi trường hoặc bỏ nó đi.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    "Không tìm thấy Chromium cho các bài kiểm thử trình duyệt. " +
      "Cài bằng `apt-get install -y chromium` (Debian), hoặc chỉ tới một bản có sẵn: " +
      "`CHROMIUM_PATH=/đường/dẫn/chromium npm test`.",
  );
}
