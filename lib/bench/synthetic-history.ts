// Deterministic synthetic effort history for benchmarks: the same seed gives the same
// numbers on every machine. Each rep has a personal skill level; weekly numbers wander
// around it, with the occasional week off. Every week satisfies the funnel rules
// (conversations ≤ calls, outcomes of a conversation ≤ conversations).
// Like real weeks, the rates vary beyond luck: each week draws its own reach and booking rate
// around the rep's (a beta with the intra-class correlation below), then every call and
// conversation is a coin toss at that week's rate (binomial luck). Forecast backtests on
// this history are only honest because of that variation.
import { drawBinomial, drawRate } from "./random-draws";

/** Rates vary beyond luck by a standard deviation of about 15% of a 30% reach, 25% of a 20% booking rate. */
export const REACH_VARIATION = 0.01;
export const BOOKING_VARIATION = 0.015;

/** mulberry32: a tiny, well-distributed 32-bit PRNG; good enough for test data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticWeek {
  repIndex: number;
  weekIndex: number;
  notWorked: boolean;
  values: Record<string, number>;
}

export function* syntheticHistory(reps: number, weeks: number, seed: number): Generator<SyntheticWeek> {
  const random = seededRandom(seed);
  const between = (low: number, high: number) => low + (high - low) * random();
  const skills = Array.from({ length: reps }, () => ({
    reach: between(0.2, 0.45),
    booking: between(0.12, 0.32),
    pace: between(8, 14), // calls per hour
  }));
  for (let weekIndex = 0; weekIndex < weeks; weekIndex++) {
    for (let repIndex = 0; repIndex < reps; repIndex++) {
      const skill = skills[repIndex] as (typeof skills)[number];
      if (random() < 0.05) {
        yield { repIndex, weekIndex, notWorked: true, values: {} };
        continue;
      }
      const hours = Math.round(between(6, 20) * 2) / 2;
      const calls = Math.max(1, Math.round(hours * skill.pace * between(0.8, 1.2)));
      const conversations = drawBinomial(random, calls, drawRate(random, skill.reach, REACH_VARIATION));
      const appointments = drawBinomial(
        random,
        conversations,
        drawRate(random, skill.booking, BOOKING_VARIATION),
      );
      const left = conversations - appointments;
      const shortCallbacks = Math.round(left * between(0.2, 0.45));
      const longCallbacks = Math.round((left - shortCallbacks) * between(0.05, 0.2));
      const talkMinutes = Math.round(calls * between(1.5, 4.5));
      yield {
        repIndex,
        weekIndex,
        notWorked: false,
        values: { calls, conversations, appointments, shortCallbacks, longCallbacks, hours, talkMinutes },
      };
    }
  }
}
