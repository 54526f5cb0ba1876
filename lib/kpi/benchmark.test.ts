import { describe, expect, it } from "vitest";
import { compareOnTenure, type RepHistory, tenureWeek } from "./benchmark";
import { DEFAULT_METRICS } from "./default-funnel";
import { addIsoWeeks } from "./iso-week";
import { weekOff, worked } from "./test-support";
import { Z_95 } from "./wilson";

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

describe("compareOnTenure", () => {
  const compare = (candidate: RepHistory, reference: RepHistory | RepHistory[] = FIRST_REP) =>
    compareOnTenure({
      metrics: DEFAULT_METRICS,
      ratioKey: "appointmentsPerCall",
      candidate,
      reference,
      tenureFrom: 1,
      tenureTo: 4,
    });

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
    ["notEnoughData", [[5, 3], [5, 2], "off", [10, 1]], 0.2],
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
    // Ann's 10/100 plus Cas's 40/1200, but Cas's week 5 falls outside tenure weeks 1-4.
    expect(result.reference).toMatchObject({ numerator: 50, denominator: 1300, weeksWithData: 7 });
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

  it("gives a per-tenure-week series, with gaps, and the pooled ratio to date", () => {
    const result = compare(rep("bob", "2026-W50", [[25, 8], "off", [25, 2]]));
    expect(result.series.map((point) => point.tenureWeek)).toEqual([1, 2, 3, 4]);
    expect(result.series.map((point) => point.candidate?.value ?? null)).toEqual([0.32, null, 0.08, null]);
    expect(result.series.map((point) => point.candidateToDate?.value)).toEqual([0.32, 0.32, 0.2, 0.2]);
    expect(result.series.map((point) => point.reference?.denominator)).toEqual([25, 25, 25, 25]);
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
