import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { PlanSchema } from "./schemas/plan.ts";

/** One markdown file per summarised document; the id is the file name (the plan's slug). */
const plans = defineCollection({
  loader: glob({ pattern: "*.md", base: "./content/plans" }),
  schema: PlanSchema,
});

export const collections = { plans };
