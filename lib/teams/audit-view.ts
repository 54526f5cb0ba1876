// Turns an audit event's before/after snapshots into lines a person can read: one line
// per field that changed (nested objects such as a week's values flattened to
// "values.calls"), with the value before and after. Pure, so it is tested as a table.
import { isUuid } from "@/lib/ids";

export type AuditValue = string | number | boolean | null;

export interface ChangeLine {
  field: string;
  before?: AuditValue;
  after?: AuditValue;
}

function flatten(value: unknown, prefix: string, out: Map<string, AuditValue>) {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, nested] of Object.entries(value))
      flatten(nested, prefix ? `${prefix}.${key}` : key, out);
    return;
  }
  if (!prefix) return;
  if (value === null || ["string", "number", "boolean"].includes(typeof value)) {
    out.set(prefix, value as AuditValue);
  } else if (value !== undefined) {
    out.set(prefix, JSON.stringify(value));
  }
}

function fields(snapshot: unknown): Map<string, AuditValue> {
  const out = new Map<string, AuditValue>();
  flatten(snapshot, "", out);
  return out;
}

/** The fields that differ, in the order they first appear (before's order, then after's). */
export function changeLines(before: unknown, after: unknown): ChangeLine[] {
  const was = fields(before);
  const is = fields(after);
  const names = [...new Set([...was.keys(), ...is.keys()])];
  const lines: ChangeLine[] = [];
  for (const field of names) {
    const hadIt = was.has(field);
    const hasIt = is.has(field);
    if (hadIt && hasIt && was.get(field) === is.get(field)) continue;
    lines.push({
      field,
      ...(hadIt ? { before: was.get(field) } : {}),
      ...(hasIt ? { after: is.get(field) } : {}),
    });
  }
  return lines;
}

/** Audit action names use dots ("member.invited"); catalogue keys cannot. */
export const actionMessageKey = (action: string) => action.replace(/\./g, "_");

export const AUDIT_PAGE_SIZE = 25;

export interface AuditQuery {
  action?: string;
  actor?: string;
  from?: string;
  to?: string;
  page: number;
}

const one = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The audit page's filters from its query string; anything malformed is ignored, not an error. */
export function parseAuditQuery(params: Record<string, string | string[] | undefined>): AuditQuery {
  const action = one(params.action);
  const actor = one(params.actor);
  const from = one(params.from);
  const to = one(params.to);
  const page = Number(one(params.page));
  return {
    action: action && /^[A-Za-z][A-Za-z0-9_.]{0,79}$/.test(action) ? action : undefined,
    actor: actor && isUuid(actor) ? actor : undefined,
    from: from && DATE.test(from) && !Number.isNaN(Date.parse(from)) ? from : undefined,
    to: to && DATE.test(to) && !Number.isNaN(Date.parse(to)) ? to : undefined,
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

/** The query string of the same filters on another page. */
export function auditQueryString(query: AuditQuery, page: number): string {
  const params = new URLSearchParams();
  for (const key of ["action", "actor", "from", "to"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** What an event was about, as far as its subject id tells: whose week, which week. */
export interface AuditSubject {
  memberId?: string;
  /** An ISO week ("2026-W46") or the Monday it starts on ("2026-11-09"). */
  week?: string;
  team?: true;
}

/**
 * Reads the subject ids the data layer writes: "member/2026-W46" (a weekly entry),
 * "member:2026-11-09" (lagging results), "member|team/2026-11-09" (a goal), a member id.
 */
export function auditSubject(subjectType: string, subjectId: string | null): AuditSubject {
  if (!subjectId) return {};
  if (subjectType === "member") return isUuid(subjectId) ? { memberId: subjectId } : {};
  const split = /^([^/:]+)[/:](\d{4}-(?:W\d{2}|\d{2}-\d{2}))$/.exec(subjectId);
  if (!split) return {};
  const [, who, week] = split as unknown as [string, string, string];
  if (who === "team") return { team: true, week };
  return isUuid(who) ? { memberId: who, week } : {};
}

/**
 * The catalogue key of a changed field's label. A week's values are metrics ("values.calls":
 * the metric's own name, looked up by the caller); "kind" is a pay basis for a rep's cost but a
 * kind of metric for the funnel.
 */
export function auditFieldKey(action: string, field: string): { metric: string } | { key: string } {
  if (field.startsWith("values.")) return { metric: field.slice("values.".length) };
  if (action.startsWith("metric.") && field === "kind") return { key: "metricKind" };
  return { key: field };
}
