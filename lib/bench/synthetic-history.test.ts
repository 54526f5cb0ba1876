import { describe, expect, it } from "vitest";
import { overdispersion } from "@/lib/kpi/overdispersion";
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

describe("synthetic rates vary from week to week beyond luck", () => {
  it("a rep's weekly appointments per conversation are overdispersed (rho well above 0)", () => {
    const weeks = [...syntheticHistory(1, 156, 9)].filter((w) => !w.notWorked);
    const rho = overdispersion(
      weeks.map((w) => ({ successes: w.values.appointments ?? 0, trials: w.values.conversations ?? 0 })),
    );
    expect(rho).toBeGreaterThan(0.005);
    expect(rho).toBeLessThan(0.05);
  });
});
