// Interval estimates for proportions: the Wilson score interval, how much more data would
// tighten it, and Newcombe's interval for a difference of two proportions.
import type { Interval } from "./types";

/** z for a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

/** The Wilson score interval for successes / trials, or null when there are no trials. */
export function wilsonInterval(successes: number, trials: number, z = Z_95): Interval | null {
  assertProportion(successes, trials);
  if (trials === 0) return null;
  const { center, halfWidth } = wilsonCenterAndHalfWidth(successes / trials, trials, z);
  // At 0 or 1 successes-rate the bound is exact in theory; rounding must not move it off.
  const low = successes === 0 ? 0 : Math.max(0, center - halfWidth);
  const high = successes === trials ? 1 : Math.min(1, center + halfWidth);
  return [low, high];
}

/** Half the width of the Wilson interval, or null when there are no trials. */
export function wilsonHalfWidth(successes: number, trials: number, z = Z_95): number | null {
  assertProportion(successes, trials);
  if (trials === 0) return null;
  return wilsonCenterAndHalfWidth(successes / trials, trials, z).halfWidth;
}

/**
 * How many more trials (denominator units), at the rate observed so far, until the Wilson
 * half-width is at most `targetHalfWidth`: the smallest such whole number, 0 if already there.
 * Null when there are no trials yet: with no observed rate there is nothing to project from
 * (assuming a rate, e.g. the worst case 50%, would answer a different question).
 */
export function additionalTrialsForHalfWidth(
  successes: number,
  trials: number,
  targetHalfWidth: number,
  z = Z_95,
): number | null {
  assertProportion(successes, trials);
  if (!(targetHalfWidth > 0)) throw new RangeError("The target half-width must be above 0.");
  if (trials === 0) return null;
  const rate = successes / trials;
  const fits = (n: number) => wilsonCenterAndHalfWidth(rate, n, z).halfWidth <= targetHalfWidth;

  // The half-width falls as n grows, so solve halfWidth(n) = target (a quadratic in n) and
  // correct the estimate's rounding with a few steps.
  let needed = Math.max(trials, Math.ceil(smallestTrialsEstimate(rate, targetHalfWidth, z)));
  for (let step = 0; needed > trials && fits(needed - 1); step++) {
    if (step > 16) throw new Error("additionalTrialsForHalfWidth: estimate far off (bug).");
    needed -= 1;
  }
  for (let step = 0; !fits(needed); step++) {
    if (step > 16) throw new Error("additionalTrialsForHalfWidth: estimate far off (bug).");
    needed += 1;
  }
  return needed - trials;
}

/**
 * Newcombe's hybrid score interval (method 10, Newcombe 1998) for p1 - p2, built from the two
 * Wilson intervals; null when either side has no trials.
 */
export function newcombeDifferenceInterval(
  successes1: number,
  trials1: number,
  successes2: number,
  trials2: number,
  z = Z_95,
): Interval | null {
  const interval1 = wilsonInterval(successes1, trials1, z);
  const interval2 = wilsonInterval(successes2, trials2, z);
  if (interval1 === null || interval2 === null) return null;
  const [low1, high1] = interval1;
  const [low2, high2] = interval2;
  const rate1 = successes1 / trials1;
  const rate2 = successes2 / trials2;
  const difference = rate1 - rate2;
  return [
    difference - Math.hypot(rate1 - low1, high2 - rate2),
    difference + Math.hypot(high1 - rate1, rate2 - low2),
  ];
}

function wilsonCenterAndHalfWidth(rate: number, trials: number, z: number) {
  const zSquared = z * z;
  const denominator = 1 + zSquared / trials;
  const center = (rate + zSquared / (2 * trials)) / denominator;
  const halfWidth =
    (z / denominator) * Math.sqrt((rate * (1 - rate)) / trials + zSquared / (4 * trials * trials));
  return { center, halfWidth };
}

/**
 * With v = rate(1 - rate), halfWidth(n) = z sqrt(v n + z^2/4) / (n + z^2); halfWidth(n) <= h
 * is h^2 n^2 + (2 h^2 z^2 - v z^2) n + h^2 z^4 - z^4/4 >= 0, true from the larger root on.
 */
function smallestTrialsEstimate(rate: number, targetHalfWidth: number, z: number): number {
  const zSquared = z * z;
  const h2 = targetHalfWidth * targetHalfWidth;
  const variance = rate * (1 - rate);
  const b = 2 * h2 * zSquared - variance * zSquared;
  const c = h2 * zSquared * zSquared - (zSquared * zSquared) / 4;
  const discriminant = b * b - 4 * h2 * c;
  if (discriminant < 0) return 0;
  return Math.max(0, (-b + Math.sqrt(discriminant)) / (2 * h2));
}

function assertProportion(successes: number, trials: number): void {
  if (!Number.isFinite(trials) || trials < 0) {
    throw new RangeError(`Trials must be a finite number >= 0, got ${trials}.`);
  }
  if (!Number.isFinite(successes) || successes < 0 || successes > trials) {
    throw new RangeError(`Successes must be between 0 and trials (${trials}), got ${successes}.`);
  }
}
