import { describe, expect, it } from "vitest";
import {
  isUninformativeFactor,
  type PipelineHealth,
  PRACTICES,
  riskRatioInterval,
  type SurveyAnswer,
  surveyResults,
} from "./pipeline-health";

const answer = (health: PipelineHealth, agree: number, money = [100, 50, 100]): SurveyAnswer => ({
  health,
  practices: Object.fromEntries(PRACTICES.map((p) => [p, agree])),
  openPipelineValue: money[0] as number,
  expectedToClose: money[1] as number,
  target: money[2] as number,
});
const times = (n: number, make: () => SurveyAnswer) => Array.from({ length: n }, make);

describe("pipeline-health survey results", () => {
  it("the distribution of answers with intervals, once there are enough answers", () => {
    const answers = [
      ...times(3, () => answer("healthy", 5)),
      ...times(4, () => answer("neutral", 3)),
      ...times(3, () => answer("unhealthy", 2)),
    ];
    const results = surveyResults(answers);
    expect(results.responses).toBe(10);
    expect(results.distribution?.healthy).toMatchObject({ count: 3, share: 0.3 });
    expect(results.distribution?.neutral.share).toBe(0.4);
    const [low, high] = results.distribution?.healthy.ci95 ?? [0, 0];
    expect(low).toBeLessThan(0.3);
    expect(high).toBeGreaterThan(0.3);
  });

  it.each([
    ["four answers: nothing broken down", [4, 0, 0], null, null],
    [
      "five answers, fewer than five healthy and five unhealthy: no practice comparison",
      [2, 1, 2],
      "shown",
      null,
    ],
    ["five healthy and five unhealthy: compared", [5, 0, 5], "shown", "shown"],
  ] as const)("%s", (_, [healthy, neutral, unhealthy], distribution, practices) => {
    const results = surveyResults([
      ...times(healthy, () => answer("healthy", 5)),
      ...times(neutral, () => answer("neutral", 3)),
      ...times(unhealthy, () => answer("unhealthy", 2)),
    ]);
    expect(results.distribution === null ? null : "shown").toBe(distribution);
    expect(results.practices === null ? null : "shown").toBe(practices);
  });

  it("how many times more often healthy-pipeline reps agree, beside Sandler's factor", () => {
    const answers = [
      // 4 of 5 healthy reps agree (4 or 5); 2 of 5 unhealthy ones: 0.8 / 0.4 = 2x.
      ...times(4, () => answer("healthy", 4)),
      answer("healthy", 3),
      ...times(2, () => answer("unhealthy", 5)),
      ...times(3, () => answer("unhealthy", 1)),
    ];
    const jointPlanning = surveyResults(answers).practices?.find((p) => p.practice === "jointPlanning");
    expect(jointPlanning).toMatchObject({
      practice: "jointPlanning",
      healthyAgree: 0.8,
      unhealthyAgree: 0.4,
      factor: 2,
      sandlerFactor: 2.5,
      // 0.63-5.16: it cannot place the factor within a factor 2 either way.
      tooFewToCompare: true,
    });
    expect(jointPlanning?.factorCi95?.[0]).toBeCloseTo(0.6277, 4);
    expect(jointPlanning?.factorCi95?.[1]).toBeCloseTo(5.1615, 4);
  });

  it("no unhealthy rep agreeing gives no factor rather than infinity", () => {
    const answers = [...times(5, () => answer("healthy", 5)), ...times(5, () => answer("unhealthy", 1))];
    expect(surveyResults(answers).practices?.[0]).toMatchObject({
      healthyAgree: 1,
      unhealthyAgree: 0,
      factor: null,
    });
  });

  it.each([
    // healthy agree a/n1, unhealthy agree c/n2 -> Katz log interval with 0.5 added to each cell
    [40, 50, 20, 50, 1.3745, 2.8395, false],
    [80, 100, 40, 100, 1.5358, 2.5724, false],
    [4, 5, 2, 5, 0.6277, 5.1615, true],
    // One answer per group: a wide interval, never a zero-width one.
    [1, 1, 1, 1, 0.3225, 3.1006, true],
    [5, 5, 0, 5, 0.7658, 158.0075, true],
  ])("the factor's interval for %i/%i against %i/%i is %f-%f", (a, n1, c, n2, low, high, uninformative) => {
    const ci = riskRatioInterval(a, n1, c, n2);
    expect(ci?.[0]).toBeCloseTo(low, 4);
    expect(ci?.[1]).toBeCloseTo(high, 4);
    expect(isUninformativeFactor(ci)).toBe(uninformative);
  });

  it("a factor whose interval is uninformative says too few to compare; a tight one does not", () => {
    const tight = [
      ...times(80, () => answer("healthy", 5)),
      ...times(20, () => answer("healthy", 2)),
      ...times(40, () => answer("unhealthy", 5)),
      ...times(60, () => answer("unhealthy", 2)),
    ];
    expect(surveyResults(tight).practices?.[0]).toMatchObject({ factor: 2, tooFewToCompare: false });
  });

  it("a named round shows shares and comparisons at any size; an anonymous one does not", () => {
    const answers = [answer("healthy", 5), answer("unhealthy", 2)];
    expect(surveyResults(answers, "anonymous")).toMatchObject({ distribution: null, practices: null });
    const named = surveyResults(answers, "named");
    expect(named.distribution?.healthy).toMatchObject({ count: 1, share: 0.5 });
    expect(named.practices?.[0]).toMatchObject({ healthyAgree: 1, unhealthyAgree: 0, factor: null });
    expect(surveyResults([], "named")).toMatchObject({ distribution: null, practices: null });
    expect(surveyResults([answer("healthy", 5)], "named").practices).toBeNull();
  });

  it("pipeline coverage is open pipeline over target; forecast attainment expected to close over target", () => {
    const results = surveyResults([
      answer("healthy", 5, [1000.1, 400.2, 800]),
      answer("neutral", 3, [0.2, 0.1, 200]),
    ]);
    expect(results.pipeline).toEqual({
      openPipelineValue: 1000.3,
      expectedToClose: 400.3,
      target: 1000,
      coverage: 1.0003,
      forecastAttainment: 0.4003,
    });
    expect(surveyResults([answer("healthy", 5, [10, 10, 0])]).pipeline).toMatchObject({
      coverage: null,
      forecastAttainment: null,
    });
    expect(surveyResults([])).toMatchObject({ responses: 0, distribution: null, practices: null });
  });
});
