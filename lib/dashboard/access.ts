// Who sees which rep: everyone sees the team's totals (kpis.read.team); the rows and pages of
// other reps need entries.read.any (managers and owners). A rep sees their own.
import type { Role } from "@/lib/domain";
import { can } from "@/lib/permissions";

interface Viewer {
  role: Role;
  member: { id: string } | null;
}

/** null = every rep; otherwise the only member ids this viewer may see one by one. */
export function visibleMemberIds(viewer: Viewer): Set<string> | null {
  if (can(viewer.role, "entries.read.any")) return null;
  return new Set(viewer.member ? [viewer.member.id] : []);
}

export function canSeeRep(viewer: Viewer, memberId: string): boolean {
  const visible = visibleMemberIds(viewer);
  return visible === null || visible.has(memberId);
}
