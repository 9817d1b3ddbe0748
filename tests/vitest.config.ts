import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: ".",
    include: ["tests/unit/**/*.test.ts"],
    // Rendered with Astro's Vite plugins by tests/vitest.components.config.ts.
    exclude: ["tests/unit/components/**", "**/node_modules/**"],
  },
});
