"use client";
import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { FULL_WIDTH_SECTION_INTRO } from "@/components/ui/intro-styles";
import { RowAction } from "@/components/ui/row-action";
import { Section } from "@/components/ui/section";
import { SubmitButton } from "@/components/ui/submit-button";
import { Cell, ListTable, Row, RowHeader } from "@/components/ui/table";
import { TextField } from "@/components/ui/text-field";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { WEBHOOK_EVENT_TYPES } from "@/lib/domain";
import { useFormatter } from "@/lib/i18n/formatter";
import {
  createWebhook,
  deleteWebhook,
  disableWebhook,
  enableWebhook,
  resendWebhook,
} from "@/lib/webhooks/actions";
import { attemptLine, eventTypeKey } from "@/lib/webhooks/view";

export interface EndpointRow {
  id: string;
  url: string;
  eventTypes: string[];
  createdAt: Date;
  disabledAt: Date | null;
}

export interface DeliveryRow {
  id: string;
  url: string;
  eventType: string;
  status: "pending" | "delivered" | "failed";
  createdAt: Date;
  attempts: { statusCode: number | null; durationMs: number; error: string | null; at: Date }[];
}

export function WebhooksPanel({
  orgSlug,
  endpoints,
  deliveries,
}: {
  orgSlug: string;
  endpoints: EndpointRow[];
  deliveries: DeliveryRow[];
}) {
  const t = useTranslations("webhooks");
  const format = useFormatter();
  const [created, create] = useActionState(createWebhook.bind(null, orgSlug), INITIAL_FORM_STATE);
  const [disabled, disable] = useActionState(disableWebhook.bind(null, orgSlug), INITIAL_FORM_STATE);
  const [enabled, enable] = useActionState(enableWebhook.bind(null, orgSlug), INITIAL_FORM_STATE);
  const [deleted, remove] = useActionState(deleteWebhook.bind(null, orgSlug), INITIAL_FORM_STATE);
  const [resent, resend] = useActionState(resendWebhook.bind(null, orgSlug), INITIAL_FORM_STATE);
  const secretId = useId();
  const eventsErrorId = useId();
  const eventName = (type: string) => t(`eventTypes.${eventTypeKey(type)}`);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "medium" });
  const fresh = created.ok && typeof created.data?.secret === "string" ? created.data : undefined;
  const eventsError = created.ok ? undefined : created.fieldErrors?.events;

  return (
    <div className="space-y-10">
      <Section headingId="webhook-create-heading" title={t("createHeading")}>
        <form action={create} className="space-y-4" aria-label={t("createHeading")}>
          <FormMessage state={created.ok ? {} : created} />
          <TextField
            name="url"
            type="url"
            label={t("url")}
            hint={t("urlHint")}
            defaultValue={created.ok ? "" : created.values?.url}
            error={created.fieldErrors?.url}
            required
          />
          <fieldset
            className="space-y-2"
            aria-invalid={eventsError ? true : undefined}
            aria-describedby={eventsError ? eventsErrorId : undefined}
          >
            <legend className="font-medium">{t("events")}</legend>
            {WEBHOOK_EVENT_TYPES.map((type) => (
              <label key={type} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name={type}
                  className="size-4"
                  defaultChecked={!created.ok && created.values?.[type] === "on"}
                />
                <span>
                  {eventName(type)} <code className="text-xs text-slate-600 dark:text-slate-400">{type}</code>
                </span>
              </label>
            ))}
            {eventsError ? (
              <p id={eventsErrorId} className="text-sm font-medium text-red-700 dark:text-red-400">
                {eventsError}
              </p>
            ) : null}
          </fieldset>
          <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
        </form>

        {fresh ? (
          <section
            aria-labelledby={`${secretId}-title`}
            className="rounded-lg border border-amber-400 bg-amber-50 p-4 dark:border-amber-600 dark:bg-amber-950"
          >
            <h3 id={`${secretId}-title`} className="font-semibold">
              {t("secretTitle", { url: String(fresh.url) })}
            </h3>
            <p className="text-sm">{t("secretWarning")}</p>
            <label htmlFor={secretId} className="mt-2 block text-sm font-medium">
              {t("secretLabel")}
            </label>
            <input
              id={secretId}
              readOnly
              value={String(fresh.secret)}
              onFocus={(e) => e.currentTarget.select()}
              className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm dark:border-slate-700 dark:bg-slate-900"
            />
          </section>
        ) : null}
      </Section>

      <Section headingId="webhook-endpoints-heading" title={t("endpointsHeading")}>
        <FormMessage state={disabled} />
        <FormMessage state={enabled} />
        <FormMessage state={deleted} />
        <ListTable
          items={endpoints}
          empty={t("noEndpoints")}
          caption={t("endpointsCaption")}
          columns={[
            t("columnUrl"),
            t("columnEvents"),
            t("columnCreated"),
            t("columnStatus"),
            t("columnActions"),
          ]}
        >
          {(e) => (
            <Row key={e.id}>
              <RowHeader>
                <span className="break-all font-mono text-xs">{e.url}</span>
              </RowHeader>
              <Cell>
                <span className="font-mono text-xs">{e.eventTypes.join(", ")}</span>
              </Cell>
              <Cell>{format.dateTime(e.createdAt, { dateStyle: "medium" })}</Cell>
              <Cell>{e.disabledAt ? t("statusDisabled") : t("statusEnabled")}</Cell>
              <Cell>
                <div className="flex flex-wrap gap-2">
                  <RowAction
                    action={e.disabledAt ? enable : disable}
                    fields={{ endpointId: e.id }}
                    label={
                      e.disabledAt ? t("enableLabel", { url: e.url }) : t("disableLabel", { url: e.url })
                    }
                  >
                    {e.disabledAt ? t("enable") : t("disable")}
                  </RowAction>
                  <RowAction
                    action={remove}
                    fields={{ endpointId: e.id }}
                    label={t("deleteLabel", { url: e.url })}
                    variant="danger"
                  >
                    {t("delete")}
                  </RowAction>
                </div>
              </Cell>
            </Row>
          )}
        </ListTable>
      </Section>

      <Section
        headingId="webhook-log-heading"
        title={t("logHeading")}
        intro={t("logIntro")}
        introClassName={FULL_WIDTH_SECTION_INTRO}
      >
        <FormMessage state={resent} />
        <ListTable
          items={deliveries}
          empty={t("noDeliveries")}
          caption={t("logCaption")}
          columns={[
            t("columnTime"),
            t("columnEvent"),
            t("columnUrl"),
            t("columnStatus"),
            t("columnAttempts"),
            t("columnActions"),
          ]}
        >
          {(d) => (
            <Row key={d.id}>
              <RowHeader>{when(d.createdAt)}</RowHeader>
              <Cell>
                <span className="font-mono text-xs">{d.eventType}</span>
              </Cell>
              <Cell>
                <span className="break-all font-mono text-xs">{d.url}</span>
              </Cell>
              <Cell>{t(`deliveryStatus.${d.status}`)}</Cell>
              <Cell>
                {d.attempts.length === 0 ? (
                  t("noAttempts")
                ) : (
                  <ol className="space-y-1 text-xs">
                    {d.attempts.map((a) => {
                      const line = attemptLine(a);
                      return <li key={a.at.toISOString()}>{t(line.key, line.values)}</li>;
                    })}
                  </ol>
                )}
              </Cell>
              <Cell>
                {d.status === "failed" ? (
                  <RowAction
                    action={resend}
                    fields={{ deliveryId: d.id }}
                    label={t("resendLabel", { event: d.eventType, time: when(d.createdAt) })}
                  >
                    {t("resend")}
                  </RowAction>
                ) : null}
              </Cell>
            </Row>
          )}
        </ListTable>
      </Section>
    </div>
  );
}
