import { describe, expect, it } from "vitest";
import { drawBinomial, drawRate } from "@/lib/bench/random-draws";
import { seededRandom } from "@/lib/bench/synthetic-history";
import { addIsoWeeks } from "@/lib/weeks/iso-week";
import type { WeeklyCount } from "./control-chart";
import { currentWarning } from "./early-warning";

const weeksOf = (pairs: [number, number][]): WeeklyCount[] =>
  pairs.map(([numerator, denominator], i) => ({ week: addIsoWeeks("2026-W01", i), numerator, denominator }));
const steady = (count: number, numerator = 10, denominator = 40) =>
  Array.from({ length: count }, (_, i): [number, number] => [numerator + ((i * 7) % 5) - 2, denominator]);

describe("currentWarning", () => {
  it.each([
    { name: "a steady rep", weeks: weeksOf(steady(20)), expected: null },
    {
      name: "a collapse in the latest week",
      weeks: weeksOf([...steady(20), [0, 40]]),
      expected: { kind: "outside", side: "below", weeks: 1 },
    },
    {
      name: "three weeks well below",
      weeks: weeksOf([...steady(20), [1, 40], [0, 40], [1, 40]]),
      expected: { kind: "outside", side: "below", weeks: 3 },
    },
    {
      name: "a jump up in the latest week",
      weeks: weeksOf([...steady(20), [30, 40]]),
      expected: { kind: "outside", side: "above", weeks: 1 },
    },
    {
      name: "a bad week that has passed",
      weeks: weeksOf([...steady(10), [0, 40], ...steady(10)]),
      expected: null,
    },
    {
      name: "eleven weeks a little below the usual level",
      weeks: weeksOf([...steady(16, 14), ...Array.from({ length: 11 }, (): [number, number] => [8, 40])]),
      expected: { kind: "run", side: "below", weeks: 11 },
    },
    { name: "no weeks", weeks: [], expected: null },
  ])("$name", ({ weeks, expected }) => {
    const warning = currentWarning(weeks);
    if (expected === null) expect(warning).toBeNull();
    else expect(warning).toEqual({ ...expected, latestWeek: weeks.at(-1)?.week });
  });

  it("no warning on noise: a steady simulated rep is flagged in fewer than 1 week in 100", () => {
    const random = seededRandom(21);
    let flagged = 0;
    let judged = 0;
    for (const { rate, rho, conversations } of [
      { rate: 0.25, rho: 0, conversations: 40 },
      { rate: 0.25, rho: 0.01, conversations: 40 },
      { rate: 0.1, rho: 0.005, conversations: 120 },
    ]) {
      for (let rep = 0; rep < 40; rep++) {
        const history = weeksOf(
          Array.from({ length: 60 }, (): [number, number] => {
            const n = conversations + Math.round((random() - 0.5) * 10);
            return [drawBinomial(random, n, drawRate(random, rate, rho)), n];
          }),
        );
        // Each week as the latest: what the overview would have said then (26 weeks of history).
        for (let end = 26; end <= history.length; end++) {
          judged += 1;
          if (currentWarning(history.slice(end - 26, end)) !== null) flagged += 1;
        }
      }
    }
    expect(judged).toBe(3 * 40 * 35);
    expect(flagged / judged).toBeLessThan(0.01);
  }, 60_000);

  it("a drop by half over the last 10 of 26 weeks is flagged in most cases", () => {
    const random = seededRandom(4);
    let caught = 0;
    for (let rep = 0; rep < 50; rep++) {
      const before = Array.from({ length: 16 }, (): [number, number] => [drawBinomial(random, 60, 0.3), 60]);
      const after = Array.from({ length: 10 }, (): [number, number] => [drawBinomial(random, 60, 0.15), 60]);
      if (currentWarning(weeksOf([...before, ...after]))?.side === "below") caught += 1;
    }
    expect(caught / 50).toBeGreaterThan(0.6);
  });
});
