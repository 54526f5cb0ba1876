// Property-based fuzzing of every form, through its server action's framework-free core
// (executeOrgAction) and the registry the role matrix uses (lib/teams/action-matrix.ts):
// each case's valid input with fields overwritten, added and dropped (NUL characters,
// huge, negative and tiny numbers, impossible dates, prototype keys, long and odd texts,
// and values of wrong types, which a crafted request can send), or a whole input of random
// JSON. Whatever comes in: the action never throws and never ends "internal"; a refusal is
// a known outcome whose messages are in the catalogue (a bad field names the field); and a
// refused input leaves every row of both organizations as it was (a checksum).
//
// Inputs: RUNS_PER_CASE (70) x the 53 cases of ACTION_MATRIX = 3,710 per driver, 7,420 per
// run of both drivers; with the API's 1,300 per driver (lib/api/fuzz.int.test.ts), 10,020 in
// all. FUZZ_RUNS=<n> runs n per case for a longer hunt.

import fc from "fast-check";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { expect, it } from "vitest";
import { ACTION_MATRIX, type ActionMatrixCase, type Caller, type MatrixOrg } from "@/db/test/action-matrix";
import { mutatedRecord, nastyText, orgChecksum, wrongType } from "@/db/test/fuzz-values";
import { describeDb } from "@/db/test/harness";
import { matrixOrg } from "@/db/test/matrix-org";
import { loadMessages } from "@/lib/i18n/messages";
import { can } from "@/lib/permissions";
import { executeOrgAction } from "./execute";

const RUNS_PER_CASE = Number(process.env.FUZZ_RUNS ?? 70);
const errorMessages = (loadMessages("en") as { errors: Record<string, unknown> }).errors;

/** The first role this case allows, so the fuzzed input reaches the handler. */
function allowedCaller(c: ActionMatrixCase): Exclude<Caller, "nonMember" | "anonymous"> {
  const roles = ["owner", "manager", "rep"] as const;
  return (
    roles.find(
      (role) => (c.expected?.[role] ?? (can(role, c.definition.permission) ? "ok" : "forbidden")) === "ok",
    ) ?? "owner"
  );
}

const inputs = (base: Record<string, string>): fc.Arbitrary<unknown> =>
  fc.oneof(
    // What a form can send: strings, under its own field names or others.
    { weight: 6, arbitrary: mutatedRecord(base, nastyText) },
    // What a crafted request to the action can send.
    { weight: 2, arbitrary: mutatedRecord(base, fc.oneof(nastyText, wrongType)) },
    { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 20 })) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  );

const KNOWN_REFUSALS = ["validation_failed", "not_found", "forbidden", "conflict", "rate_limited"];
let tried = 0;

describeDb("fuzzing every form through its server action", () => {
  it.each(ACTION_MATRIX.map((c) => [c.name, c] as const))(
    "%s: never throws or fails inside, refusals are translated, nothing stored by one",
    async (_name, c) => {
      const org: MatrixOrg = await matrixOrg();
      const base = await c.input(org);
      const caller = org[allowedCaller(c)].userId;
      const checksum = () => orgChecksum(org.orgId, org.other.orgId);
      // What is stored before each input: the checksum after the one before it.
      let stored = await checksum();
      await fc.assert(
        fc.asyncProperty(inputs(base), async (input) => {
          const before = stored;
          tried++;
          const outcome = await executeOrgAction(c.definition, caller, org.slug, input).catch((error) => {
            // Leaving an organization ends in a redirect: that is its success.
            if (isRedirectError(error)) return { ok: true as const };
            throw error;
          });
          stored = await checksum();
          if (outcome.ok) return;
          expect(KNOWN_REFUSALS, JSON.stringify(outcome)).toContain(outcome.code);
          expect(errorMessages).toHaveProperty([outcome.message.key]);
          if (outcome.code === "validation_failed") {
            expect(Object.keys(outcome.fields ?? {}).length, "a refused field is named").toBeGreaterThan(0);
          }
          for (const message of Object.values(outcome.fields ?? {})) {
            expect(errorMessages).toHaveProperty([message.key]);
          }
          expect(stored, "a refused input stored something").toBe(before);
        }),
        { numRuns: RUNS_PER_CASE },
      );
    },
    // A case is tens of inputs through the database, on a machine that may be busy.
    300_000,
  );

  it("tried the number of inputs the header states", () => {
    expect(tried).toBeGreaterThanOrEqual(RUNS_PER_CASE * ACTION_MATRIX.length);
  });
});
