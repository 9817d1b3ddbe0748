/**
 * Colours and symbols of the charts. Levels use one blue hue that darkens with the level (safe for every
 * kind of colour blindness, and each cell also prints its digit); issuer kinds use the Okabe–Ito palette
 * plus a distinct symbol each, so no chart relies on colour alone.
 */
import type { PlanMeasureRow } from "../model.ts";

/** Fill of each coded level 0–3: 0 is a neutral grey, 1–3 blues of growing depth. */
export const LEVEL_FILL: readonly string[] = ["#e6e6e3", "#c6dbef", "#6baed6", "#08519c"];

/** Text colour that reads on each level's fill (WCAG AA). */
export const LEVEL_INK: readonly string[] = ["#3d4550", "#1b1f24", "#0b1f33", "#ffffff"];

/** Lines of the hatching that marks "not coded" (null), on white. */
export const NULL_STROKE = "#8d96a0";

/** Colour of each issuer kind: party, government, unit (Okabe–Ito vermillion, blue, bluish green). */
export const ISSUER_KIND_COLOR: Record<PlanMeasureRow["issuerKind"], string> = {
  party: "#D55E00",
  government: "#0072B2",
  unit: "#009E73",
};

/** Symbol of each issuer kind, so the timeline is readable without colour. */
export const ISSUER_KIND_SYMBOL: Record<PlanMeasureRow["issuerKind"], "circle" | "square" | "triangle"> = {
  party: "circle",
  government: "square",
  unit: "triangle",
};

/** The fill of a level, or of "not coded". */
export function levelFill(level: number | null, hatch: string): string {
  return level === null ? hatch : LEVEL_FILL[level];
}
