// Calibration, measured: on simulated histories whose weekly rate varies by a known amount,
// the 80% band must hold about 80% of the weeks that then happen (the promise is 75-92%), and a
// binomial-only band (luck alone) must fall visibly short.
import { describe, expect, it } from "vitest";
import { drawBinomial, drawNormal, drawRate } from "@/lib/bench/random-draws";
import { seededRandom } from "@/lib/bench/synthetic-history";
import { callsSpreadOf, defaultCallsPerWeek, forecastAppointments } from "./forecast";

interface Scenario {
  name: string;
  rate: number;
  rho: number;
  calls: number;
}

function coverage({ rate, rho, calls }: Scenario, ignoreWeekToWeekVariation: boolean, seed = 11) {
  const random = seededRandom(seed);
  const week = () => {
    const successes = drawBinomial(random, calls, drawRate(random, rate, rho));
    return { successes, trials: calls };
  };
  let weeksHeld = 0;
  let weeksSeen = 0;
  let totalsHeld = 0;
  const histories = 250;
  for (let h = 0; h < histories; h++) {
    const history = Array.from({ length: 26 }, week);
    const future = Array.from({ length: 4 }, week);
    const forecast = forecastAppointments({
      history,
      callsPerWeek: calls,
      weeks: 4,
      ignoreWeekToWeekVariation,
    });
    future.forEach((actual, i) => {
      const band = forecast.weeks[i];
      if (band && actual.successes >= band.p10 && actual.successes <= band.p90) weeksHeld += 1;
      weeksSeen += 1;
    });
    const total = future.reduce((sum, w) => sum + w.successes, 0);
    if (total >= forecast.total.p10 && total <= forecast.total.p90) totalsHeld += 1;
  }
  return { weeks: weeksHeld / weeksSeen, totals: totalsHeld / histories };
}

const SCENARIOS: Scenario[] = [
  { name: "a rep: 9% of 120 calls, rate varying by a third", rate: 0.09, rho: 0.012, calls: 120 },
  { name: "a team: 8% of 600 calls, rate varying by a fifth", rate: 0.08, rho: 0.004, calls: 600 },
  { name: "a busy team: 25% of 400 conversations", rate: 0.25, rho: 0.01, calls: 400 },
];

describe("forecast calibration on histories with known week-to-week variation", () => {
  it.each(SCENARIOS)("$name: the 80% band holds 75-92% of weeks and totals", (scenario) => {
    const measured = coverage(scenario, false);
    expect(measured.weeks).toBeGreaterThanOrEqual(0.75);
    expect(measured.weeks).toBeLessThanOrEqual(0.92);
    expect(measured.totals).toBeGreaterThanOrEqual(0.75);
    expect(measured.totals).toBeLessThanOrEqual(0.92);
  });

  it.each(SCENARIOS)("$name: a binomial-only band is too narrow", (scenario) => {
    const binomialOnly = coverage(scenario, true);
    expect(binomialOnly.weeks).toBeLessThan(0.72);
  });

  it("without variation beyond luck the band still holds about 80%", () => {
    const measured = coverage({ name: "steady", rate: 0.1, rho: 0, calls: 200 }, false);
    expect(measured.weeks).toBeGreaterThanOrEqual(0.75);
    expect(measured.weeks).toBeLessThanOrEqual(0.92);
  });

  it("calls that vary week to week, without a plan: the band counts that too", () => {
    const random = seededRandom(5);
    const week = () => {
      const calls = Math.max(10, Math.round(120 + 25 * drawNormal(random)));
      return { successes: drawBinomial(random, calls, drawRate(random, 0.09, 0.012)), trials: calls };
    };
    let held = 0;
    let heldAtFixedCalls = 0;
    const histories = 250;
    for (let h = 0; h < histories; h++) {
      const history = Array.from({ length: 26 }, week);
      const calls = history.map((w) => w.trials);
      const callsPerWeek = defaultCallsPerWeek(calls) as number;
      const [next] = Array.from({ length: 1 }, week);
      const inBand = (band: { p10: number; p90: number } | undefined) =>
        band !== undefined && next!.successes >= band.p10 && next!.successes <= band.p90;
      const honest = forecastAppointments({
        history,
        callsPerWeek,
        callsSpread: callsSpreadOf(calls),
        weeks: 1,
      });
      const fixed = forecastAppointments({ history, callsPerWeek, weeks: 1 });
      if (inBand(honest.weeks[0])) held += 1;
      if (inBand(fixed.weeks[0])) heldAtFixedCalls += 1;
    }
    expect(held / histories).toBeGreaterThanOrEqual(0.75);
    expect(held / histories).toBeLessThanOrEqual(0.92);
    expect(heldAtFixedCalls).toBeLessThan(held);
  });
});
