import { identityKey } from "../identity.ts";
import { error, type CheckIssue } from "./issue.ts";
import type { PlanEntry } from "../model.ts";
import type { Reference } from "../../schemas/plan.ts";
import { slugify } from "../vietnamese.ts";

/** Finds the summarised plan a reference points to (`createPlanResolver`), or undefined. */
type Resolver = (ref: Reference) => PlanEntry | undefined;

/** Two files for one URL (names equal once folded) or for one document (same identity). */
export function checkDuplicates(plans: readonly PlanEntry[]): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const bySlug = new Map<string, PlanEntry>();
  const byIdentity = new Map<string, PlanEntry>();
  const bySource = new Map<string, PlanEntry>();
  for (const vp of plans) {
    const source = vp.plan.source;
    const sharing = source === null ? undefined : bySource.get(source);
    if (sharing)
      issues.push(
        error(
          vp.file,
          "source",
          `Cùng tệp nguồn "${source}" với ${sharing.file}: hai tệp tóm tắt cho một văn bản.`,
          "Mỗi văn bản chỉ có một tệp: gộp hai tệp làm một (số hiệu hay ngày khác nhau không làm thành văn bản khác).",
        ),
      );
    else if (source !== null) bySource.set(source, vp);
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
export function checkCycles(plans: readonly PlanEntry[], resolve: Resolver): CheckIssue[] {
  const edges = new Map<PlanEntry, PlanEntry[]>();
  for (const vp of plans) {
    edges.set(
      vp,
      // A reference to itself is refused by the schema; here only cycles through other plans remain.
      vp.plan.references.map(resolve).filter((t): t is PlanEntry => t !== undefined && t !== vp),
    );
  }
  const state = new Map<PlanEntry, "open" | "done">();
  const issues: CheckIssue[] = [];
  const reported = new Set<string>();
  const visit = (vp: PlanEntry, stack: PlanEntry[]) => {
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
export function checkParentDates(plans: readonly PlanEntry[], resolve: Resolver): CheckIssue[] {
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
