"use client";
// The dry run's answer: a summary, the reps that would be created, and each row's result
// with its problems next to it, in the user's language. Every row is checked; a large file
// shows at most 500 of them (SHOWN_ROWS), those with problems first, and says so.
import { useTranslations } from "next-intl";
import { OutcomeNote } from "@/components/ui/form-message";
import { Section } from "@/components/ui/section";
import { Cell, ColumnHeader, DataTable, Row, RowHeader, TableHead } from "@/components/ui/table";
import type { ImportPlan } from "@/lib/entries/import-plan";

const ACTION_STYLE = {
  create: "bg-green-100 text-green-900 dark:bg-green-900/40 dark:text-green-100",
  update: "bg-indigo-100 text-indigo-900 dark:bg-indigo-900/40 dark:text-indigo-100",
  unchanged: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100",
  error: "bg-red-100 text-red-900 dark:bg-red-900/40 dark:text-red-100",
} as const;

export function ImportPreview({ plan }: { plan: ImportPlan }) {
  const t = useTranslations("import");
  const tErrors = useTranslations("errors");
  if (plan.fileError) {
    return (
      <Section headingId="preview-heading" title={t("previewHeading")} className="space-y-2">
        <OutcomeNote ok={false}>
          {t("fileError", { message: tErrors(plan.fileError.key, plan.fileError.values) })}
        </OutcomeNote>
      </Section>
    );
  }
  return (
    <Section headingId="preview-heading" title={t("previewHeading")}>
      <p role="status">{t("summary", plan.counts)}</p>
      {plan.newMembers.length > 0 ? (
        <p>
          {t("newMembers", {
            count: plan.newMemberCount,
            emails: plan.newMembers.map((m) => m.email).join(", "),
            more: plan.newMemberCount - plan.newMembers.length,
          })}
        </p>
      ) : null}
      {plan.counts.error > 0 ? (
        <p className="font-medium text-red-800 dark:text-red-300">{t("fixFirst")}</p>
      ) : plan.counts.create + plan.counts.update === 0 ? (
        <p className="font-medium">{t("nothingToChange")}</p>
      ) : null}
      {plan.rows.length < plan.totalRows ? (
        <p>
          {t("shownRows", {
            shown: plan.rows.length,
            total: plan.totalRows,
            problems: plan.counts.error > 0 ? "some" : "none",
          })}
        </p>
      ) : null}
      <DataTable caption={t("caption")}>
        <TableHead>
          <tr>
            {(["line", "email", "week", "action", "problems"] as const).map((column) => (
              <ColumnHeader key={column}>{t(`columns.${column}`)}</ColumnHeader>
            ))}
          </tr>
        </TableHead>
        <tbody>
          {plan.rows.map((row) => (
            <Row key={row.line}>
              <RowHeader className="tabular-nums">{row.line}</RowHeader>
              <Cell>
                {row.email}
                {row.newMember && row.action !== "error" ? (
                  <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900 dark:bg-amber-900/40 dark:text-amber-100">
                    {t("newMember")}
                  </span>
                ) : null}
              </Cell>
              <Cell>{row.week}</Cell>
              <Cell>
                <span className={`rounded px-2 py-0.5 text-xs font-semibold ${ACTION_STYLE[row.action]}`}>
                  {t(`action.${row.action}`)}
                </span>
              </Cell>
              <Cell>
                {row.errors.length > 0 ? (
                  <ul className="space-y-1 text-red-800 dark:text-red-300">
                    {row.errors.map((e) => (
                      <li key={`${e.column}:${e.error.key}`}>
                        {t("problem", {
                          column: plan.headers[e.column] ?? e.column,
                          message: tErrors(e.error.key, e.error.values),
                        })}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </Cell>
            </Row>
          ))}
        </tbody>
      </DataTable>
    </Section>
  );
}
