import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { cascadeAnswer, distributionSentence } from "../../../../src/lib/charts/cascade-describe.ts";
import { cascadeChainsChart, MAX_CHAINS } from "../../../../src/lib/charts/cascade.ts";
import type { CascadeChain, CascadeData } from "../../../../src/lib/charts/cascade-data.ts";

const { document } = parseHTML("<!doctype html><html><body></body></html>");

describe("distributionSentence(distribution)", () => {
  it("says counts out of the plans of that level, never shares", () => {
    expect(distributionSentence({ issuerLevel: "xa", counts: [1, 2, 0, 0], notCoded: 0, ghosts: 4 })).toBe(
      "Xã/phường: 2 trong 3 kế hoạch ở mức 1 và 1 ở mức 0",
    );
  });

  it("says nothing for a level without coded plans", () => {
    expect(
      distributionSentence({ issuerLevel: "trung-uong", counts: [0, 0, 0, 0], notCoded: 3, ghosts: 0 }),
    ).toBeNull();
  });
});

describe("cascadeAnswer(transitions, uncomparable)", () => {
  it("says the question cannot be answered yet when no plan has a coded document above it", () => {
    expect(cascadeAnswer([], 5)).toMatch(/^Chưa trả lời được: cả 5 kế hoạch đã mã hóa chưa có văn bản cấp trên/);
  });

  it("counts weaker, equal and stronger plans per step", () => {
    expect(cascadeAnswer([{ from: "tinh", to: "xa", weaker: 2, same: 0, stronger: 1 }], 1)).toBe(
      "So với văn bản đã mã hóa gần nhất ở cấp trên, trong 3 kế hoạch: 2 yếu hơn, 0 bằng, 1 mạnh hơn " +
        "(Tỉnh/thành phố → Xã/phường: 2 yếu hơn, 1 mạnh hơn). 1 kế hoạch khác chưa có văn bản cấp trên đã mã hóa để so.",
    );
  });
});

describe("cascadeChainsChart(data)", () => {
  const chain = (i: number): CascadeChain => ({
    leaf: `xa-${i}`,
    steps: [
      { id: "nq", title: "NQ 21", label: "21-NQ/TW", issuerLevel: "trung-uong", value: null },
      { id: `xa-${i}`, slug: `xa-${i}`, title: `KH xã ${i}`, label: `${i}-KH`, issuerLevel: "xa", value: 1 },
    ],
  });
  const data: CascadeData = {
    measureId: "m",
    measureName: "Biện pháp M",
    measureShort: "M",
    chains: Array.from({ length: 10_000 }, (_, i) => chain(i)),
    distribution: [],
    transitions: [],
    uncomparable: 10_000,
  };

  it("draws at most MAX_CHAINS chains out of 10,000 and says how many it shows", () => {
    const figure = cascadeChainsChart(data, { document: document as unknown as Document });
    expect(figure.querySelectorAll("tbody tr")).toHaveLength(MAX_CHAINS);
    expect(figure.querySelector(".chart-description")?.textContent).toContain(`Hiện ${MAX_CHAINS} trong 10.000 chuỗi`);
  });
});
