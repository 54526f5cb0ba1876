// The pipeline-health survey's results, pure: the distribution of healthy / neutral /
// unhealthy answers beside the Sandler Research Center's, how much more often reps with a
// healthy pipeline report each relationship practice than reps with an unhealthy one (beside
// Sandler's factors, with its 95% interval), pipeline coverage (open pipeline against target)
// and forecast attainment (expected to close against target). In an anonymous round small
// groups are not broken down: with a handful of answers a share can point at one person. In a
// named round the names are visible anyway, so shares show at any size.
import type { Interval } from "./types";
import { wilsonInterval, Z_95 } from "./wilson";

export const PIPELINE_HEALTH = ["healthy", "neutral", "unhealthy"] as const;
export type PipelineHealth = (typeof PIPELINE_HEALTH)[number];

/** The seven practices of the source article, in its order. */
export const PRACTICES = [
  "openCommunication",
  "frequentAccess",
  "knowledgeSharing",
  "jointPlanning",
  "sectorInsight",
  "clientSatisfaction",
  "strongTrust",
] as const;
export type Practice = (typeof PRACTICES)[number];

/** Sandler: 29.6% healthy, 41.1% neutral, 29.3% unhealthy. */
export const SANDLER_DISTRIBUTION: Readonly<Record<PipelineHealth, number>> = {
  healthy: 0.296,
  neutral: 0.411,
  unhealthy: 0.293,
};

/** Sandler: how many times more likely healthy-pipeline respondents were to report each practice. */
export const SANDLER_PRACTICE_FACTORS: Readonly<Record<Practice, number>> = {
  openCommunication: 1.5,
  frequentAccess: 1.7,
  knowledgeSharing: 2.2,
  jointPlanning: 2.5,
  sectorInsight: 1.9,
  clientSatisfaction: 1.6,
  strongTrust: 1.5,
};

/** Agreement is 1 (strongly disagree) to 5 (strongly agree); 4 and 5 count as reporting it. */
export const AGREES_FROM = 4;
/** Fewer answers than this in a group, and that group is not broken down. */
export const MIN_GROUP_SIZE = 5;

export interface SurveyAnswer {
  health: PipelineHealth;
  practices: Readonly<Partial<Record<Practice, number>>>;
  openPipelineValue: number;
  expectedToClose: number;
  target: number;
}

export interface HealthShare {
  count: number;
  share: number;
  ci95: Interval | null;
}

export interface PracticeComparison {
  practice: Practice;
  /** Shares of each group that agree; null where the group is too small to show. */
  healthyAgree: number | null;
  unhealthyAgree: number | null;
  /** healthyAgree / unhealthyAgree; null when not shown or when no unhealthy rep agrees. */
  factor: number | null;
  /** The factor's 95% interval (Katz log method, 0.5 added to every cell); null without answers. */
  factorCi95: Interval | null;
  /**
   * The interval says nothing useful: its upper end is more than 4 times its lower end (it
   * cannot even place the factor within a factor 2 either way), or it cannot be computed.
   * Read "too few answers to compare".
   */
  tooFewToCompare: boolean;
  sandlerFactor: number;
}

export type SurveyPrivacy = "anonymous" | "named";

export interface SurveyResults {
  responses: number;
  /**
   * null without answers, and in an anonymous round below the minimum group size (too few
   * answers to show shares without pointing at people).
   */
  distribution: Record<PipelineHealth, HealthShare> | null;
  /**
   * null unless there are healthy and unhealthy answers, and in an anonymous round unless both
   * groups reach the minimum size.
   */
  practices: PracticeComparison[] | null;
  pipeline: {
    openPipelineValue: number;
    expectedToClose: number;
    target: number;
    /** Pipeline coverage as sales managers mean it: open pipeline over target; null without a target. */
    coverage: number | null;
    /** Forecast attainment: expected to close over target; null without a target. */
    forecastAttainment: number | null;
  };
}

/**
 * The ratio of two proportions (a/n1) / (c/n2) with its 95% interval by the Katz log method,
 * 0.5 added to every cell of the 2x2 table so that a zero or a full group still gives an
 * interval (and one answer per group gives a wide one rather than a zero-width one).
 */
export function riskRatioInterval(a: number, n1: number, c: number, n2: number, z = Z_95): Interval | null {
  if (n1 === 0 || n2 === 0) return null;
  const a1 = a + 0.5;
  const c1 = c + 0.5;
  const m1 = n1 + 1;
  const m2 = n2 + 1;
  const logRatio = Math.log(a1 / m1 / (c1 / m2));
  const se = Math.sqrt(1 / a1 - 1 / m1 + 1 / c1 - 1 / m2);
  return [Math.exp(logRatio - z * se), Math.exp(logRatio + z * se)];
}

/** Widest interval (upper over lower end) that still says how many times more often. */
export const MAX_FACTOR_SPREAD = 4;

export const isUninformativeFactor = (ci: Interval | null) =>
  ci === null || !(ci[1] / ci[0] <= MAX_FACTOR_SPREAD);

export function surveyResults(
  answers: readonly SurveyAnswer[],
  privacy: SurveyPrivacy = "anonymous",
  minGroupSize = MIN_GROUP_SIZE,
): SurveyResults {
  const responses = answers.length;
  const enough = (size: number) => size > 0 && (privacy === "named" || size >= minGroupSize);
  const byHealth = (health: PipelineHealth) => answers.filter((a) => a.health === health);
  const distribution = enough(responses)
    ? (Object.fromEntries(
        PIPELINE_HEALTH.map((health) => {
          const count = byHealth(health).length;
          return [health, { count, share: count / responses, ci95: wilsonInterval(count, responses) }];
        }),
      ) as Record<PipelineHealth, HealthShare>)
    : null;

  const healthy = byHealth("healthy");
  const unhealthy = byHealth("unhealthy");
  const agreeing = (group: readonly SurveyAnswer[], practice: Practice) =>
    group.filter((a) => (a.practices[practice] ?? 0) >= AGREES_FROM).length;
  const practices =
    enough(healthy.length) && enough(unhealthy.length)
      ? PRACTICES.map((practice) => {
          const a = agreeing(healthy, practice);
          const c = agreeing(unhealthy, practice);
          const healthyAgree = a / healthy.length;
          const unhealthyAgree = c / unhealthy.length;
          const factorCi95 = riskRatioInterval(a, healthy.length, c, unhealthy.length);
          return {
            practice,
            healthyAgree,
            unhealthyAgree,
            factor: unhealthyAgree > 0 ? healthyAgree / unhealthyAgree : null,
            factorCi95,
            tooFewToCompare: isUninformativeFactor(factorCi95),
            sandlerFactor: SANDLER_PRACTICE_FACTORS[practice],
          };
        })
      : null;

  const sum = (pick: (a: SurveyAnswer) => number) =>
    answers.reduce((total, answer) => Math.round((total + pick(answer)) * 100) / 100, 0);
  const target = sum((a) => a.target);
  const expectedToClose = sum((a) => a.expectedToClose);
  const openPipelineValue = sum((a) => a.openPipelineValue);
  return {
    responses,
    distribution,
    practices,
    pipeline: {
      openPipelineValue,
      expectedToClose,
      target,
      coverage: target > 0 ? openPipelineValue / target : null,
      forecastAttainment: target > 0 ? expectedToClose / target : null,
    },
  };
}
