import { createServer, type Server } from "node:http";
import { createServer as createNetServer } from "node:net";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import sirv from "sirv";

/** A free TCP port on 127.0.0.1, chosen by the OS. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createNetServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** A running static server of a built site. */
export interface PreviewServer {
  baseURL: string;
  stop(): Promise<void>;
}

/**
 * Serves the built site in `outDir` (dist/ by default) on a free port of 127.0.0.1 with sirv, as a
 * static host would: `index.html` for a folder, the site's 404 page for anything else. Several can run
 * at once (the fixture site and the live one), which `astro preview` refuses.
 */
export async function startPreview(root = process.cwd(), outDir = "dist"): Promise<PreviewServer> {
  const dir = join(root, outDir);
  const notFound = readFileSync(join(dir, "404.html"));
  const serve = sirv(dir, { dev: false, etag: true, extensions: ["html"] });
  const server: Server = createServer((req, res) =>
    serve(req, res, () => {
      res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
      res.end(notFound);
    }),
  );
  const port = await freePort();
  await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
  return {
    baseURL: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
