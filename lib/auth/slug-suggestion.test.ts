import { describe, expect, it } from "vitest";
import { orgSlugSchema } from "./schemas";
import { suggestSlug } from "./slug-suggestion";

describe("suggestSlug", () => {
  it.each([
    ["Acme", "acme"],
    ["Bakkerij Peeters & Zonen", "bakkerij-peeters-zonen"],
    ["  Café Ürsel — Gent  ", "cafe-ursel-gent"],
    ["Sales 2026!", "sales-2026"],
    ["AB", ""],
    ["!!!", ""],
    ["Een heel lange naam van een organisatie die niet ophoudt", "een-heel-lange-naam-van-een-organisatie"],
  ])("%s → %s", (name, slug) => {
    expect(suggestSlug(name)).toBe(slug);
  });

  it("suggests only addresses sign-up accepts", () => {
    for (const name of ["Acme", "Bakkerij Peeters & Zonen", "x".repeat(80), "Ça va -- bien"]) {
      expect(orgSlugSchema.safeParse(suggestSlug(name)).success).toBe(true);
    }
  });
});
