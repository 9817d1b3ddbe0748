import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import {
  adoptionMatrixChart,
  MATRIX_READABLE_PLANS,
  matrixCapNote,
  matrixPlans,
} from "../../../../src/lib/charts/index.ts";
import type { PlanMeasureRow } from "../../../../src/lib/charts/types.ts";

const rows = JSON.parse(readFileSync("tests/fixtures/charts/rows.json", "utf8")) as PlanMeasureRow[];
const { document } = parseHTML("<!doctype html><html><body></body></html>");
const template = rows.filter((r) => r.slug === rows[0].slug);

/** `n` plans shaped like the first fixture plan, plan i issued i days after 1/1/2020; newest first. */
function corpus(n: number): { slugs: string[]; rows: PlanMeasureRow[] } {
  const slugs = Array.from({ length: n }, (_, i) => `ke-hoach-${String(n - 1 - i).padStart(3, "0")}`);
  const dayOf = (slug: string) => new Date(Date.UTC(2020, 0, 1 + Number(slug.slice(-3)))).toISOString().slice(0, 10);
  return {
    slugs,
    rows: slugs.flatMap((slug) =>
      template.map((r) => ({ ...r, slug, shortTitle: `KH ${slug.slice(-3)}`, date: dayOf(slug) })),
    ),
  };
}

describe("matrixPlans(newestFirst) and matrixCapNote(total)", () => {
  it("draws the newest MATRIX_READABLE_PLANS plans of a larger corpus and says so", () => {
    const total = MATRIX_READABLE_PLANS + 7;
    const big = corpus(total);
    const shown = matrixPlans(big.slugs);
    expect(shown).toEqual(big.slugs.slice(0, MATRIX_READABLE_PLANS));
    const keep = new Set(shown);
    const figure = adoptionMatrixChart(
      big.rows.filter((r) => keep.has(r.slug)),
      { document },
    );
    expect(figure.querySelectorAll("details table tbody tr").length).toBe(MATRIX_READABLE_PLANS);
    expect(figure.querySelector("details table tbody")?.textContent).not.toContain("KH 000");
    expect(matrixCapNote(total)).toBe(
      `Ma trận chỉ vẽ ${MATRIX_READABLE_PLANS} văn bản mới nhất trong ${total} văn bản`,
    );
  });

  it("draws every plan and says nothing when the corpus fits", () => {
    const fits = corpus(MATRIX_READABLE_PLANS);
    expect(matrixPlans(fits.slugs)).toEqual(fits.slugs);
    expect(matrixCapNote(MATRIX_READABLE_PLANS)).toBeNull();
  });
});
