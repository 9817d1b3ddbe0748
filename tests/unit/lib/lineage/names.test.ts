import { describe, expect, it } from "vitest";
import { DOC_TYPE_NAMES, LEVEL_NAMES } from "../../../../src/lib/lineage/names.ts";
import { DOC_TYPES, ISSUER_LEVELS } from "../../../../src/schemas/plan.ts";

describe("DOC_TYPE_NAMES and LEVEL_NAMES", () => {
  it("name document types and levels exactly as the schema does", () => {
    expect(DOC_TYPE_NAMES).toEqual(DOC_TYPES);
    expect(LEVEL_NAMES).toEqual(ISSUER_LEVELS);
  });
});
