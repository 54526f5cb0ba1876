import { describe, expect, it } from "vitest";
import { inviteSchema } from "./schemas";

const invite = (startedOn: string) =>
  inviteSchema.safeParse({ email: "a@example.com", name: "A", role: "rep", startedOn });

const errorOf = (startedOn: string) => {
  const result = invite(startedOn);
  return result.success ? null : result.error.issues.map((issue) => issue.message);
};

describe("a start date in a team form", () => {
  it.each([
    ["2026-03-02", null],
    ["1900-01-01", null],
    ["2100-12-31", null],
    [" 2026-03-02 ", null],
    ["0000-01-01", ["dateOutOfRange"]],
    ["1899-12-31", ["dateOutOfRange"]],
    ["2101-01-01", ["dateOutOfRange"]],
    ["2026-02-30", ["invalidDate"]],
    ["2026-2-3", ["invalidDate"]],
    ["", ["invalidDate"]],
    ["9999-99-99", ["invalidDate"]],
  ])("%s → %j", (startedOn, expected) => {
    expect(errorOf(startedOn)).toEqual(expected);
  });
});
