// The organization's sections in five groups: Home, My week, Insights, Data, Settings. A
// feature adds one line to a group; the permission matrix decides who sees the link (the page
// checks again on the server), and a group with no link for a role is not shown at all.
// `path` is the first segment under /o/[orgSlug]; labels are keys in messages/*/nav.json.
import type { Role } from "@/lib/domain";
import { can, type Permission } from "@/lib/permissions";

export interface NavSection {
  path: string;
  label: string;
  permission: Permission;
}

export interface NavGroup {
  key: "home" | "myWeek" | "insights" | "data" | "settings";
  /** A group of one is a plain link; the others open a list. */
  sections: NavSection[];
}

const GROUPS: NavGroup[] = [
  { key: "home", sections: [{ path: "", label: "overview", permission: "org.read" }] },
  { key: "myWeek", sections: [{ path: "week", label: "week", permission: "entries.write.own" }] },
  {
    key: "insights",
    sections: [
      { path: "team", label: "team", permission: "kpis.read.team" },
      { path: "goals", label: "goals", permission: "goals.manage" },
      { path: "forecast", label: "forecast", permission: "kpis.read.team" },
      { path: "what-if", label: "whatIf", permission: "entries.read.any" },
      { path: "benchmark", label: "benchmark", permission: "entries.read.any" },
      { path: "profitability", label: "profitability", permission: "costs.read" },
      { path: "survey", label: "survey", permission: "survey.answer" },
    ],
  },
  {
    key: "data",
    sections: [
      { path: "weeks", label: "weeks", permission: "entries.read.any" },
      { path: "results", label: "results", permission: "entries.write.any" },
      { path: "import", label: "import", permission: "entries.write.any" },
    ],
  },
  {
    key: "settings",
    sections: [
      { path: "members", label: "members", permission: "members.read" },
      { path: "funnel", label: "funnel", permission: "funnel.manage" },
      { path: "settings", label: "organizationSettings", permission: "settings.manage" },
      { path: "webhooks", label: "webhooks", permission: "webhooks.manage" },
      { path: "audit", label: "audit", permission: "audit.read" },
    ],
  },
];

/** The groups and links this role sees, in order; empty groups left out. */
export function navGroupsFor(role: Role): NavGroup[] {
  return GROUPS.map((group) => ({
    ...group,
    sections: group.sections.filter((s) => can(role, s.permission)),
  })).filter((group) => group.sections.length > 0);
}

/** Whether a group is one plain link (Home, My week) rather than a list to open. */
export const isSingleLink = (group: NavGroup) => group.key === "home" || group.key === "myWeek";
