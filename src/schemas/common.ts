import { z } from "zod";
import { isIsoDate } from "../lib/labels.ts";

// In the browser the site's Content-Security-Policy forbids eval (src/lib/site.ts): Zod must not probe
// for it, or its `new Function("")` test is reported as a CSP violation (explorer, drafting page).
if (typeof document !== "undefined") z.config({ jitless: true });

/** A slug: lower-case ASCII words joined by hyphens ("ha-tinh", "lao-khoa"). */
export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: "chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: ha-tinh)",
});

/**
 * A calendar date, stored as "YYYY-MM-DD". YAML turns an unquoted 2025-06-28 into a Date,
 * so a Date is accepted and written back as its UTC day.
 */
export const IsoDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string().refine(isIsoDate, {
    message: "Không phải ngày có thật.",
    params: {
      showValue: true,
      fix: 'Viết ngày theo dạng YYYY-MM-DD, trong dấu nháy kép, ví dụ: "2025-06-28".',
    },
  }),
);
