/**
 * Runs Debian's nginx with the production configuration (scripts/deploy/nginx.conf) over a built site
 * on a loopback port, as a provincial server would serve it: for the end-to-end test of the deployment
 * and for measuring what a visitor downloads. Only the port and the root folder differ from the file.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createConnection } from "node:net";
import { join, resolve } from "node:path";

/** The production configuration, as committed. */
export const NGINX_CONF = "scripts/deploy/nginx.conf";

const CANDIDATES = ["/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx", "/usr/local/bin/nginx"];
const MIME_TYPES = ["/etc/nginx/mime.types", "/usr/local/etc/nginx/mime.types"];

/** The nginx binary, or undefined when none is installed (`apt-get install -y nginx-light`). */
export function findNginx(): string | undefined {
  return [process.env.NGINX_PATH ?? "", ...CANDIDATES].find((p) => p && existsSync(p));
}

/** The production file with its `listen` and `root` lines pointed at `port` and `root`. */
export function siteConfig(port: number, root: string, conf = readFileSync(NGINX_CONF, "utf8")): string {
  const out = conf
    .replace(/^(\s*)listen\s+80;.*$/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root\s+\S+;.*$/m, `$1root ${resolve(root)};`);
  if (!out.includes(`127.0.0.1:${port}`) || !out.includes(resolve(root)))
    throw new Error(`${NGINX_CONF}: không tìm thấy dòng "listen 80;" hoặc "root …;" để thay.`);
  return out;
}

/** A running nginx. */
export interface NginxServer {
  baseURL: string;
  /** With `accessLog`: the bytes nginx has sent so far (headers and bodies), by request. */
  sent(): { uri: string; bytes: number }[];
  stop(): Promise<void>;
}

function waitForPort(port: number, child: ChildProcess, errorLog: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  return new Promise((done, fail) => {
    const attempt = () => {
      if (child.exitCode !== null) {
        const log = existsSync(errorLog) ? readFileSync(errorLog, "utf8") : "";
        return fail(new Error(`nginx dừng ngay (mã ${child.exitCode}): ${log.trim()}`));
      }
      const socket = createConnection({ port, host: "127.0.0.1" });
      socket.once("connect", () => {
        socket.end();
        done();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) fail(new Error(`nginx không mở cổng ${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/**
 * Starts nginx in the foreground, without a master process (so it runs as the current user and reads
 * what the user can read), over `root` on 127.0.0.1:`port`. Its files live in `workDir`.
 */
export async function startNginx(
  root: string,
  port: number,
  workDir = "tmp/nginx",
  options: { accessLog?: boolean; gzip?: boolean } = {},
): Promise<NginxServer> {
  const binary = findNginx();
  if (!binary) throw new Error("Không có nginx: `apt-get install -y nginx-light` (Debian).");
  const mime = MIME_TYPES.find((p) => existsSync(p));
  if (!mime) throw new Error("Không tìm thấy mime.types của nginx.");
  const dir = resolve(workDir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "temp"), { recursive: true });
  let site = siteConfig(port, root);
  if (options.gzip === false) site = site.replace(/^(\s*)gzip on;/m, "$1gzip off;");
  writeFileSync(join(dir, "site.conf"), site);
  const errorLog = join(dir, "error.log");
  const temp = (name: string) => `${name}_temp_path ${join(dir, "temp", name)};`;
  writeFileSync(
    join(dir, "nginx.conf"),
    [
      "daemon off;",
      "master_process off;",
      "worker_processes 1;",
      `pid ${join(dir, "nginx.pid")};`,
      `error_log ${errorLog} warn;`,
      "events { worker_connections 256; }",
      "http {",
      `  include ${mime};`,
      "  default_type application/octet-stream;",
      options.accessLog
        ? `  log_format bytes '$request_uri $bytes_sent';\n  access_log ${join(dir, "access.log")} bytes;`
        : "  access_log off;",
      "  sendfile on;",
      ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((n) => `  ${temp(n)}`),
      `  include ${join(dir, "site.conf")};`,
      "}",
      "",
    ].join("\n"),
  );
  const child = spawn(binary, ["-p", dir, "-c", join(dir, "nginx.conf"), "-e", errorLog], { stdio: "ignore" });
  await waitForPort(port, child, errorLog);
  const log = join(dir, "access.log");
  return {
    baseURL: `http://127.0.0.1:${port}`,
    sent: () =>
      existsSync(log)
        ? readFileSync(log, "utf8")
            .split("\n")
            .filter(Boolean)
            .map((line) => {
              const at = line.lastIndexOf(" ");
              return { uri: line.slice(0, at), bytes: Number(line.slice(at + 1)) };
            })
        : [],
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once("exit", () => done());
        child.kill("SIGTERM");
      }),
  };
}
