"use client";
// Import a dialer's call log with the saved mapping: the rows that can count are counted
// (each call once, however often the file is imported); the others are listed by line.
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { CsvField } from "@/components/ui/csv-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { importCallLogAction } from "@/lib/activity/actions";
import type { CallLogImport } from "@/lib/activity/call-log";

export function CallLogImportForm({ orgSlug }: { orgSlug: string }) {
  const t = useTranslations("callLog");
  const tErrors = useTranslations("errors");
  const [state, action] = useActionState(importCallLogAction.bind(null, orgSlug), INITIAL_FORM_STATE);
  const [csv, setCsv] = useState("");
  const result = state.ok ? (state.data?.result as CallLogImport | undefined) : undefined;
  const error = state.ok ? undefined : state.fieldErrors?.csv;

  return (
    <div className="space-y-4">
      <form action={action} aria-label={t("importHeading")} className="space-y-4">
        <FormMessage state={state.ok ? {} : state} />
        <CsvField
          fileLabel={t("file")}
          label={t("csv")}
          value={csv}
          onChange={setCsv}
          error={error}
          rows={6}
        />
        <SubmitButton pendingLabel={t("importing")}>{t("import")}</SubmitButton>
      </form>
      {result ? (
        <div role="status" className="space-y-2 rounded-md bg-slate-50 p-3 text-sm dark:bg-slate-800/60">
          <p>{t("result", { rows: result.rows, added: result.callsAdded, duplicates: result.duplicates })}</p>
          {result.problems.length > 0 ? (
            <>
              <p className="font-medium">{t("problems", { count: result.problems.length })}</p>
              <ul className="list-inside list-disc">
                {result.problems.map((p) => (
                  <li key={`${p.line}-${p.field}`}>
                    {t("problem", {
                      line: p.line,
                      message: tErrors(p.message.key as never, p.message.values as never),
                    })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
