import { describe, expect, it } from "vitest";
import { weekOff, worked } from "@/db/test/week-records";
import { addIsoWeeks } from "@/lib/weeks/iso-week";
import { compareOnTenure, type RepHistory, tenureWeek } from "./benchmark";
import { DEFAULT_METRICS } from "./default-funnel";
import { newcombeDifferenceInterval, wilsonInterval, Z_95 } from "./wilson";

/** A rep who started in `startWeek` with the given (calls, appointments) per tenure week. */
function rep(
  memberId: string,
  startWeek: string,
  weeks: ReadonlyArray<readonly [number, number] | "off">,
): RepHistory {
  return {
    startWeek,
    weeks: weeks.map((week, index) => {
      const isoWeek = addIsoWeeks(startWeek, index);
      return week === "off"
        ? weekOff(memberId, isoWeek)
        : worked(memberId, isoWeek, {
            calls: week[0],
            conversations: week[0],
            appointments: week[1],
          });
    }),
  };
}

const FIRST_REP = rep("ann", "2025-W10", [
  [25, 3],
  [25, 2],
  [25, 3],
  [25, 2],
]);

describe("tenureWeek", () => {
  it.each([
    ["2026-W50", "2026-W50", 1],
    ["2026-W50", "2027-W01", 5], // W50, W51, W52, W53, W01
    ["2026-W50", "2026-W49", 0],
  ])("from a start in %s, %s is tenure week %i", (start, week, expected) => {
    expect(tenureWeek(start, week)).toBe(expected);
  });
});

/** Appointments per call from tenure week 1 to `tenureTo`. */
const compareAppointments = (candidate: RepHistory, reference: RepHistory | RepHistory[], tenureTo: number) =>
  compareOnTenure({
    metrics: DEFAULT_METRICS,
    ratioKey: "appointmentsPerCall",
    candidate,
    reference,
    tenureFrom: 1,
    tenureTo,
  });

describe("compareOnTenure", () => {
  const compare = (candidate: RepHistory, reference: RepHistory | RepHistory[] = FIRST_REP) =>
    compareAppointments(candidate, reference, 4);

  it.each([
    // candidate weeks (calls, appointments), verdict; the first rep has 10 of 100
    [
      "ahead",
      [
        [25, 8],
        [25, 7],
        [25, 8],
        [25, 7],
      ],
      0.2,
    ],
    [
      "behind",
      [
        [50, 0],
        [50, 1],
        [50, 0],
        [50, 1],
      ],
      -0.09,
    ],
    [
      "onTrack",
      [
        [25, 3],
        [25, 4],
        [25, 3],
        [25, 2],
      ],
      0.02,
    ],
    // Matched on tenure weeks 1, 2 and 4: 6/20 against Ann's 7/75.
    ["notEnoughData", [[5, 3], [5, 2], "off", [10, 1]], 0.3 - 7 / 75],
    ["notEnoughData", [], null],
  ] as const)("gives the verdict %s", (verdict, weeks, difference) => {
    const result = compare(rep("bob", "2026-W50", weeks));
    expect(result.verdict).toBe(verdict);
    if (difference === null) expect(result.difference).toBeNull();
    else expect(result.difference).toBeCloseTo(difference, 12);
  });

  it("gives Newcombe's interval for the difference (56/70 against 48/80)", () => {
    const candidate = rep("bob", "2026-W01", [[70, 56]]);
    const reference = rep("ann", "2024-W30", [[80, 48]]);
    const result = compareOnTenure({
      metrics: DEFAULT_METRICS,
      ratioKey: "appointmentsPerConversation",
      candidate,
      reference,
      tenureFrom: 1,
      tenureTo: 1,
    });
    expect(result.difference).toBeCloseTo(0.2, 12);
    expect(result.differenceCi95?.[0]).toBeCloseTo(0.0524, 4);
    expect(result.differenceCi95?.[1]).toBeCloseTo(0.3339, 4);
    expect(result.verdict).toBe("ahead");
    // Each side's Wilson interval, by the quadratic (p̂ - p)² = z² p(1 - p) / n.
    const k = (Z_95 * Z_95) / 70;
    const root = Math.sqrt((1.6 + k) ** 2 - 4 * (1 + k) * 0.64);
    expect(result.candidate.ci95?.[0]).toBeCloseTo((1.6 + k - root) / (2 * (1 + k)), 12);
  });

  it("aligns a team of references on each one's own start and pools them", () => {
    const team = [FIRST_REP, rep("cas", "2025-W40", [[100, 20], "off", [100, 20], [1000, 0]])];
    const result = compare(rep("bob", "2026-W50", [[25, 3]]), team);
    // Only tenure week 1 is matched: Ann's 3/25 plus Cas's 20/100.
    expect(result.matchedTenureWeeks).toEqual([1]);
    expect(result.reference).toMatchObject({ numerator: 23, denominator: 125, reps: 2 });
  });

  it("leaves weeks before the start and after the range out", () => {
    const candidate: RepHistory = {
      startWeek: "2026-W50",
      weeks: [
        worked("bob", "2026-W49", { calls: 500, appointments: 500 }), // before the start
        worked("bob", "2026-W50", { calls: 30, appointments: 3 }),
        worked("bob", "2027-W03", { calls: 500, appointments: 0 }), // tenure week 8
      ],
    };
    expect(compare(candidate).candidate).toMatchObject({ numerator: 3, denominator: 30 });
  });

  it("gives the ramp per tenure week, with gaps and the matched weeks marked", () => {
    const result = compare(rep("bob", "2026-W50", [[25, 8], "off", [25, 2]]));
    expect(result.ramp.map((point) => point.tenureWeek)).toEqual([1, 2, 3, 4]);
    expect(result.ramp.map((point) => point.candidate?.value ?? null)).toEqual([0.32, null, 0.08, null]);
    expect(result.ramp.map((point) => point.reference?.denominator)).toEqual([25, 25, 25, 25]);
    expect(result.ramp.map((point) => point.matched)).toEqual([true, false, true, false]);
    expect(result.matchedTenureWeeks).toEqual([1, 3]);
  });

  it("makes the minimum denominator a parameter", () => {
    const candidate = rep("bob", "2026-W50", [
      [5, 3],
      [5, 2],
      [5, 3],
      [5, 2],
    ]);
    const strict = compare(candidate);
    const lenient = compareOnTenure({
      metrics: DEFAULT_METRICS,
      ratioKey: "appointmentsPerCall",
      candidate,
      reference: FIRST_REP,
      tenureFrom: 1,
      tenureTo: 4,
      minimumDenominator: 20,
    });
    expect(strict.verdict).toBe("notEnoughData");
    expect(lenient.verdict).toBe("ahead");
  });

  it.each([
    ["an unknown ratio", { ratioKey: "dealsPerCall" }],
    ["tenure week 0", { tenureFrom: 0 }],
    ["a backwards range", { tenureFrom: 3, tenureTo: 2 }],
  ])("rejects %s", (_name, overrides) => {
    expect(() =>
      compareOnTenure({
        metrics: DEFAULT_METRICS,
        ratioKey: "appointmentsPerCall",
        candidate: FIRST_REP,
        reference: FIRST_REP,
        tenureFrom: 1,
        tenureTo: 4,
        ...overrides,
      }),
    ).toThrow(RangeError);
  });
});

const weekly = (calls: number, appointments: number, weeks: number) =>
  Array.from({ length: weeks }, () => [calls, appointments] as [number, number]);

describe("compareOnTenure on matched tenure weeks", () => {
  const RAMP: Array<[number, number]> = [
    [100, 5],
    [100, 8],
    [100, 10],
    [100, 12],
  ];

  it("does not call an identical ramp behind because the reference improved later (issue 11)", () => {
    const candidate = rep("bob", "2026-W40", RAMP);
    const reference = rep("ann", "2025-W10", [...RAMP, [100, 25], [100, 25], [100, 30], [100, 30]]);
    const result = compareAppointments(candidate, reference, 8);
    expect(result.matchedTenureWeeks).toEqual([1, 2, 3, 4]);
    expect(result.candidate).toMatchObject({ numerator: 35, denominator: 400 });
    expect(result.reference).toMatchObject({ numerator: 35, denominator: 400 });
    expect(result.difference).toBe(0);
    expect(result.verdict).toBe("onTrack");
    // ±4.0 points: a clear on-track.
    expect(result.differenceCi95?.[1]).toBeCloseTo(0.0398, 4);
    expect(result.clearlyOnTrack).toBe(true);
  });

  it("counts a week only when both sides recorded the numerator and the denominator", () => {
    const candidate: RepHistory = {
      startWeek: "2026-W01",
      weeks: [
        worked("bob", "2026-W01", { calls: 100, appointments: 10 }),
        worked("bob", "2026-W02", { calls: 100 }), // appointments blank: not recorded, not 0
        worked("bob", "2026-W03", { calls: 100, appointments: 20 }),
      ],
    };
    const reference: RepHistory = {
      startWeek: "2025-W01",
      weeks: [
        worked("ann", "2025-W01", { calls: 100, appointments: 10 }),
        worked("ann", "2025-W02", { calls: 100, appointments: 10 }),
        worked("ann", "2025-W03", { appointments: 9 }), // calls blank
      ],
    };
    const result = compareAppointments(candidate, reference, 3);
    expect(result.matchedTenureWeeks).toEqual([1]);
    expect(result.candidate).toMatchObject({ numerator: 10, denominator: 100, value: 0.1 });
    expect(result.ramp.map((p) => [p.candidate?.value ?? null, p.reference?.value ?? null])).toEqual([
      [0.1, 0.1],
      [null, 0.1],
      [0.2, null],
    ]);
  });

  it("gives the same answer whatever the order of the records", () => {
    const candidate = rep("bob", "2026-W40", RAMP);
    const team = [rep("ann", "2025-W10", RAMP), rep("cas", "2024-W20", [[50, 2], [80, 20], "off", [60, 9]])];
    const forward = compareAppointments(candidate, team, 4);
    const backward = compareAppointments(
      { ...candidate, weeks: [...candidate.weeks].reverse() },
      [...team].reverse().map((r) => ({ ...r, weeks: [...r.weeks].reverse() })),
      4,
    );
    expect(backward).toEqual(forward);
  });
});

describe("compareOnTenure against the rest of the team", () => {
  it("widens the interval by the variation between reps (10% and 30% give a design effect of 12.5)", () => {
    const candidate = rep("bob", "2026-W40", weekly(50, 10, 4));
    const team = [rep("ann", "2025-W10", weekly(25, 2.5, 4)), rep("cas", "2024-W20", weekly(25, 7.5, 4))];
    const result = compareAppointments(candidate, team, 4);
    // Pooled 40/200 = 20%; residuals -10 and +10 over 100 x 0.16 each: chi-square 12.5 on 1 df.
    expect(result.reference.value).toBeCloseTo(0.2, 12);
    expect(result.reference.designEffect).toBeCloseTo(12.5, 12);
    const effective = wilsonInterval(40 / 12.5, 200 / 12.5);
    expect(result.reference.ci95?.[0]).toBeCloseTo(effective?.[0] ?? Number.NaN, 12);
    expect(result.reference.ci95?.[1]).toBeCloseTo(effective?.[1] ?? Number.NaN, 12);
    const plain = newcombeDifferenceInterval(40, 200, 40, 200);
    expect(result.differenceCi95?.[0]).toBeLessThan((plain?.[0] ?? 0) - 0.05);
    expect(result.differenceCi95?.[1]).toBeGreaterThan((plain?.[1] ?? 0) + 0.05);
  });

  it("equals Newcombe's interval where the reps do not differ", () => {
    const candidate = rep("bob", "2026-W40", weekly(50, 10, 4));
    const team = [rep("ann", "2025-W10", weekly(100, 10, 4)), rep("cas", "2024-W20", weekly(50, 5, 4))];
    const result = compareAppointments(candidate, team, 4);
    expect(result.reference.designEffect).toBe(1);
    const plain = newcombeDifferenceInterval(40, 200, 60, 600);
    expect(result.differenceCi95?.[0]).toBeCloseTo(plain?.[0] ?? Number.NaN, 12);
    expect(result.differenceCi95?.[1]).toBeCloseTo(plain?.[1] ?? Number.NaN, 12);
    expect(result.verdict).toBe("ahead");
  });

  it("groups 500 reps x 156 weeks in one pass (linear: about 0.25 s idle; a per-week re-filter would take minutes)", () => {
    const team = Array.from({ length: 500 }, (_, i) =>
      rep(`r${i}`, addIsoWeeks("2020-W01", i % 50), weekly(40 + (i % 7), 3 + (i % 5), 156)),
    );
    const started = performance.now();
    const result = compareOnTenure({
      metrics: DEFAULT_METRICS,
      ratioKey: "appointmentsPerCall",
      candidate: team[0] as RepHistory,
      reference: team.slice(1),
      tenureFrom: 1,
      tenureTo: 156,
    });
    expect(result.matchedTenureWeeks).toHaveLength(156);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe("weeksToVerdict", () => {
  const at = (candidateWeek: [number, number], referenceWeek: [number, number], weeks: number) =>
    compareOnTenure({
      metrics: DEFAULT_METRICS,
      ratioKey: "appointmentsPerCall",
      candidate: rep("bob", "2026-W40", weekly(...candidateWeek, weeks)),
      reference: rep("ann", "2025-W10", weekly(...referenceWeek, weeks)),
      tenureFrom: 1,
      tenureTo: weeks,
    });

  it.each([
    ["a small gap", [20, 2], [20, 4]],
    ["no gap", [30, 3], [30, 3]],
    ["a wide gap", [20, 1], [20, 8]],
  ] as const)("with %s, is the first week count at this pace with a verdict", (_name, c, r) => {
    const now = at([...c], [...r], 2);
    const extra = now.weeksToVerdict;
    expect(extra).not.toBeNull();
    const decided = (result: ReturnType<typeof at>) =>
      result.verdict === "ahead" || result.verdict === "behind" || result.clearlyOnTrack;
    expect(decided(at([...c], [...r], 2 + (extra ?? 0)))).toBe(true);
    if ((extra ?? 0) > 0) expect(decided(at([...c], [...r], 1 + (extra ?? 0)))).toBe(false);
  });

  it("is 0 when decided and null with nothing to project from", () => {
    expect(at([100, 30], [100, 5], 4).weeksToVerdict).toBe(0);
    expect(
      compareOnTenure({
        metrics: DEFAULT_METRICS,
        ratioKey: "appointmentsPerCall",
        candidate: rep("bob", "2026-W40", []),
        reference: FIRST_REP,
        tenureFrom: 1,
        tenureTo: 4,
      }).weeksToVerdict,
    ).toBeNull();
  });
});
