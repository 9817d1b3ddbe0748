import { describe, expect, it } from "vitest";
import { COMPARE_IDS, IDS } from "../../../src/lib/dom-ids.ts";

const ALL = [...Object.values(IDS), ...Object.values(COMPARE_IDS)];

describe("IDS, COMPARE_IDS", () => {
  it("gives every element its own id", () => {
    expect(new Set(ALL).size).toBe(ALL.length);
  });

  it("uses ids that work in a selector and a URL fragment without escaping", () => {
    for (const id of ALL) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });
});
