// Numbers checked against scipy.stats.betabinom (an independent implementation) and the
// method-of-moments formula recomputed by hand.
import { describe, expect, it } from "vitest";
import { worked } from "@/db/test/week-records";
import { callsSpreadOf, defaultCallsPerWeek, forecastAppointments } from "./forecast";
import { expectedLongRun, fitTeamPrior } from "./long-run";
import { effectiveTrials, overdispersion } from "./overdispersion";
import { weeklyCounts, weeklyTotals } from "./weekly-counts";
import { InsufficientDataError } from "./what-if";

const units = (pairs: [number, number][]) => pairs.map(([successes, trials]) => ({ successes, trials }));
const SIX_WEEKS = units([
  [8, 100],
  [12, 120],
  [3, 90],
  [15, 110],
  [9, 100],
  [6, 80],
]);

describe("overdispersion (method of moments)", () => {
  it.each([
    {
      name: "rates that differ beyond luck",
      data: units([
        [5, 50],
        [15, 50],
        [10, 50],
        [20, 50],
      ]),
      rho: 0.0688889,
    },
    { name: "six weeks of calls", data: SIX_WEEKS, rho: 0.0040152 },
    {
      name: "identical rates: less spread than luck",
      data: units([
        [10, 100],
        [10, 100],
        [10, 100],
      ]),
      rho: 0,
    },
    { name: "one week: nothing to compare", data: units([[10, 100]]), rho: 0 },
    {
      name: "no successes at all",
      data: units([
        [0, 100],
        [0, 80],
      ]),
      rho: 0,
    },
    {
      name: "weeks without calls are left out",
      data: units([
        [0, 0],
        [5, 50],
        [15, 50],
        [10, 50],
        [20, 50],
      ]),
      rho: 0.0688889,
    },
  ])("$name: rho = $rho", ({ data, rho }) => {
    expect(overdispersion(data)).toBeCloseTo(rho, 6);
  });

  it("rejects a numerator above its denominator", () => {
    expect(() =>
      overdispersion(
        units([
          [12, 10],
          [1, 10],
        ]),
      ),
    ).toThrow(RangeError);
  });

  it.each([
    { rho: 0, expected: 200 },
    { rho: 0.01, expected: 200 / 1.49 },
  ])("200 calls over four weeks of 50 are worth $expected calls at rho $rho", ({ rho, expected }) => {
    expect(
      effectiveTrials(
        units([
          [5, 50],
          [5, 50],
          [5, 50],
          [5, 50],
        ]),
        rho,
      ),
    ).toBeCloseTo(expected, 9);
  });
});

describe("forecastAppointments", () => {
  it("with no variation beyond luck the band is the beta-binomial's (scipy: 6..14 a week, 32..48 in four)", () => {
    const steady = Array.from({ length: 100 }, () => ({ successes: 100, trials: 1000 }));
    const forecast = forecastAppointments({ history: steady, callsPerWeek: 100, weeks: 4 });
    expect(forecast.overdispersion).toBe(0);
    expect(forecast.rate).toBeCloseTo(10001 / 100002, 12);
    expect(forecast.weeks).toHaveLength(4);
    expect(forecast.weeks[0]).toEqual({ expected: expect.closeTo(10.0008, 4), p10: 6, p90: 14 });
    expect(forecast.total).toEqual({ expected: expect.closeTo(40.0032, 4), p10: 32, p90: 48 });
  });

  it("counts the week-to-week variation and the shared rate in the total (5..14 a week, 25..48 in four)", () => {
    const forecast = forecastAppointments({ history: SIX_WEEKS, callsPerWeek: 100, weeks: 4 });
    expect(forecast.overdispersion).toBeCloseTo(0.0040152, 6);
    expect(forecast.rate).toBeCloseTo(0.0902512, 6);
    expect(forecast.weeks[3]).toEqual({ expected: expect.closeTo(9.02512, 4), p10: 5, p90: 14 });
    expect(forecast.total).toEqual({ expected: expect.closeTo(36.10049, 4), p10: 25, p90: 48 });
  });

  it.each([
    { callsPerWeek: 0, expected: 0, p10: 0, p90: 0 },
    { callsPerWeek: 100.5, expected: 100.5 * 0.0902512 },
  ])("at $callsPerWeek calls a week expects $expected", ({ callsPerWeek, expected, p10, p90 }) => {
    const [week] = forecastAppointments({ history: SIX_WEEKS, callsPerWeek, weeks: 1 }).weeks;
    expect(week?.expected).toBeCloseTo(expected, 4);
    if (p10 !== undefined) expect(week).toMatchObject({ p10, p90 });
    expect(week?.p10).toBeLessThanOrEqual(week?.p90 ?? Number.NaN);
  });

  it("a binomial-only band is narrower than the honest one", () => {
    const honest = forecastAppointments({ history: SIX_WEEKS, callsPerWeek: 100, weeks: 4 });
    const luckOnly = forecastAppointments({
      history: SIX_WEEKS,
      callsPerWeek: 100,
      weeks: 4,
      ignoreWeekToWeekVariation: true,
    });
    expect(luckOnly.total.p90 - luckOnly.total.p10).toBeLessThan(honest.total.p90 - honest.total.p10);
  });

  it.each([
    { calls: [100, 120, 90, 110, 100, 80], spread: 14.142136 },
    { calls: [100], spread: 0 },
  ])("weekly calls $calls vary by $spread", ({ calls, spread }) => {
    expect(callsSpreadOf(calls)).toBeCloseTo(spread, 6);
  });

  it("calls that vary (no plan) widen the band but keep the expected figure", () => {
    const planned = forecastAppointments({ history: SIX_WEEKS, callsPerWeek: 100, weeks: 4 });
    const varying = forecastAppointments({
      history: SIX_WEEKS,
      callsPerWeek: 100,
      callsSpread: 14.142136,
      weeks: 4,
    });
    expect(varying.total.expected).toBeCloseTo(planned.total.expected, 9);
    expect(varying.weeks[0]!.p90 - varying.weeks[0]!.p10).toBeGreaterThan(
      planned.weeks[0]!.p90 - planned.weeks[0]!.p10,
    );
    expect(() =>
      forecastAppointments({ history: SIX_WEEKS, callsPerWeek: 100, callsSpread: -1, weeks: 1 }),
    ).toThrow(RangeError);
  });

  it("a team prior pulls a short history toward the team's rate", () => {
    const threeWeeks = units([
      [1, 7],
      [1, 6],
      [1, 7],
    ]);
    const prior = { alpha: 15.772167, beta: 172.406097 };
    const own = forecastAppointments({ history: threeWeeks, callsPerWeek: 20, weeks: 1 });
    const shrunk = forecastAppointments({ history: threeWeeks, callsPerWeek: 20, weeks: 1, prior });
    expect(own.rate).toBeCloseTo(4 / 22, 9);
    expect(shrunk.rate).toBeCloseTo((15.772167 + 3) / (188.178264 + 20), 6);
  });

  it.each([
    { name: "no weeks", history: [], error: InsufficientDataError },
    { name: "weeks without calls", history: units([[0, 0]]), error: InsufficientDataError },
  ])("$name: there is no rate to forecast from", ({ history, error }) => {
    expect(() => forecastAppointments({ history, callsPerWeek: 10, weeks: 4 })).toThrow(error);
  });

  it.each([
    { callsPerWeek: -1, weeks: 4 },
    { callsPerWeek: Number.NaN, weeks: 4 },
    { callsPerWeek: 10, weeks: 0 },
    { callsPerWeek: 10, weeks: 1.5 },
  ])("rejects callsPerWeek $callsPerWeek for $weeks weeks", ({ callsPerWeek, weeks }) => {
    expect(() => forecastAppointments({ history: SIX_WEEKS, callsPerWeek, weeks })).toThrow(RangeError);
  });

  it.each([
    { calls: [100, 120, 90, 110, 100, 80], expected: 95 },
    { calls: [50, 70], expected: 60 },
    { calls: [], expected: null },
  ])("the default plan over $calls is $expected calls a week", ({ calls, expected }) => {
    expect(defaultCallsPerWeek(calls)).toBe(expected);
  });
});

describe("weeklyCounts", () => {
  it("pools a week only where both parts were recorded: a blank is not 0", () => {
    const records = [
      worked("a", "2026-W01", { calls: 100, conversations: 30 }),
      worked("a", "2026-W02", { calls: 100, conversations: 30, appointments: 6 }),
      worked("b", "2026-W02", { calls: 50, appointments: 2 }),
      worked("b", "2026-W03", { appointments: 4 }),
      { memberId: "a", week: "2026-W03", notWorked: true, values: {} },
    ];
    expect(weeklyCounts(records, "appointments", "calls")).toEqual([
      { week: "2026-W02", numerator: 8, denominator: 150 },
    ]);
    expect(weeklyTotals(records, "calls")).toEqual([
      { week: "2026-W01", total: 100 },
      { week: "2026-W02", total: 150 },
    ]);
  });
});

describe("expected long-run ratio (empirical Bayes)", () => {
  const reps = units([
    [30, 400],
    [50, 450],
    [20, 380],
    [45, 500],
  ]);

  it("fits the team's prior by the method of moments (weight 1/rho - 1 = 188.18)", () => {
    const prior = fitTeamPrior(reps);
    expect(prior?.alpha).toBeCloseTo(15.772167, 5);
    expect(prior?.beta).toBeCloseTo(172.406097, 5);
  });

  it.each([
    {
      name: "3 of 20: mostly the team's",
      own: { successes: 3, trials: 20 },
      value: 0.0901735,
      teamShare: 0.9039285,
    },
    {
      name: "no calls: the team's",
      own: { successes: 0, trials: 0 },
      value: 15.772167 / 188.178264,
      teamShare: 1,
    },
    {
      name: "300 of 3000: mostly their own",
      own: { successes: 300, trials: 3000 },
      value: 315.772167 / 3188.178264,
      teamShare: 188.178264 / 3188.178264,
    },
  ])("$name", ({ own, value, teamShare }) => {
    const longRun = expectedLongRun(own, fitTeamPrior(reps));
    expect(longRun?.value).toBeCloseTo(value, 6);
    expect(longRun?.teamShare).toBeCloseTo(teamShare, 6);
  });

  it.each([
    {
      name: "two reps",
      data: units([
        [30, 400],
        [50, 450],
      ]),
    },
    {
      name: "nobody booked anything",
      data: units([
        [0, 400],
        [0, 450],
        [0, 100],
      ]),
    },
  ])("$name: no prior", ({ data }) => {
    expect(fitTeamPrior(data)).toBeNull();
    expect(expectedLongRun({ successes: 1, trials: 10 }, null)).toBeNull();
  });

  it("reps no more different than luck: the prior weighs at most the average rep's calls", () => {
    const prior = fitTeamPrior(
      units([
        [10, 100],
        [10, 100],
        [10, 100],
      ]),
    );
    expect(prior).toEqual({ alpha: expect.closeTo(10, 9), beta: expect.closeTo(90, 9) });
  });
});
