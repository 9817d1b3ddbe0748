// @ts-check
import { defineConfig } from "astro/config";
import { fileURLToPath } from "node:url";
import sitemap from "@astrojs/sitemap";
import { addModulePreloads } from "./scripts/lib/modulepreload.ts";

/**
 * The site's public address, the one setting behind canonical links, the sitemap and RSS: SITE_URL
 * ("https://dan-so.tinh.gov.vn"). A production build without it stops rather than ship a made-up host;
 * `npm start`, `npm test` and `npm run bench` build for http://localhost:4321, where they serve.
 * The site lives at the root of its host (every link starts with "/"), so the address has no path.
 */
const site = process.env.SITE_URL?.trim() || undefined;
if (site && !/^https?:\/\/[^/\s]+\/?$/.test(site))
  throw new Error(
    `SITE_URL=${site}: cần địa chỉ gốc của một tên miền, dạng https://ten-mien (không có đường dẫn con như /du-an/: ` +
      "mọi liên kết của trang bắt đầu từ gốc). Xem mục Triển khai trong README.",
  );
if (!site && process.argv.includes("build"))
  throw new Error(
    "Chưa đặt SITE_URL, địa chỉ công khai của trang (dùng cho liên kết chuẩn, sitemap và RSS): " +
      "SITE_URL=https://ten-mien npm run build. Xem trước trên máy mình thì dùng `npm start`.",
  );

export default defineConfig({
  site,
  // `npm test` also builds the frozen fixture corpus into a folder of its own (OUT_DIR).
  outDir: process.env.OUT_DIR ?? "./dist",
  // The scale benchmark builds a synthetic corpus with its own public/ (data build --out), leaving public/ alone.
  publicDir: process.env.PUBLIC_DIR ?? "./public",
  // Tests that build a scratch corpus keep their content cache apart from the real one.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? "./node_modules/.astro",
  trailingSlash: "always",
  // /tim-kiem/ only answers the search box: left out of the sitemap. It is not marked noindex (Lighthouse
  // SEO); its canonical address carries no query, so search results are never indexed one by one.
  integrations: [
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith("/tim-kiem/") }),
    // The chunks a section page's scripts import, asked for with the page (scripts/lib/modulepreload.ts).
    {
      name: "dan-so-modulepreload",
      hooks: {
        "astro:build:done": async ({ dir, logger }) => {
          const changed = await addModulePreloads(fileURLToPath(dir));
          logger.info(`modulepreload: ${changed} trang`);
        },
      },
    },
  ],
  build: {
    format: "directory",
    // External stylesheets and scripts keep the Content-Security-Policy free of inline hashes.
    inlineStylesheets: "never",
  },
  vite: {
    // NO_MINIFY=1 keeps the scripts' function names, for reading a browser profile.
    build: { assetsInlineLimit: 0, minify: process.env.NO_MINIFY ? false : undefined },
  },
  devToolbar: { enabled: false },
});
