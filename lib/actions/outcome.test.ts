import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { parseInput, runToOutcome } from "./outcome";

const noRethrow = () => {};

describe("runToOutcome", () => {
  it.each([
    [new NotFoundError(), { code: "not_found", status: 404, message: { key: "notFound" } }],
    [
      new ForbiddenError("settings.manage"),
      { code: "forbidden", status: 403, message: { key: "forbidden" } },
    ],
    [
      new ConflictError({ key: "weekChanged" }),
      { code: "conflict", status: 409, message: { key: "weekChanged" } },
    ],
    [
      new ValidationError({ calls: { key: "required" } }),
      { code: "validation_failed", status: 422, fields: { calls: { key: "required" } } },
    ],
  ])("maps %s", async (error, expected) => {
    expect(
      await runToOutcome(async () => {
        throw error;
      }, noRethrow),
    ).toMatchObject({ ok: false, ...expected });
  });

  it("lets the framework's control-flow errors through", async () => {
    const redirect = new Error("NEXT_REDIRECT");
    const rethrow = (e: unknown) => {
      if (e === redirect) throw e;
    };
    await expect(
      runToOutcome(async () => {
        throw redirect;
      }, rethrow),
    ).rejects.toBe(redirect);
  });
});

describe("parseInput", () => {
  it("reports every field once, with message keys and limits", () => {
    const schema = z.object({ a: z.string().min(3, { error: "tooShort" }), b: z.number() });
    try {
      parseInput(schema, { a: "x" });
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).fields).toEqual({
        a: { key: "tooShort", values: { min: 3 } },
        b: { key: "required" },
      });
    }
  });

  it("names a bad field called toString or constructor (found by fuzzing the forms)", () => {
    const schema = z.object({ a: z.string() }).catchall(z.string());
    const input = JSON.parse('{"a": "x", "toString": false, "constructor": 1}');
    try {
      parseInput(schema, input);
      expect.unreachable();
    } catch (error) {
      const fields = (error as ValidationError).fields;
      expect(Object.keys(fields).sort()).toEqual(["constructor", "toString"]);
    }
  });

  it("refuses half a surrogate pair like a NUL, in a value or a key (found by fuzzing)", () => {
    const schema = z.object({ name: z.string() }).catchall(z.string());
    for (const input of [{ name: "\uD800" }, { name: "ok", "x\uDC00": "y" }]) {
      try {
        parseInput(schema, input);
        expect.unreachable();
      } catch (error) {
        expect(Object.values((error as ValidationError).fields)).toEqual([{ key: "invalidCharacters" }]);
      }
    }
  });
});
