import { describe, expect, it } from "vitest";
import { IDS } from "../../../src/lib/dom-ids.ts";

describe("IDS", () => {
  it("gives every element its own id", () => {
    const values = Object.values(IDS);
    expect(new Set(values).size).toBe(values.length);
  });

  it("uses ids that work in a selector and a URL fragment without escaping", () => {
    for (const id of Object.values(IDS)) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });
});
