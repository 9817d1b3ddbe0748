import { z } from "zod";
import { SlugSchema } from "./common.ts";

/** A commune, ward or unit inside a province that some plan names. */
export const SubLocalitySchema = z.object({
  /** Slug, unique within the province. */
  slug: SlugSchema,
  /** Name as written today ("Phường Nam Đồ Sơn"). */
  name: z.string().min(1),
  /** Kind: xã, phường, đặc khu or đơn vị (school, agency). */
  kind: z.enum(["xa", "phuong", "dac-khu", "don-vi"]),
  /** Old names this place was formed from or known by, if any. */
  oldNames: z.array(z.string()).default([]),
});

/** One of the 34 provincial units in force since 1/7/2025. */
export const ProvinceSchema = z.object({
  /** Slug of today's unit (`ha-tinh`, `hai-phong`, `hue`). */
  slug: SlugSchema,
  /** Today's name ("Hải Phòng"). */
  name: z.string().min(1),
  /** "tỉnh" or "thành phố" (centrally run city). */
  kind: z.enum(["tỉnh", "thành phố"]),
  /** Provinces merged into it on 1/7/2025 (empty when not reorganised). */
  mergedFrom: z.array(z.string()).default([]),
  /** Other names it is searched by: old names of the unit itself ("Thừa Thiên Huế"). */
  oldNames: z.array(z.string()).default([]),
  /** Where the administrative centre is, as the source gives it. */
  adminCentre: z.string().nullable().default(null),
  /** Population given by NQ 202/2025/QH15, when the source has it. */
  population: z.number().int().positive().nullable().default(null),
  /** Where the facts of this row come from. */
  source: z.string().min(1),
  /** Communes, wards and units inside it that plans name. */
  places: z.array(SubLocalitySchema).default([]),
});

/** The file `data/localities.yaml`. */
export const LocalitiesSchema = z.object({
  provinces: z.array(ProvinceSchema).length(34, { message: "phải có đúng 34 đơn vị cấp tỉnh" }),
});

export type Province = z.infer<typeof ProvinceSchema>;
export type SubLocality = z.infer<typeof SubLocalitySchema>;
