/**
 * /so-sanh/'s data in parts, so that a comparison costs the same few kilobytes with 8 plans or 100,000:
 * - /so-sanh/du-lieu.json (`CompareIndex`): the measures and how many parts there are;
 * - /so-sanh/phan/<parts>-<k>.json: the plans whose slug hashes to part k (`partOf`), whole (levels,
 *   quotes);
 * The page reads the index and the parts of the plans its address names, nothing else; its picker
 * finds plans with the site search (lib/compare/match.ts).
 */
import { fnv1a } from "../hash.ts";
import type { CompareData, CompareMeasure, ComparePlan } from "./data.ts";

/** About this many plans per part: a part is a few tens of kilobytes. */
export const PLANS_PER_PART = 16;

/** The first file: what the page needs before it reads any plan. */
export interface CompareIndex {
  measures: CompareMeasure[];
  /** Number of part files, a power of two (1 for a small corpus). */
  parts: number;
}

/** The number of parts for `plans` plans: the smallest power of two giving at most PLANS_PER_PART each on average. */
export function partCount(plans: number): number {
  let parts = 1;
  while (parts * PLANS_PER_PART < plans) parts *= 2;
  return parts;
}

/** The part that holds the plan `slug`, of `parts`. */
export function partOf(slug: string, parts: number): number {
  return fnv1a(slug) % parts;
}

/** The comparison data as its files: the index and the parts (each in the data's order). */
export function splitCompare(data: CompareData): { index: CompareIndex; parts: ComparePlan[][] } {
  const count = partCount(data.plans.length);
  const parts: ComparePlan[][] = Array.from({ length: count }, () => []);
  for (const p of data.plans) parts[partOf(p.s, count)].push(p);
  return {
    index: { measures: data.measures, parts: count },
    parts,
  };
}

/**
 * The file name of part `k` of `parts`: "1024-7". The number of parts is in the name, so that a page
 * holding an index of an earlier build (cached for a few minutes, see scripts/deploy/nginx.conf) never
 * reads a part of a different split: the file it asks for is gone (an error the page reports) or is
 * of its own split.
 */
export const partName = (k: number, parts: number): string => `${parts}-${k}`;
/** The address of part `k` of `parts`. */
export const partUrl = (k: number, parts: number): string => `/so-sanh/phan/${partName(k, parts)}.json`;
