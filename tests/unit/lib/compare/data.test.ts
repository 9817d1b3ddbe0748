import { describe, expect, it } from "vitest";
import { compareData } from "../../../../src/lib/compare/data.ts";
import { createPlanResolver } from "../../../../src/lib/lineage/resolve.ts";
import { fixtureContent } from "../../../fixture-corpus.ts";

const { plans, measures, provinces } = fixtureContent();
const data = compareData(plans, {
  measures,
  provinceNames: new Map(provinces.map((p) => [p.slug, p.name])),
  resolve: createPlanResolver(plans),
});
const bySlug = new Map(data.plans.map((p) => [p.s, p]));

describe("compareData(plans, sources)", () => {
  it("carries every plan, newest first", () => {
    expect(data.plans).toHaveLength(plans.length);
    expect(data.plans[0].s).toBe("ke-hoach-ubnd-phuong-nam-do-son-thuc-hien-kl-149-2025");
    expect(data.plans.at(-1)?.s).toBe("nghi-quyet-21-nq-tw-2017");
  });

  it("carries every measure's level and quotes as the plan file codes them", () => {
    const source = plans.find((p) => p.slug === "ke-hoach-ubnd-dak-lak-thuc-hien-kl-149-2025");
    const plan = bySlug.get("ke-hoach-ubnd-dak-lak-thuc-hien-kl-149-2025");
    for (const m of measures) {
      const coding = source?.plan.measures[m.id];
      expect(plan?.m[m.id]).toEqual(coding ? [coding.level, ...coding.quotes.map((q) => q.text)] : undefined);
    }
  });

  it("links the parent when it has a file and names it either way", () => {
    expect(bySlug.get("ke-hoach-ubnd-dak-lak-thuc-hien-kl-149-2025")?.p).toEqual({
      s: "quyet-dinh-1745-qd-ttg-2025",
      t: "Quyết định số 1745/QĐ-TTg ngày 15/8/2025 của Thủ tướng Chính phủ",
    });
    expect(bySlug.get("ke-hoach-07-kh-du-cdsl-2025-truong-cao-dang-son-la")?.p).toEqual({
      t: "Kế hoạch số 26-KH/ĐU ngày 11/6/2025 của Đảng ủy Ủy ban nhân dân tỉnh Sơn La",
    });
    expect(bySlug.get("nghi-quyet-21-nq-tw-2017")?.p).toBeNull();
  });

  it("writes the date and the locality as the site does", () => {
    const hue = bySlug.get("ke-hoach-49-kh-duk-2018-dang-uy-khoi-tinh-thua-thien-hue");
    expect(hue?.d).toBe("4/6/2018");
    expect(hue?.loc).toBe("Huế, Thừa Thiên Huế");
  });

  it("lists the measures in the codebook's group order", () => {
    const groups = data.measures.map((m) => m.group);
    expect(groups.filter((g, i) => g !== groups[i - 1])).toEqual([...new Set(groups)]);
  });
});
