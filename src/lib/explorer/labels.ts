/**
 * Labels and date helpers the explorer's browser code needs, under the names it uses; they come from
 * `src/lib/labels.ts`, which has no zod in it.
 */
export {
  ISSUER_LEVELS as ISSUER_LEVEL_LABELS,
  ISSUER_KINDS as ISSUER_KIND_LABELS,
  LEVEL_NAMES as LEVEL_LABELS,
  formatDate as formatDay,
  isIsoDate as isCalendarDate,
} from "../labels.ts";
