import { describe, expect, it } from "vitest";
import { isDatabaseOutage } from "./outage";

const coded = (code: string) => Object.assign(new Error(code), { code });

describe("isDatabaseOutage", () => {
  it.each([
    [coded("ECONNREFUSED"), true],
    [coded("CONNECT_TIMEOUT"), true],
    [coded("57P01"), true],
    [new Error("Failed query", { cause: coded("CONNECTION_CLOSED") }), true],
    [coded("23505"), false],
    [coded("28P01"), false],
    [new Error("plain"), false],
    [null, false],
  ])("%s → %s", (error, expected) => {
    expect(isDatabaseOutage(error)).toBe(expected);
  });
});
