import { useFormatter, useTranslations } from "next-intl";
import { Cell, ColumnHeader, DataTable, Row, RowHeader, TableHead } from "@/components/ui/table";
import { type AuditValue, actionMessageKey, type ChangeLine } from "@/lib/teams/audit-view";
import { dateForDisplay } from "@/lib/weeks/calendar";

export interface AuditRowView {
  id: string;
  createdAt: Date;
  action: string;
  actorName: string | null;
  actorEmail: string | null;
  apiKeyName: string | null;
  changes: ChangeLine[];
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The organization's audit events, newest first, each change on its own line. */
export function AuditTable({ orgName, events }: { orgName: string; events: AuditRowView[] }) {
  const t = useTranslations("audit");
  const tAll = useTranslations();
  const format = useFormatter();
  const actionLabel = (action: string) => {
    const key = `actions.${actionMessageKey(action)}`;
    return t.has(key) ? t(key) : action;
  };
  const fieldLabel = (field: string) => {
    const key = `fields.${field}`;
    return !field.includes(".") && t.has(key) ? t(key) : field;
  };
  const value = (field: string, v: AuditValue | undefined) => {
    if (v === undefined || v === null || v === "") return t("empty");
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
      <TableHead>
        <tr>
          <ColumnHeader>{t("when")}</ColumnHeader>
          <ColumnHeader>{t("who")}</ColumnHeader>
          <ColumnHeader>{t("what")}</ColumnHeader>
          <ColumnHeader>{t("changes")}</ColumnHeader>
        </tr>
      </TableHead>
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
            <RowHeader>{actionLabel(event.action)}</RowHeader>
            <Cell>
              {event.changes.length === 0 ? (
                t("empty")
              ) : (
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                  {event.changes.map((line) => (
                    <div key={line.field} className="contents">
                      <dt className="text-slate-600 dark:text-slate-400">{fieldLabel(line.field)}</dt>
                      <dd>
                        {"before" in line && "after" in line
                          ? t("changed", {
                              before: value(line.field, line.before),
                              after: value(line.field, line.after),
                            })
                          : value(line.field, "after" in line ? line.after : line.before)}
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
