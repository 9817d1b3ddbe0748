import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { PlanSchema } from "./schemas/plan.ts";
import { MeasureSchema } from "./schemas/codebook.ts";
import { ProvinceSchema } from "./schemas/locality.ts";

/**
 * Where content and data are read from. Tests and benchmarks point these at generated folders
 * (PLANS_DIR, DATA_DIR); the site itself uses content/plans and data.
 */
const PLANS_DIR = process.env.PLANS_DIR ?? "./content/plans";
const DATA_DIR = process.env.DATA_DIR ?? "./data";

/** One markdown file per summarised document; the id is the file name (the plan's slug). */
const plans = defineCollection({
  loader: glob({ pattern: "*.md", base: PLANS_DIR }),
  schema: PlanSchema,
});

/** The codebook: one entry per measure, from data/codebook.yaml. */
const measures = defineCollection({
  loader: file(`${DATA_DIR}/codebook.yaml`, {
    // The loader keys entries by id; `order` keeps the codebook's own order.
    parser: (text) =>
      (parseYaml(text) as { measures: Record<string, unknown>[] }).measures.map((m, order) => ({ ...m, order })),
  }),
  schema: MeasureSchema.extend({ order: z.number().int() }),
});

/** The 34 provincial units with their old names and places, from data/localities.yaml. */
const provinces = defineCollection({
  loader: file(`${DATA_DIR}/localities.yaml`, {
    parser: (text) =>
      (parseYaml(text) as { provinces: Record<string, unknown>[] }).provinces.map((p, order) => ({
        id: p.slug,
        ...p,
        order,
      })),
  }),
  schema: ProvinceSchema.extend({ order: z.number().int() }),
});

export const collections = { plans, measures, provinces };
