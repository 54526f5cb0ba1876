import { describe, expect, it } from "vitest";
import { mustEnrolFirst } from "./requirement";

describe("the owner's two-factor requirement", () => {
  it("sends owners and managers without two-factor to enrol, never reps", () => {
    expect(mustEnrolFirst("owner", true, false)).toBe(true);
    expect(mustEnrolFirst("manager", true, false)).toBe(true);
    expect(mustEnrolFirst("rep", true, false)).toBe(false);
  });

  it("lets them in once enrolled, or when the organization does not require it", () => {
    expect(mustEnrolFirst("owner", true, true)).toBe(false);
    expect(mustEnrolFirst("manager", false, false)).toBe(false);
  });
});
