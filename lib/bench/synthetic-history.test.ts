import { describe, expect, it } from "vitest";
import { syntheticHistory } from "./synthetic-history";

describe("synthetic history", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    const a = [...syntheticHistory(5, 10, 42)];
    const b = [...syntheticHistory(5, 10, 42)];
    const c = [...syntheticHistory(5, 10, 43)];
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a).toHaveLength(50);
  });

  it("respects the funnel rules in every week", () => {
    for (const week of syntheticHistory(50, 52, 7)) {
      if (week.notWorked) continue;
      const v = week.values as Record<string, number>;
      expect(v.conversations).toBeLessThanOrEqual(v.calls as number);
      expect((v.appointments ?? 0) + (v.shortCallbacks ?? 0) + (v.longCallbacks ?? 0)).toBeLessThanOrEqual(
        v.conversations as number,
      );
      for (const value of Object.values(v)) expect(value).toBeGreaterThanOrEqual(0);
    }
  });
});
