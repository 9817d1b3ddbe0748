import { foldVietnamese } from "./vietnamese.ts";

/**
 * Normalises a document number as printed: "Số 07 - KH/ĐU-CDSL" → "07-KH/ĐU-CDSL",
 * "341-\nKH/TU" → "341-KH/TU". Keeps the letters' diacritics (Đ), drops spaces.
 */
export function normalizeDocNumber(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/^\s*số\s*:?\s*/iu, "")
    .replace(/\s+/g, "")
    .replace(/[\u2013\u2014]/g, "-")
    .toUpperCase();
}

/** Key of a number for comparison: no diacritics, no leading zeros ("07-KH/ĐU" = "7-KH/DU"). */
export function numberKey(raw: string): string {
  return foldVietnamese(normalizeDocNumber(raw))
    .replace(/\s+/g, "")
    .replace(/^0+(?=\d)/, "");
}

/** Key of an issuer: folded, without the "Ban Thường vụ" that some citations add or drop. */
export function issuerKey(raw: string): string {
  return foldVietnamese(raw)
    .replace(/^ban thuong vu\s+/, "")
    .replace(/[^a-z0-9 ]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** What identifies a document: its number, issuer and date ("" when unknown). */
export interface DocumentIdentity {
  number: string | null;
  issuer: string;
  date?: string;
}

/**
 * The identity key of a document. Numbers repeat across provinces and terms ("71-KH/TU"), so the
 * issuer and date are part of it. A document without a number is identified by issuer and date.
 */
export function identityKey(doc: DocumentIdentity): string {
  return [doc.number ? numberKey(doc.number) : "?", issuerKey(doc.issuer), doc.date ?? "?"].join("|");
}
