"use client";
// The owner's funnel editor: one row per metric with its name, order and state, and a form
// to add a metric. Each control is its own small form posting to one action.
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { useFormStatus } from "react-dom";
import { FormMessage } from "@/components/ui/form-message";
import { Cell, DataTable, Row, RowHeader, TableHeadRow } from "@/components/ui/table";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { moveMetricAction, renameMetricAction, retireMetricAction } from "@/lib/entries/actions";
import type { MetricKind } from "@/lib/kpi/types";

export interface EditableMetric {
  key: string;
  /** The owner's own name, or "" for the standard one. */
  customLabel: string;
  /** What people see: the custom name or the translated standard one. */
  label: string;
  kind: MetricKind;
  /** The label of the stage it comes after or is an outcome of. */
  ofLabel: string | null;
  retired: boolean;
}

export function FunnelEditor({
  orgSlug,
  metrics,
  caption,
}: {
  orgSlug: string;
  metrics: EditableMetric[];
  caption: string;
}) {
  const t = useTranslations("funnel");
  const active = metrics.filter((m) => !m.retired);
  return (
    <DataTable caption={caption}>
      <TableHeadRow labels={[t("columns.name"), t("columns.kind"), t("columns.order"), t("columns.state")]} />
      <tbody>
        {metrics.map((metric) => {
          const index = active.indexOf(metric);
          return (
            <Row key={metric.key} className={metric.retired ? "bg-slate-50 dark:bg-slate-800/40" : undefined}>
              <RowHeader className="font-normal">
                <RenameForm orgSlug={orgSlug} metric={metric} />
              </RowHeader>
              <Cell>
                <span className="block font-medium">{t("kind", { kind: metric.kind })}</span>
                <span className="text-xs text-slate-600 dark:text-slate-400">
                  {metric.ofLabel
                    ? t(metric.kind === "outcome" ? "outcomeOf" : "stageAfter", { stage: metric.ofLabel })
                    : metric.kind === "stage"
                      ? t("newChannel")
                      : null}
                </span>
                <code className="mt-1 block text-xs text-slate-600 dark:text-slate-400">{metric.key}</code>
              </Cell>
              <Cell>
                {metric.retired ? null : (
                  <div className="flex gap-1">
                    <MoveButton orgSlug={orgSlug} metric={metric} direction="up" disabled={index <= 0} />
                    <MoveButton
                      orgSlug={orgSlug}
                      metric={metric}
                      direction="down"
                      disabled={index === active.length - 1}
                    />
                  </div>
                )}
              </Cell>
              <Cell>
                <span className="mr-2">{metric.retired ? t("retired") : t("active")}</span>
                {metric.retired ? (
                  <SetRetiredButton orgSlug={orgSlug} metric={metric} retired={false} />
                ) : (
                  <RetireControl orgSlug={orgSlug} metric={metric} />
                )}
              </Cell>
            </Row>
          );
        })}
      </tbody>
    </DataTable>
  );
}

// Both actions take the slug, the previous state and the form data.
type FormResult = ReturnType<typeof moveMetricAction>;
type BoundAction = (orgSlug: string, previous: FormState, formData: FormData) => FormResult;

/** The metric a control acts on. */
type OnMetric = { orgSlug: string; metric: EditableMetric };

/** Retiring takes the metric off everyone's weekly form: it asks once more before it does. */
function RetireControl({ orgSlug, metric }: OnMetric) {
  const t = useTranslations("funnel");
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        aria-label={t("retireLabel", { name: metric.label })}
        onClick={() => setAsking(true)}
        className={SMALL_BUTTON}
      >
        {t("retire")}
      </button>
    );
  }
  return (
    <div className="mt-2 space-y-2">
      <p className="text-sm">{t("retireConfirm", { name: metric.label })}</p>
      <div className="flex gap-2">
        <SetRetiredButton orgSlug={orgSlug} metric={metric} retired />
        <button type="button" onClick={() => setAsking(false)} className={SMALL_BUTTON}>
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}

function RenameForm({ orgSlug, metric }: OnMetric) {
  const t = useTranslations("funnel");
  const [state, dispatch] = useActionState(renameMetricAction.bind(null, orgSlug), INITIAL_FORM_STATE);
  // The field shows the name people see now. Sent back unchanged, a standard name stays
  // standard (translated for each reader) rather than frozen in the owner's language.
  const action = (formData: FormData) => {
    if (!metric.customLabel && String(formData.get("label") ?? "").trim() === metric.label)
      formData.set("label", "");
    dispatch(formData);
  };
  const inputId = `label-${metric.key}`;
  const error = state.ok ? undefined : state.fieldErrors?.label;
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="key" value={metric.key} />
      <div>
        <label htmlFor={inputId} className="sr-only">
          {t("label", { key: metric.key })}
        </label>
        <input
          id={inputId}
          name="label"
          defaultValue={state.values?.label || metric.customLabel || metric.label}
          aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ""}`}
          aria-invalid={error ? true : undefined}
          className="block w-56 rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900"
        />
        <p id={`${inputId}-hint`} className="sr-only">
          {t("labelHint")}
        </p>
        {error ? (
          <p id={`${inputId}-error`} className="text-xs text-red-700 dark:text-red-400">
            {error}
          </p>
        ) : null}
      </div>
      <Submit label={t("renameLabel", { key: metric.key })} text={t("rename")} />
      {state.ok ? (
        <span role="status" className="text-xs text-green-800 dark:text-green-300">
          {t("saved")}
        </span>
      ) : null}
    </form>
  );
}

/** One place up or down in the funnel. */
function MoveButton({
  orgSlug,
  metric,
  direction,
  disabled,
}: OnMetric & { direction: "up" | "down"; disabled: boolean }) {
  const t = useTranslations("funnel");
  return (
    <MetricButton
      orgSlug={orgSlug}
      action={moveMetricAction}
      fields={{ key: metric.key, direction }}
      label={direction === "up" ? t("moveUp", { name: metric.label }) : t("moveDown", { name: metric.label })}
      text={direction === "up" ? "↑" : "↓"}
      disabled={disabled}
    />
  );
}

/** Retires the metric (after the question) or restores a retired one. */
function SetRetiredButton({ orgSlug, metric, retired }: OnMetric & { retired: boolean }) {
  const t = useTranslations("funnel");
  return (
    <MetricButton
      orgSlug={orgSlug}
      action={retireMetricAction}
      fields={{ key: metric.key, retired: String(retired) }}
      label={
        retired ? t("retireYesLabel", { name: metric.label }) : t("restoreLabel", { name: metric.label })
      }
      text={retired ? t("retireYes") : t("restore")}
    />
  );
}

function MetricButton(props: {
  orgSlug: string;
  action: BoundAction;
  fields: Record<string, string>;
  label: string;
  text: string;
  disabled?: boolean;
}) {
  const [state, action] = useActionState(props.action.bind(null, props.orgSlug), INITIAL_FORM_STATE);
  return (
    <form action={action}>
      {Object.entries(props.fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Submit label={props.label} text={props.text} disabled={props.disabled} />
      {state.ok === false ? (
        <FormMessage
          state={{ ...state, message: Object.values(state.fieldErrors ?? {})[0] ?? state.message }}
        />
      ) : null}
    </form>
  );
}

const SMALL_BUTTON =
  "rounded-md border border-slate-300 px-2 py-1 text-sm font-semibold hover:bg-slate-50 disabled:opacity-40 dark:border-slate-700 dark:hover:bg-slate-800";

function Submit({ label, text, disabled }: { label: string; text: string; disabled?: boolean }) {
  const status = useFormStatus();
  return (
    <button type="submit" aria-label={label} disabled={disabled || status.pending} className={SMALL_BUTTON}>
      {text}
    </button>
  );
}
