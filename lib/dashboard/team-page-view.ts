// The team page's shaping, so the page only loads and renders: the headline figure, the
// leading/lagging rows beside the team table, the coverage sentence's figures and which notes
// show. Pure: plain data in, plain data out; the page translates and formats.

import { own } from "@/lib/kpi/user-keys";
import type { PageOf } from "@/lib/paging";
import { enoughColleaguesForTeamTotal } from "./home-view";
import type { FunnelLabels } from "./labels";
import { type LaggingEntry, type LaggingTotals, laggingTotals, NO_LAGGING } from "./lagging-view";
import type { PeriodKind } from "./period";
import type { RatioView } from "./ratio-view";
import type { KpiRow, TeamMember, TeamRow, TeamView } from "./team-view";

/** A ratio as a cell shows it: the figures and the word its "≈N more …" counts in. */
export interface RatioFigure {
  ratio: RatioView | undefined;
  unit: string;
}

export interface HeadlineFigure extends RatioFigure {
  /** The primary ratio's name, for "The team's …". */
  ratioLabel: string;
}

/** One row of the leading/lagging table, its rate still as figures (the page draws it). */
export interface LeadingLaggingFigures {
  id: string;
  name: string;
  booked: number;
  rate: RatioFigure;
  lagging: LaggingTotals;
}

export interface LeadingLaggingView {
  bookedLabel: string;
  rateLabel: string;
  rows: LeadingLaggingFigures[];
}

/** The latest pipeline-health round's figures as lib/survey/data/surveys.ts hands them out. */
export interface PipelineCoverage {
  round: { title: string };
  responses: number;
  openPipelineValue: number;
  expectedToClose: number;
  target: number;
  coverage: number | null;
  forecastAttainment: number | null;
}

/** Which coverage sentence the lagging section ends with, and its figures. */
export type CoverageSentence =
  | { kind: "none" }
  | { kind: "noTarget"; title: string }
  | {
      kind: "coverage";
      coverage: number;
      attainment: number;
      open: number;
      expected: number;
      target: number;
      title: string;
      count: number;
    };

export interface TeamPageInput {
  view: TeamView;
  /** The team table's page: the leading/lagging rows follow it. */
  tablePage: PageOf<TeamRow>;
  labels: FunnelLabels;
  /** Everyone's lagging results in the period: the team total counts them all. */
  lagging: readonly LaggingEntry[];
  /** The rows this viewer may see; null = everyone. */
  visible: ReadonlySet<string> | null;
  members: readonly Pick<TeamMember, "id" | "role" | "status">[];
  viewerMemberId: string | null;
  periodKind: PeriodKind;
  basePath: string;
  coverage: PipelineCoverage | null;
  /** The total row's name ("Team total"). */
  teamTotalName: string;
}

export interface TeamPageView {
  /** A manager sees every rep's row; a rep only their own (and is told so). */
  seesEveryone: boolean;
  showsTeamGoal: boolean;
  /** The empty state's way to a longer period; null when it already shows 52 weeks. */
  longerPeriodHref: string | null;
  headline: HeadlineFigure | null;
  /** The team table lists everyone on one page, so the lagging rows are the whole team. */
  everyoneListed: boolean;
  leadingLagging: LeadingLaggingView | null;
  coverage: CoverageSentence;
}

export function teamPageView(input: TeamPageInput): TeamPageView {
  const { view, visible } = input;
  return {
    seesEveryone: visible === null,
    showsTeamGoal: showsTeamGoal(visible, input.members, input.viewerMemberId),
    longerPeriodHref: longerPeriodHref(input.periodKind, input.basePath),
    headline: headlineFigure(view, input.labels),
    everyoneListed: everyoneListed(view, input.tablePage),
    leadingLagging: leadingLagging(input),
    coverage: coverageSentence(input.coverage),
  };
}

/** This week's team goal: a rep sees it only beside enough colleagues to hide theirs. */
export function showsTeamGoal(
  visible: ReadonlySet<string> | null,
  members: TeamPageInput["members"],
  viewerMemberId: string | null,
): boolean {
  return visible === null || enoughColleaguesForTeamTotal(members, viewerMemberId);
}

/** An empty period suggests the longest one, unless that is the one already shown. */
export function longerPeriodHref(kind: PeriodKind, basePath: string): string | null {
  return kind === "52w" ? null : `${basePath}?period=52w`;
}

/** A ratio's figures with its unit word (empty when the funnel has no word for it). */
export function ratioFigure(ratio: RatioView | undefined, labels: FunnelLabels): RatioFigure {
  return { ratio, unit: labels.units[ratio?.denominatorKey ?? ""] ?? "" };
}

/** The team's primary ratio, the one the headline card shows; null for a funnel of one metric. */
export function headlineFigure(view: TeamView, labels: FunnelLabels): HeadlineFigure | null {
  const key = view.primaryRatioKey;
  if (!key) return null;
  return { ratioLabel: labels.ratios[key] ?? key, ...ratioFigure(view.total.ratios[key], labels) };
}

/** The lagging rows follow the team table's page: true when that page is everyone. */
export function everyoneListed(view: TeamView, page: PageOf<TeamRow>): boolean {
  return page.pageCount === 1 && page.matching === view.rows.length;
}

/**
 * The leading/lagging table: the team table's rows (same page, filters and order) and the team
 * total; null without a primary ratio or its outcome. A rep's lagging counts only rows they see.
 */
export function leadingLagging(
  input: Pick<TeamPageInput, "view" | "tablePage" | "labels" | "lagging" | "visible" | "teamTotalName">,
): LeadingLaggingView | null {
  const { view, labels, visible } = input;
  const primaryKey = view.primaryRatioKey;
  const outcomeKey = view.total.ratios[primaryKey ?? ""]?.numeratorKey;
  if (!outcomeKey || !primaryKey) return null;
  const seen = laggingTotals(
    input.lagging.filter((entry) => visible === null || visible.has(entry.memberId)),
  );
  const row = (id: string, name: string, kpis: KpiRow, lagging: LaggingTotals): LeadingLaggingFigures => ({
    id,
    name,
    booked: own(kpis.totals, outcomeKey) ?? 0,
    rate: ratioFigure(kpis.ratios[primaryKey], labels),
    lagging,
  });
  return {
    bookedLabel: own(labels.metrics, outcomeKey) ?? outcomeKey,
    rateLabel: labels.ratios[primaryKey] ?? primaryKey,
    rows: [
      ...input.tablePage.rows.map((r) => row(r.memberId, r.name, r, seen.byMember[r.memberId] ?? NO_LAGGING)),
      row("team", input.teamTotalName, view.total, laggingTotals(input.lagging).team),
    ],
  };
}

/** Pipeline coverage from the latest survey round: none yet, no target given, or the figures. */
export function coverageSentence(coverage: PipelineCoverage | null): CoverageSentence {
  if (coverage === null) return { kind: "none" };
  if (coverage.coverage === null) return { kind: "noTarget", title: coverage.round.title };
  return {
    kind: "coverage",
    coverage: coverage.coverage,
    attainment: coverage.forecastAttainment ?? 0,
    open: coverage.openPipelineValue,
    expected: coverage.expectedToClose,
    target: coverage.target,
    title: coverage.round.title,
    count: coverage.responses,
  };
}
