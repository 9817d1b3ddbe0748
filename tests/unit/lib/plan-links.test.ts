import { describe, expect, it } from "vitest";
import { citingListed, citingPlans, referenceLabel } from "../../../src/lib/plan-links.ts";
import { createPlanResolver } from "../../../src/lib/lineage/resolve.ts";
import type { PlanEntry } from "../../../src/lib/model.ts";
import { PlanSchema, type Reference } from "../../../src/schemas/plan.ts";

function entry(slug: string, fields: Record<string, unknown>): PlanEntry {
  const plan = PlanSchema.parse({
    title: slug,
    shortTitle: slug,
    docType: "ke-hoach",
    issuerShort: "x",
    issuerKind: "party",
    issuerLevel: "tinh",
    locality: { province: "son-la" },
    signer: null,
    source: null,
    sourceNote: "không có toàn văn",
    ...fields,
  });
  return { slug, file: `${slug}.md`, plan, body: "" };
}

const kl149 = entry("ket-luan-149", {
  docType: "ket-luan",
  number: "149-KL/TW",
  issuer: "Bộ Chính trị",
  issued: { date: "2025-04-10" },
  issuerLevel: "trung-uong",
});
const ref = (fields: Partial<Reference>): Reference => ({
  relation: "thuc-hien",
  docType: "ket-luan",
  number: "149-KL/TW",
  issuer: "Bộ Chính trị",
  date: "2025-04-10",
  stated: true,
  ...fields,
});
const child = entry("ke-hoach-son-la", {
  number: "341-KH/TU",
  issuer: "Ban Thường vụ Tỉnh ủy Sơn La",
  issued: { date: "2025-06-03" },
  locality: { province: "son-la" },
  references: [ref({})],
});

describe("createPlanResolver(plans)", () => {
  const resolve = createPlanResolver([kl149, child]);

  it("links a reference to the summarised plan with the same number, issuer and date", () => {
    expect(resolve(ref({}))?.slug).toBe("ket-luan-149");
  });

  it("matches a number written another way (leading zero, Đ without its stroke)", () => {
    const plans = [entry("x", { number: "07-KH/ĐU", issuer: "Đảng ủy X", issued: { date: "2025-06-28" } })];
    expect(createPlanResolver(plans)(ref({ number: "7-KH/DU", issuer: "Đảng ủy X", date: undefined }))?.slug).toBe("x");
  });

  it("leaves a document nobody has summarised unresolved, even when its number exists elsewhere", () => {
    expect(resolve(ref({ issuer: "Ban Thường vụ Tỉnh ủy Hà Tĩnh" }))).toBeUndefined();
    expect(resolve(ref({ date: "2015-01-01" }))).toBeUndefined();
  });
});

describe("citingPlans(plans, resolve)", () => {
  it("lists the plans that carry out a document, with how they name it", () => {
    const plans = [kl149, child];
    const citing = citingPlans(plans, createPlanResolver(plans));
    expect(citing.get("ket-luan-149")?.map((c) => [c.plan.slug, c.relation])).toEqual([
      ["ke-hoach-son-la", "thuc-hien"],
    ]);
    expect(citing.get("ke-hoach-son-la")).toBeUndefined();
  });
});

describe("citingPlans at scale and citingListed(citing, max)", () => {
  /** `n` plans carrying out KL 149, each naming it twice (stated, then as a citation), dated a day apart. */
  const children = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      entry(`ke-hoach-${String(i).padStart(5, "0")}`, {
        number: `${i}-KH/TU`,
        issuer: "Tỉnh ủy Sơn La",
        issued: { date: new Date(Date.UTC(2025, 4, 1 + (i % 200))).toISOString().slice(0, 10) },
        references: [ref({}), ref({ relation: "can-cu" })],
      }),
    );

  it("lists each citing plan once, by its first reference", () => {
    const plans = [kl149, ...children(3)];
    const citing = citingPlans(plans, createPlanResolver(plans)).get("ket-luan-149") ?? [];
    expect(citing.map((c) => [c.plan.slug, c.relation])).toEqual([
      ["ke-hoach-00000", "thuc-hien"],
      ["ke-hoach-00001", "thuc-hien"],
      ["ke-hoach-00002", "thuc-hien"],
    ]);
  });

  it("lists every citing plan up to the cap, and beyond it the newest, saying how many are left", () => {
    const plans = [kl149, ...children(250)];
    const citing = citingPlans(plans, createPlanResolver(plans)).get("ket-luan-149") ?? [];
    expect(citing).toHaveLength(250);
    expect(citingListed(citing, 300)).toEqual({ shown: citing, more: 0 });
    const { shown, more } = citingListed(citing, 100);
    expect(more).toBe(150);
    expect(shown).toHaveLength(100);
    const dates = shown.map((c) => c.plan.plan.issued.date ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
    const oldestShown = dates.at(-1) ?? "";
    const left = citing.filter((c) => !shown.includes(c));
    expect(left.every((c) => (c.plan.plan.issued.date ?? "") <= oldestShown)).toBe(true);
  });
});

describe("referenceLabel(ref)", () => {
  it("reads like a Vietnamese citation of a document", () => {
    expect(
      referenceLabel(
        ref({ docType: "ke-hoach", number: "26-KH/ĐU", issuer: "Đảng ủy UBND tỉnh Sơn La", date: "2025-06-11" }),
      ),
    ).toBe("Kế hoạch số 26-KH/ĐU ngày 11/6/2025 của Đảng ủy UBND tỉnh Sơn La");
    expect(referenceLabel(ref({ date: undefined }))).toBe("Kết luận số 149-KL/TW của Bộ Chính trị");
  });
});
