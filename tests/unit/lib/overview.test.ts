import { describe, expect, it } from "vitest";
import { keyFigures } from "../../../src/lib/overview.ts";
import { fixtureContent } from "../../fixture-corpus.ts";

const { plans, measures, provinces } = fixtureContent();

describe("keyFigures(plans, measures, provinces)", () => {
  it("counts documents, local and national, and the units that have a plan out of all units", () => {
    const [docs, units, codebook] = keyFigures(plans, measures, provinces);
    expect(docs.value).toBe("8");
    expect(docs.detail).toBe("5 kế hoạch địa phương, 3 văn bản trung ương");
    expect(units.value).toBe("5/34");
    expect(units.detail).toBe("theo 34 đơn vị từ 1/7/2025");
    expect(codebook.value).toBe("20");
  });

  it("takes the number of units from the localities, not a fixed 34", () => {
    const [, units] = keyFigures(plans, measures, provinces.slice(0, 30));
    expect(units.value).toMatch(/\/30$/);
  });

  it("names the issuer levels that have documents, top down", () => {
    const levels = keyFigures(plans, measures, provinces)[3];
    expect(levels.detail).toBe("Trung ương, Tỉnh/thành phố, Xã/phường, Đơn vị");
  });
});
