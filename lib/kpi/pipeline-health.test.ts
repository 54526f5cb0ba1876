import { describe, expect, it } from "vitest";
import { type PipelineHealth, PRACTICES, type SurveyAnswer, surveyResults } from "./pipeline-health";

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
    expect(jointPlanning).toEqual({
      practice: "jointPlanning",
      healthyAgree: 0.8,
      unhealthyAgree: 0.4,
      factor: 2,
      sandlerFactor: 2.5,
    });
  });

  it("no unhealthy rep agreeing gives no factor rather than infinity", () => {
    const answers = [...times(5, () => answer("healthy", 5)), ...times(5, () => answer("unhealthy", 1))];
    expect(surveyResults(answers).practices?.[0]).toMatchObject({
      healthyAgree: 1,
      unhealthyAgree: 0,
      factor: null,
    });
  });

  it("pipeline coverage: expected to close over target, summed in cents; none without a target", () => {
    const results = surveyResults([
      answer("healthy", 5, [1000.1, 400.2, 800]),
      answer("neutral", 3, [0.2, 0.1, 200]),
    ]);
    expect(results.pipeline).toEqual({
      openPipelineValue: 1000.3,
      expectedToClose: 400.3,
      target: 1000,
      coverage: 0.4003,
    });
    expect(surveyResults([answer("healthy", 5, [10, 10, 0])]).pipeline.coverage).toBeNull();
    expect(surveyResults([])).toMatchObject({ responses: 0, distribution: null, practices: null });
  });
});
