import { z } from "zod";

/** A slug: lower-case ASCII words joined by hyphens ("ha-tinh", "lao-khoa"). */
export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: "chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: ha-tinh)",
});

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date, stored as "YYYY-MM-DD". YAML turns an unquoted 2025-06-28 into a Date,
 * so a Date is accepted and written back as its UTC day.
 */
export const IsoDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string().refine(isIsoDate, {
    message: "không phải ngày hợp lệ: viết theo dạng YYYY-MM-DD (ví dụ: 2025-06-28)",
  }),
);
