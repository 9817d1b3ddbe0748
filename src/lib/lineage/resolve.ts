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
    datesAgree(ref.date, doc.date)
  );
}

/** The date part of `referenceMatches`: the same date when both sides give one. */
const datesAgree = (a: string | undefined, b: string | undefined) => !a || !b || a === b;

/**
 * A resolver over `docs`: returns the first document (in the order given) that `referenceMatches`
 * a reference, or undefined. Documents are indexed by number key and hold their issuer key, worked out
 * once (many plans share a number such as "01/KH": a look-up compares keys, not folded names).
 */
export function createDocumentResolver<T>(
  docs: readonly T[],
  identityOf: (doc: T) => DocumentIdentity,
): (ref: ReferenceIdentity) => T | undefined {
  const byNumber = new Map<string, { doc: T; issuer: string; date?: string }[]>();
  for (const doc of docs) {
    const id = identityOf(doc);
    if (id.number === null) continue;
    const key = numberKey(id.number);
    const entry = { doc, issuer: issuerKey(id.issuer), date: id.date };
    const list = byNumber.get(key);
    if (list) list.push(entry);
    else byNumber.set(key, [entry]);
  }
  // References repeat (thousands of plans cite NQ 21): each number and issuer is folded once.
  const numberOf = remembered(numberKey);
  const issuerOf = remembered(issuerKey);
  return (ref) => {
    const list = byNumber.get(numberOf(ref.number));
    if (!list) return undefined;
    const issuer = issuerOf(ref.issuer);
    return list.find((c) => c.issuer === issuer && datesAgree(ref.date, c.date))?.doc;
  };
}

/** `key` with its results kept by argument. */
function remembered(key: (raw: string) => string): (raw: string) => string {
  const seen = new Map<string, string>();
  return (raw) => {
    let k = seen.get(raw);
    if (k === undefined) seen.set(raw, (k = key(raw)));
    return k;
  };
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
