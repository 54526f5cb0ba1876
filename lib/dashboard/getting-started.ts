// What a new organization should do next, step by step, until its dashboards have
// something to show. Pure: the overview page gives it the viewer's role and what the
// organization already has; the permission matrix decides which steps the viewer can take.
import type { Role } from "@/lib/domain";
import { can, type Permission } from "@/lib/permissions";

export type StartStepKey = "invite" | "firstWeek" | "ownWeek";

export interface StartStep {
  key: StartStepKey;
  done: boolean;
  /** The section under /o/[orgSlug] where the step is taken. */
  path: string;
  /** Another section that does the same job (a spreadsheet import instead of the form). */
  otherPath?: string;
}

export interface OrgProgress {
  /** Someone besides the viewer is a member (invited ones count: the invitation is the step). */
  othersInvited: boolean;
  /** Anyone in the organization logged a week. */
  anyWeekLogged: boolean;
  /** The viewer's own member logged a week. */
  ownWeekLogged: boolean;
}

interface StepRule extends Omit<StartStep, "done"> {
  permission: Permission;
  done: (progress: OrgProgress) => boolean;
}

const STEPS: StepRule[] = [
  { key: "invite", permission: "members.invite", path: "members", done: (p) => p.othersInvited },
  // A manager records the team's first week (by hand or by import); a rep their own.
  {
    key: "firstWeek",
    permission: "entries.write.any",
    path: "week",
    otherPath: "import",
    done: (p) => p.anyWeekLogged,
  },
];
const REP_STEP: StepRule = {
  key: "ownWeek",
  permission: "entries.write.own",
  path: "week",
  done: (p) => p.ownWeekLogged,
};

/** The viewer's steps, in order; empty once every one of them is done. */
export function gettingStarted(role: Role, progress: OrgProgress): StartStep[] {
  const mine = STEPS.filter((step) => can(role, step.permission));
  const rules = mine.length > 0 ? mine : [REP_STEP].filter((step) => can(role, step.permission));
  const steps = rules.map(({ permission: _, done, ...step }) => ({ ...step, done: done(progress) }));
  return steps.every((step) => step.done) ? [] : steps;
}
