// Draws from the distributions that simulated sales weeks need, on a seeded generator (see
// seededRandom) so that every simulation is reproducible. Counts come from the binomial (the
// luck of each call) and weekly rates from a beta around a rep's long-run rate (the week-to-week
// variation beyond luck: a good list, a bad day), so simulated histories look like real ones.

type Random = () => number;

/** A standard normal (Box-Muller); 1 - u keeps the logarithm finite. */
export function drawNormal(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Gamma(shape, 1) by Marsaglia and Tsang; shapes below 1 through the boost Gamma(shape + 1) U^(1/shape). */
export function drawGamma(random: Random, shape: number): number {
  if (shape < 1) return drawGamma(random, shape + 1) * (1 - random()) ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = drawNormal(random);
    const v = (1 + c * z) ** 3;
    if (v <= 0) continue;
    const u = 1 - random();
    if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
  }
}

/**
 * A rate from the beta with this mean whose variance is rho * mean * (1 - mean): rho is the
 * intra-class correlation of the beta-binomial it makes (0: always the mean).
 */
export function drawRate(random: Random, mean: number, rho: number): number {
  if (rho <= 0) return mean;
  const weight = 1 / rho - 1;
  const x = drawGamma(random, mean * weight);
  const y = drawGamma(random, (1 - mean) * weight);
  return x / (x + y);
}

/** Binomial(n, p) by counting successes: n is at most a few thousand calls here. */
export function drawBinomial(random: Random, n: number, p: number): number {
  let successes = 0;
  for (let i = 0; i < n; i++) if (random() < p) successes += 1;
  return successes;
}
