"use client";
// Import a spreadsheet of weeks: pick a file (or paste cells), check it (a dry run that
// checks every row and shows the results and problems, at most 500 rows of a large file),
// then import it all at once.
import { useTranslations } from "next-intl";
import { type FormEvent, startTransition, useActionState, useState } from "react";
import { InlineCheckbox } from "@/components/ui/checkbox-field";
import { CsvField } from "@/components/ui/csv-field";
import { FormMessage, OutcomeNote } from "@/components/ui/form-message";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { importWeeksAction, previewImportAction } from "@/lib/entries/actions";
import type { ImportPlan } from "@/lib/entries/import-plan";
import { ImportPreview } from "./import-preview";

export function ImportForm({ orgSlug }: { orgSlug: string }) {
  const t = useTranslations("import");
  const [preview, previewAction, checking] = useActionState(
    previewImportAction.bind(null, orgSlug),
    INITIAL_FORM_STATE,
  );
  const [imported, importAction, importing] = useActionState(
    importWeeksAction.bind(null, orgSlug),
    INITIAL_FORM_STATE,
  );
  const [csv, setCsv] = useState("");
  const [checkedCsv, setCheckedCsv] = useState<string | null>(null);
  const [createMissing, setCreateMissing] = useState(false);
  const [confirmLarge, setConfirmLarge] = useState(false);
  const [lastIntent, setLastIntent] = useState<"preview" | "import">("preview");

  const plan = preview.ok ? (preview.data?.plan as ImportPlan | undefined) : undefined;
  const done =
    imported.ok && lastIntent === "import" ? (imported.data?.plan as ImportPlan | undefined) : undefined;
  // The import button only imports what was checked, unchanged since.
  const checked = plan !== undefined && checkedCsv === csv && !done;
  // Rows that would change something: a file that matches what is stored offers no import.
  const changes = plan ? plan.counts.create + plan.counts.update : 0;
  const importable = checked && plan.fileError === null && plan.counts.error === 0 && changes > 0;
  const latest = lastIntent === "import" ? imported : preview;
  const csvError = latest.ok ? undefined : latest.fieldErrors?.csv;

  // Dispatched by hand rather than through the form's action: React resets a form after its
  // action, which would blank the controlled text area while its state still holds the file.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(event.currentTarget);
    const intent = submitter?.value === "import" ? "import" : "preview";
    setCheckedCsv(csv);
    setLastIntent(intent);
    startTransition(() => (intent === "import" ? importAction(data) : previewAction(data)));
  }

  return (
    <div className="space-y-6">
      <form
        aria-label={t("importHeading")}
        noValidate
        onSubmit={submit}
        className="space-y-4 rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900"
      >
        {done ? <OutcomeNote ok>{t("imported", done.counts)}</OutcomeNote> : null}
        <FormMessage state={imported.ok || lastIntent !== "import" ? {} : imported} />
        <CsvField
          fileLabel={t("file")}
          fileHint={t("fileHint")}
          label={t("csv")}
          value={csv}
          onChange={setCsv}
          error={csvError}
        />
        <InlineCheckbox
          name="createMissingMembers"
          label={t("createMissing")}
          checked={createMissing}
          onChange={setCreateMissing}
        />
        {plan?.needsConfirmation || confirmLarge ? (
          <InlineCheckbox
            name="confirmedLargeValues"
            label={t("confirmLarge")}
            checked={confirmLarge}
            onChange={setConfirmLarge}
          />
        ) : null}
        <div className="flex flex-wrap gap-3">
          <ActionButton
            intent="preview"
            text={checking ? t("checking") : t("check")}
            busy={checking || importing}
            primary={!importable}
          />
          {importable ? (
            <ActionButton
              intent="import"
              text={importing ? t("importing") : t("import", { count: changes })}
              busy={checking || importing}
              primary
            />
          ) : null}
        </div>
      </form>
      {plan && !done ? <ImportPreview plan={plan} /> : null}
    </div>
  );
}

function ActionButton(props: {
  intent: "preview" | "import";
  text: string;
  busy: boolean;
  primary: boolean;
}) {
  return (
    <button
      type="submit"
      name="intent"
      value={props.intent}
      disabled={props.busy}
      className={
        props.primary
          ? "rounded-md bg-indigo-600 px-4 py-2 font-semibold text-white shadow-sm hover:bg-indigo-700 disabled:opacity-60"
          : "rounded-md border border-slate-300 px-4 py-2 font-semibold hover:bg-slate-50 disabled:opacity-60 dark:border-slate-700 dark:hover:bg-slate-800"
      }
    >
      {props.text}
    </button>
  );
}
