// Found by fuzzing the goal form (lib/actions/fuzz.int.test.ts): a form without the
// appointments field passed the schema and ended on the database's NOT NULL as a 500.
import { describe, expect, it } from "vitest";
import { setGoalSchema } from "./definitions";

describe("the goal form's schema", () => {
  it.each([
    ["missing", {}],
    ["blank", { appointments: "  " }],
    ["null", { appointments: null }],
  ])("refuses appointments %s as required", (_name, input) => {
    const result = setGoalSchema.safeParse({ scope: "team", fromWeek: "2026-W47", ...input });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["appointments", "required"],
    ]);
  });

  it("takes a whole number", () => {
    expect(setGoalSchema.parse({ scope: "team", fromWeek: "2026-W47", appointments: "6" }).appointments).toBe(
      6,
    );
  });
});
