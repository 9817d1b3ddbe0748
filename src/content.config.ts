import { defineCollection } from "astro:content";
import { z } from "zod";
import { PlanSchema } from "./schemas/plan.ts";
import { MeasureSchema, NationalDocumentSchema } from "./schemas/codebook.ts";
import { ProvinceSchema } from "./schemas/locality.ts";
import { dataLoader, plansLoader } from "./data/loader.ts";

/*
 * Content and data are read from content/plans and data (PLANS_DIR and DATA_DIR in tests and
 * benchmarks) and checked by the project's one loader (src/data/corpus.ts): a content error stops
 * `astro build` and `astro dev` with the same messages as `npm run check`. The schemas give the types.
 */

/** One markdown file per summarised document; the id is the file name (the plan's slug). */
const plans = defineCollection({ loader: plansLoader(), schema: PlanSchema });

/** The codebook: one entry per measure, from data/codebook.yaml; `order` keeps the file's order. */
const measures = defineCollection({
  loader: dataLoader("measures"),
  schema: MeasureSchema.extend({ order: z.number().int() }),
});

/** The 34 provincial units with their old names and places, from data/localities.yaml. */
const provinces = defineCollection({
  loader: dataLoader("provinces"),
  schema: ProvinceSchema.extend({ order: z.number().int() }),
});

/** The national documents the codebook's asks come from, from data/codebook.yaml. */
const documents = defineCollection({
  loader: dataLoader("documents"),
  schema: NationalDocumentSchema.extend({ order: z.number().int() }),
});

export const collections = { plans, measures, provinces, documents };
