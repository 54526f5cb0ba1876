import { useTranslations } from "next-intl";
import { Cell, DataTable, Row, RowHeader, TableHeadRow } from "@/components/ui/table";
import { useFormatter } from "@/lib/i18n/formatter";
import {
  type AuditSubject,
  type AuditValue,
  actionMessageKey,
  auditFieldKey,
  type ChangeLine,
} from "@/lib/teams/audit-view";
import { dateForDisplay } from "@/lib/weeks/calendar";

export interface AuditRowView {
  id: string;
  createdAt: Date;
  action: string;
  actorName: string | null;
  actorEmail: string | null;
  apiKeyName: string | null;
  changes: ChangeLine[];
  /** Whose week / which week, when the event says (see auditSubject). */
  subject: AuditSubject;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The organization's audit events, newest first, each change on its own line. */
export function AuditTable({
  orgName,
  events,
  memberNames,
  metricLabels,
}: {
  orgName: string;
  events: AuditRowView[];
  /** Member id -> name, to say whose week an event was about. */
  memberNames: Record<string, string>;
  /** Metric key -> the name people see, for a week's changed values. */
  metricLabels: Record<string, string>;
}) {
  const t = useTranslations("audit");
  const tAll = useTranslations();
  const format = useFormatter();
  const actionLabel = (action: string) => {
    const key = `actions.${actionMessageKey(action)}`;
    return t.has(key) ? t(key) : action;
  };
  const fieldLabel = (action: string, field: string) => {
    const label = auditFieldKey(action, field);
    if ("metric" in label) return metricLabels[label.metric] ?? label.metric;
    const key = `fields.${label.key}`;
    return !field.includes(".") && t.has(key) ? t(key) : field;
  };
  const subjectText = ({ memberId, week, team }: AuditSubject) => {
    const who = team ? t("team") : memberId ? (memberNames[memberId] ?? t("formerMember")) : null;
    if (!who) return null;
    if (!week) return who;
    const when = week.includes("W") ? week : format.dateTime(dateForDisplay(week), { dateStyle: "medium" });
    return t(week.includes("W") ? "subjectWeek" : "subjectFrom", { who, week: when });
  };
  const value = (action: string, field: string, v: AuditValue | undefined) => {
    if (v === undefined || v === null || v === "") return t("empty");
    if (action.startsWith("metric.") && field === "kind") return tAll("funnel.kind", { kind: String(v) });
    if (typeof v === "boolean") return v ? t("yes") : t("no");
    if (typeof v === "number") return format.number(v);
    if (field === "role" && tAll.has(`roles.${v}`)) return tAll(`roles.${v}`);
    if (field === "status" && tAll.has(`memberStatus.${v}`)) return tAll(`memberStatus.${v}`);
    if (ISO_DATE.test(v) && !Number.isNaN(Date.parse(v))) {
      return format.dateTime(dateForDisplay(v), { dateStyle: "medium" });
    }
    if (ISO_INSTANT.test(v) && !Number.isNaN(Date.parse(v))) {
      return format.dateTime(new Date(v), { dateStyle: "medium", timeStyle: "short" });
    }
    return v;
  };
  return (
    <DataTable caption={t("caption", { org: orgName })}>
      <TableHeadRow labels={[t("when"), t("who"), t("what"), t("changes")]} />
      <tbody>
        {events.map((event) => (
          <Row key={event.id}>
            <Cell className="whitespace-nowrap">
              {format.dateTime(event.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
            </Cell>
            <Cell>
              {event.actorName ?? (event.apiKeyName ? t("apiKey", { name: event.apiKeyName }) : t("system"))}
              {event.actorEmail ? (
                <span className="block text-xs text-slate-600 dark:text-slate-400">{event.actorEmail}</span>
              ) : null}
            </Cell>
            <RowHeader>
              {actionLabel(event.action)}
              {subjectText(event.subject) ? (
                <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">
                  {subjectText(event.subject)}
                </span>
              ) : null}
            </RowHeader>
            <Cell>
              {event.changes.length === 0 ? (
                t("empty")
              ) : (
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                  {event.changes.map((line) => (
                    <div key={line.field} className="contents">
                      <dt className="text-slate-600 dark:text-slate-400">
                        {fieldLabel(event.action, line.field)}
                      </dt>
                      <dd>
                        {"before" in line && "after" in line
                          ? t("changed", {
                              before: value(event.action, line.field, line.before),
                              after: value(event.action, line.field, line.after),
                            })
                          : value(event.action, line.field, "after" in line ? line.after : line.before)}
                      </dd>
                    </div>
                  ))}
                </dl>
              )}
            </Cell>
          </Row>
        ))}
      </tbody>
    </DataTable>
  );
}
