/**
 * Tests that render one Astro component with Astro's container API on a fixture of their own, without
 * building a whole site: they need Astro's Vite plugins, which the plain unit config does without.
 */
import { getViteConfig } from "astro/config";

export default getViteConfig({
  test: {
    root: ".",
    include: ["tests/unit/components/**/*.test.ts"],
  },
});
