/** Small builders of plans and references for the lineage tests. */
import type { Plan, Reference } from "../../../../src/schemas/plan.ts";
import type { LineageInput } from "../../../../src/lib/lineage/build.ts";
import type { Province } from "../../../../src/schemas/locality.ts";

/** A reference: `thuc-hien` (direct parent) or `can-cu` (cited), stated unless told. */
export function ref(
  relation: Reference["relation"],
  number: string,
  issuer: string,
  date?: string,
  more: Partial<Reference> = {},
): Reference {
  return { relation, docType: "ke-hoach", number, issuer, ...(date ? { date } : {}), stated: true, ...more };
}

/** The three national documents as the seeds reference them. */
export const NQ21 = ref("can-cu", "21-NQ/TW", "Ban Chấp hành Trung ương Đảng khóa XII", "2017-10-25", {
  docType: "nghi-quyet",
});
export const KL149 = ref("can-cu", "149-KL/TW", "Bộ Chính trị", "2025-04-10", { docType: "ket-luan" });

/** A summarised plan with the facts the lineage reads; the rest is filler that passes the type. */
export function plan(slug: string, facts: Partial<Plan> & { references?: Reference[] } = {}): LineageInput {
  return {
    slug,
    plan: {
      title: `Kế hoạch ${slug}`,
      shortTitle: `KH ${slug}`,
      docType: "ke-hoach",
      number: null,
      issued: { date: "2025-06-01" },
      issuer: `Cơ quan ${slug}`,
      issuerShort: `CQ ${slug}`,
      issuerKind: "party",
      issuerLevel: "tinh",
      locality: { inferred: false },
      signer: null,
      source: null,
      references: [],
      measures: {},
      targets: [],
      assignments: [],
      dataNotes: [],
      draft: false,
      ...facts,
    },
  };
}

/** NQ 21 and KL 149 as summarised plans (KL 149 carries out NQ 21). */
export function nationalPlans(): LineageInput[] {
  return [
    plan("nq-21", {
      docType: "nghi-quyet",
      number: "21-NQ/TW",
      issued: { date: "2017-10-25" },
      issuer: "Ban Chấp hành Trung ương Đảng khóa XII",
      issuerLevel: "trung-uong",
    }),
    plan("kl-149", {
      docType: "ket-luan",
      number: "149-KL/TW",
      issued: { date: "2025-04-10" },
      issuer: "Bộ Chính trị",
      issuerLevel: "trung-uong",
      references: [{ ...NQ21, relation: "thuc-hien" }],
    }),
  ];
}

/** A province with only what the tree reads. */
export const province = (slug: string, name: string): Province => ({
  slug,
  name,
  kind: "tỉnh",
  mergedFrom: [],
  oldNames: [],
  adminCentre: null,
  population: null,
  source: "kiểm thử",
  places: [],
});

/** Three provinces for wide families. */
export const PROVINCES = [province("son-la", "Sơn La"), province("ha-tinh", "Hà Tĩnh"), province("lao-cai", "Lào Cai")];
