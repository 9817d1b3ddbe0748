import { issuerKey, numberKey, type DocumentIdentity } from "../identity.ts";

/** What a reference says about the document it names. */
export interface ReferenceIdentity {
  number: string;
  issuer: string;
  date?: string;
}

/**
 * True when a reference names `doc`: same number and issuer once normalised (leading zeros, diacritics,
 * "Ban Thường vụ" do not matter), and the same date when both sides give one. This is the ONE rule of
 * "which document does this reference point to", used by the lineage tree and by `npm run check`.
 */
export function referenceMatches(ref: ReferenceIdentity, doc: DocumentIdentity): boolean {
  return (
    doc.number !== null &&
    numberKey(ref.number) === numberKey(doc.number) &&
    issuerKey(ref.issuer) === issuerKey(doc.issuer) &&
    (!ref.date || !doc.date || ref.date === doc.date)
  );
}

/**
 * A resolver over `docs`: returns the first document (in the order given) that `referenceMatches`
 * a reference, or undefined. Documents are indexed by number once, so resolving is cheap.
 */
export function createDocumentResolver<T>(
  docs: readonly T[],
  identityOf: (doc: T) => DocumentIdentity,
): (ref: ReferenceIdentity) => T | undefined {
  const byNumber = new Map<string, { doc: T; id: DocumentIdentity }[]>();
  for (const doc of docs) {
    const id = identityOf(doc);
    if (id.number === null) continue;
    const key = numberKey(id.number);
    const list = byNumber.get(key);
    if (list) list.push({ doc, id });
    else byNumber.set(key, [{ doc, id }]);
  }
  return (ref) => byNumber.get(numberKey(ref.number))?.find((c) => referenceMatches(ref, c.id))?.doc;
}

/** What a plan-like value needs for `createPlanResolver`: its frontmatter's identity fields. */
interface HasIdentity {
  plan: { number: string | null; issuer: string; issued: { date?: string } };
}

/** The identity of a plan: its number, issuer and printed date. */
export const planIdentity = ({ plan }: HasIdentity): DocumentIdentity => ({
  number: plan.number,
  issuer: plan.issuer,
  date: plan.issued.date,
});

/**
 * The resolver of references to summarised plans that every part of the site uses (the check, the
 * data build, the plan pages, the measure pages and the lineage): `referenceMatches` over `plans`.
 */
export function createPlanResolver<T extends HasIdentity>(
  plans: readonly T[],
): (ref: ReferenceIdentity) => T | undefined {
  return createDocumentResolver(plans, planIdentity);
}
