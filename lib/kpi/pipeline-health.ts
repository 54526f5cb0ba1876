// The pipeline-health survey's results, pure: the distribution of healthy / neutral /
// unhealthy answers beside the Sandler Research Center's, how much more often reps with a
// healthy pipeline report each relationship practice than reps with an unhealthy one (beside
// Sandler's factors), and pipeline coverage (expected to close against target). Small groups
// are not broken down: with a handful of answers a share can point at one person.
import type { Interval } from "./types";
import { wilsonInterval } from "./wilson";

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
  sandlerFactor: number;
}

export interface SurveyResults {
  responses: number;
  /** null below the minimum group size (too few answers to show shares without pointing at people). */
  distribution: Record<PipelineHealth, HealthShare> | null;
  /** null unless both the healthy and the unhealthy group reach the minimum size. */
  practices: PracticeComparison[] | null;
  pipeline: {
    openPipelineValue: number;
    expectedToClose: number;
    target: number;
    /** Expected to close over target; null without a target. */
    coverage: number | null;
  };
}

export function surveyResults(
  answers: readonly SurveyAnswer[],
  minGroupSize = MIN_GROUP_SIZE,
): SurveyResults {
  const responses = answers.length;
  const byHealth = (health: PipelineHealth) => answers.filter((a) => a.health === health);
  const distribution =
    responses >= minGroupSize
      ? (Object.fromEntries(
          PIPELINE_HEALTH.map((health) => {
            const count = byHealth(health).length;
            return [health, { count, share: count / responses, ci95: wilsonInterval(count, responses) }];
          }),
        ) as Record<PipelineHealth, HealthShare>)
      : null;

  const healthy = byHealth("healthy");
  const unhealthy = byHealth("unhealthy");
  const agreeShare = (group: readonly SurveyAnswer[], practice: Practice) =>
    group.filter((a) => (a.practices[practice] ?? 0) >= AGREES_FROM).length / group.length;
  const practices =
    healthy.length >= minGroupSize && unhealthy.length >= minGroupSize
      ? PRACTICES.map((practice) => {
          const healthyAgree = agreeShare(healthy, practice);
          const unhealthyAgree = agreeShare(unhealthy, practice);
          return {
            practice,
            healthyAgree,
            unhealthyAgree,
            factor: unhealthyAgree > 0 ? healthyAgree / unhealthyAgree : null,
            sandlerFactor: SANDLER_PRACTICE_FACTORS[practice],
          };
        })
      : null;

  const sum = (pick: (a: SurveyAnswer) => number) =>
    answers.reduce((total, answer) => Math.round((total + pick(answer)) * 100) / 100, 0);
  const target = sum((a) => a.target);
  const expectedToClose = sum((a) => a.expectedToClose);
  return {
    responses,
    distribution,
    practices,
    pipeline: {
      openPipelineValue: sum((a) => a.openPipelineValue),
      expectedToClose,
      target,
      coverage: target > 0 ? expectedToClose / target : null,
    },
  };
}
