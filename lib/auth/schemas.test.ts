import { describe, expect, it } from "vitest";
import { orgSlugSchema, safeNextPath, signupSchema } from "./schemas";

describe("organization slugs", () => {
  it.each([
    ["acme", true],
    ["inventi-sales", true],
    ["a1", false],
    ["-acme", false],
    ["acme-", false],
    ["Acme", false],
    ["api", false],
    ["x".repeat(41), false],
  ])("%s valid: %s", (slug, valid) => {
    expect(orgSlugSchema.safeParse(slug).success).toBe(valid);
  });
});

describe("sign-up validation", () => {
  it("names the field and the message key of each problem", () => {
    const result = signupSchema.safeParse({
      name: "",
      email: "nope",
      password: "short",
      orgName: "A",
      slug: "A",
    });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byField).toEqual({
      name: "required",
      email: "invalidEmail",
      password: "tooShort",
      slug: "slugFormat",
    });
  });
});

describe("redirect after log-in", () => {
  it.each([
    ["/o/acme", "/o/acme"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example", "/"],
    [undefined, "/"],
  ])("%s → %s", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});
