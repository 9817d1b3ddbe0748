// @ts-check
import { defineConfig } from "astro/config";
import sitemap from "@astrojs/sitemap";

/** Public address used for canonical links, the sitemap and RSS. Override with SITE_URL. */
const site = process.env.SITE_URL ?? "https://dan-so.example.org";

export default defineConfig({
  site,
  // `npm test` also builds the frozen fixture corpus into a folder of its own (OUT_DIR).
  outDir: process.env.OUT_DIR ?? "./dist",
  // Tests that build a scratch corpus keep their content cache apart from the real one.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? "./node_modules/.astro",
  trailingSlash: "always",
  // /tim-kiem/ only answers the search box (and says search needs JavaScript): not a page to index.
  integrations: [sitemap({ filter: (page) => !new URL(page).pathname.startsWith("/tim-kiem/") })],
  build: {
    format: "directory",
    // External stylesheets and scripts keep the Content-Security-Policy free of inline hashes.
    inlineStylesheets: "never",
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
});
