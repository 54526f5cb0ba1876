// A proportion pooled over several reps, with an interval that counts the variation between
// reps. One big binomial over everybody's calls treats the team as one rep with a lot of calls;
// when reps convert at different rates, that interval is far too narrow. The Pearson
// dispersion of the reps around the pooled rate (a quasi-binomial scale, at least 1) is the
// design effect: the pooled counts are worth `denominator / designEffect` independent trials.
import type { Interval } from "./types";
import { wilsonInterval, Z_95 } from "./wilson";

export interface ClusterCounts {
  numerator: number;
  denominator: number;
}

export interface ClusteredProportion {
  numerator: number;
  denominator: number;
  value: number | null;
  /** 1 when the reps agree (or there is only one); above 1 by as much as they differ beyond luck. */
  designEffect: number;
  /** The Wilson interval on the effective counts (numerator and denominator / design effect). */
  ci95: Interval | null;
}

export function clusteredProportion(clusters: readonly ClusterCounts[], z = Z_95): ClusteredProportion {
  let numerator = 0;
  let denominator = 0;
  for (const cluster of clusters) {
    numerator += cluster.numerator;
    denominator += cluster.denominator;
  }
  if (denominator === 0) return { numerator, denominator, value: null, designEffect: 1, ci95: null };
  const value = numerator / denominator;
  // A numerator above its denominator is bad data, no proportion: a value, no interval.
  if (value > 1) return { numerator, denominator, value, designEffect: 1, ci95: null };
  const designEffect = dispersion(clusters, value);
  return {
    numerator,
    denominator,
    value,
    designEffect,
    ci95: wilsonInterval(numerator / designEffect, denominator / designEffect, z),
  };
}

/**
 * Pearson chi-square over its degrees of freedom (clusters with a denominator, minus one), at
 * least 1: fewer reps than two, or a rate of 0% or 100%, carry no evidence of extra variation.
 */
function dispersion(clusters: readonly ClusterCounts[], rate: number): number {
  const informative = clusters.filter((c) => c.denominator > 0);
  const variance = rate * (1 - rate);
  if (informative.length < 2 || variance === 0) return 1;
  let chiSquare = 0;
  for (const cluster of informative) {
    const residual = cluster.numerator - rate * cluster.denominator;
    chiSquare += (residual * residual) / (cluster.denominator * variance);
  }
  return Math.max(1, chiSquare / (informative.length - 1));
}

/**
 * Newcombe's hybrid score construction from two intervals around two rates: the interval of
 * rate1 - rate2. With two Wilson intervals this is exactly newcombeDifferenceInterval; with a
 * widened interval on one side, the difference widens with it.
 */
export function differenceFromIntervals(
  rate1: number,
  interval1: Interval,
  rate2: number,
  interval2: Interval,
): Interval {
  const difference = rate1 - rate2;
  return [
    difference - Math.hypot(rate1 - interval1[0], interval2[1] - rate2),
    difference + Math.hypot(interval1[1] - rate1, rate2 - interval2[0]),
  ];
}
