// Helpers for integration tests. Every test makes its own organizations and users with
// unique names, so tests never depend on each other's data.
import crypto from "node:crypto";
import { describe, inject } from "vitest";
import { getDb } from "../client";

export const driverUnderTest = process.env.FUNNELMETER_TEST_DRIVER ?? "pglite";
const skipReason = inject("testSkipReason");

/** A describe block named after the driver, skipped (loudly, in global-setup) without a server. */
export function describeDb(name: string, body: () => void) {
  return describe.skipIf(Boolean(skipReason))(`${name} [${driverUnderTest}]`, body);
}

export const unique = (prefix: string) => `${prefix}-${crypto.randomBytes(4).toString("hex")}`;

/** Raw access for assertions about what is (not) stored. Product code never does this. */
export const testDb = getDb;
