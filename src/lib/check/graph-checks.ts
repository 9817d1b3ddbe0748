import { identityKey } from "../identity.ts";
import { createDocumentResolver } from "../lineage/resolve.ts";
import { error, type CheckIssue } from "./issue.ts";
import type { ValidPlan } from "./corpus.ts";
import type { Reference } from "../../schemas/plan.ts";
import { slugify } from "../vietnamese.ts";

/** Finds the summarised plan a reference points to, or undefined for a document not summarised yet. */
export type Resolver = (ref: Reference) => ValidPlan | undefined;

/**
 * A resolver over `plans`, with the one matching rule the lineage tree also uses
 * (`referenceMatches`: same number and issuer, and the same date when both sides give one).
 */
export function createResolver(plans: readonly ValidPlan[]): Resolver {
  return createDocumentResolver(plans, (p) => ({
    number: p.plan.number,
    issuer: p.plan.issuer,
    date: p.plan.issued.date,
  }));
}

/** Two files for one URL (names equal once folded) or for one document (same identity). */
export function checkDuplicates(plans: readonly ValidPlan[]): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const bySlug = new Map<string, ValidPlan>();
  const byIdentity = new Map<string, ValidPlan>();
  for (const vp of plans) {
    const slugKey = slugify(vp.slug);
    const seen = bySlug.get(slugKey);
    if (seen)
      issues.push(
        error(
          vp.file,
          undefined,
          `Trùng slug với ${seen.file}: hai tệp sẽ cùng một địa chỉ /ke-hoach/${slugKey}/.`,
          "Đổi tên một trong hai tệp.",
        ),
      );
    else bySlug.set(slugKey, vp);
    if (vp.plan.number === null) continue;
    const key = identityKey({ number: vp.plan.number, issuer: vp.plan.issuer, date: vp.plan.issued.date });
    const same = byIdentity.get(key);
    if (same)
      issues.push(
        error(
          vp.file,
          "number",
          `Cùng văn bản với ${same.file} (số ${vp.plan.number}, ${vp.plan.issuer}, ${vp.plan.issued.date ?? "không rõ ngày"}).`,
          "Mỗi văn bản chỉ có một tệp: gộp hai tệp làm một.",
        ),
      );
    else byIdentity.set(key, vp);
  }
  return issues;
}

/** Plans that, through their references, end up carrying out themselves. */
export function checkCycles(plans: readonly ValidPlan[], resolve: Resolver): CheckIssue[] {
  const edges = new Map<ValidPlan, ValidPlan[]>();
  for (const vp of plans) {
    edges.set(
      vp,
      vp.plan.references.map(resolve).filter((t): t is ValidPlan => t !== undefined && t !== vp),
    );
  }
  const state = new Map<ValidPlan, "open" | "done">();
  const issues: CheckIssue[] = [];
  const reported = new Set<string>();
  const visit = (vp: ValidPlan, stack: ValidPlan[]) => {
    state.set(vp, "open");
    stack.push(vp);
    for (const next of edges.get(vp) ?? []) {
      if (state.get(next) === "open") {
        const cycle = stack.slice(stack.indexOf(next));
        const names = cycle.map((p) => p.file);
        const key = [...names].sort().join(",");
        if (!reported.has(key)) {
          reported.add(key);
          issues.push(
            error(
              next.file,
              "references",
              `Vòng tham chiếu: ${[...names, next.file].join(" → ")}. Một văn bản không thể (gián tiếp) thực hiện chính nó.`,
              "Kiểm tra số hiệu, cơ quan và ngày trong references của các tệp trên; bỏ tham chiếu sai.",
            ),
          );
        }
      } else if (!state.has(next)) visit(next, stack);
    }
    stack.pop();
    state.set(vp, "done");
  };
  for (const vp of plans) if (!state.has(vp)) visit(vp, []);
  return issues;
}

/** A plan dated before a summarised document it carries out or cites. */
export function checkParentDates(plans: readonly ValidPlan[], resolve: Resolver): CheckIssue[] {
  const issues: CheckIssue[] = [];
  for (const vp of plans) {
    const latest = vp.plan.issued.date ?? vp.plan.issued.before;
    if (!latest) continue;
    vp.plan.references.forEach((ref, i) => {
      const target = resolve(ref);
      const targetDate = target?.plan.issued.date ?? target?.plan.issued.after;
      if (target && !ref.date && targetDate && targetDate > latest)
        issues.push(
          error(
            vp.file,
            `references[${i}]`,
            `Văn bản này (${latest}) ra trước ${target.file} (${targetDate}) mà nó dẫn tới.`,
            "Kiểm tra ngày của hai văn bản.",
          ),
        );
    });
  }
  return issues;
}
