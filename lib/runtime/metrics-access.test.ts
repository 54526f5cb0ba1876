import { describe, expect, it } from "vitest";
import { metricsAccess } from "./metrics-access";

const token = "t".repeat(40);

describe("metricsAccess", () => {
  it.each([
    [null, undefined, "unconfigured"],
    [`Bearer ${token}`, undefined, "unconfigured"],
    [null, token, "denied"],
    ["Bearer wrong", token, "denied"],
    [token, token, "denied"],
    [`Bearer ${token}x`, token, "denied"],
    [`Bearer ${token}`, token, "allowed"],
  ])("%s with token %s → %s", (header, configured, expected) => {
    expect(metricsAccess(header, configured)).toBe(expected);
  });
});
