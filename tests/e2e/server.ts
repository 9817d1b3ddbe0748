import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { resolve } from "node:path";

/** A free TCP port on 127.0.0.1, chosen by the OS. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Máy chủ xem trước đã thoát (mã ${child.exitCode}).`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`Máy chủ xem trước không trả lời ở ${url} sau ${timeoutMs} ms.`);
}

/** A running `astro preview` of the built site. */
export interface PreviewServer {
  baseURL: string;
  stop(): Promise<void>;
}

/** Starts `astro preview` on a free port over `dist/` (which must be built) and waits until it answers. */
export async function startPreview(root = process.cwd()): Promise<PreviewServer> {
  const port = await freePort();
  const astroBin = resolve(root, "node_modules/astro/bin/astro.mjs");
  const child = spawn(process.execPath, [astroBin, "preview", "--host", "127.0.0.1", "--port", String(port)], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const baseURL = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(`${baseURL}/`, child, 30_000);
  } catch (error) {
    child.kill("SIGTERM");
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return {
    baseURL,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once("exit", () => done());
        child.kill("SIGTERM");
      }),
  };
}
