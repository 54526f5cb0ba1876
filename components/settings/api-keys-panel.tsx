"use client";
import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { EmptyNote } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/form-message";
import { RowAction } from "@/components/ui/row-action";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { Cell, ColumnHeader, DataTable, Row, RowHeader, TableHead } from "@/components/ui/table";
import { TextField } from "@/components/ui/text-field";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { useFormatter } from "@/lib/i18n/formatter";
import { createApiKeyAction, revokeApiKeyAction } from "@/lib/settings/actions";

export interface ApiKeyRow {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  role: "owner" | "manager";
}

export function ApiKeysPanel({ orgSlug, keys, now }: { orgSlug: string; keys: ApiKeyRow[]; now: Date }) {
  const t = useTranslations("settings");
  const tRole = useTranslations("apiKeyRoles");
  const format = useFormatter();
  const [created, create] = useActionState(createApiKeyAction.bind(null, orgSlug), INITIAL_FORM_STATE);
  const [revoked, revoke] = useActionState(revokeApiKeyAction.bind(null, orgSlug), INITIAL_FORM_STATE);
  const newKeyId = useId();
  const date = (d: Date | null, empty: string) => (d ? format.dateTime(d, { dateStyle: "medium" }) : empty);
  const status = (k: ApiKeyRow) =>
    k.revokedAt
      ? t("statusRevoked")
      : k.expiresAt && k.expiresAt <= now
        ? t("statusExpired")
        : t("statusActive");
  const newKey = created.ok && typeof created.data?.key === "string" ? created.data : undefined;
  return (
    <div className="space-y-6">
      <form action={create} className="grid gap-4 sm:grid-cols-4 sm:items-end" aria-label={t("create")}>
        <div className="sm:col-span-4">
          <FormMessage state={created.ok ? {} : created} />
        </div>
        <TextField
          name="name"
          label={t("keyName")}
          hint={t("keyNameHint")}
          defaultValue={created.ok ? "" : created.values?.name}
          error={created.fieldErrors?.name}
          required
        />
        <TextField
          name="expiresOn"
          type="date"
          label={t("expiresOn")}
          defaultValue={created.ok ? "" : created.values?.expiresOn}
          error={created.fieldErrors?.expiresOn}
        />
        <SelectField
          name="role"
          label={tRole("label")}
          hint={tRole("hint")}
          defaultValue={created.ok ? "manager" : (created.values?.role ?? "manager")}
          error={created.fieldErrors?.role}
          options={(["manager", "owner"] as const).map((role) => ({ value: role, label: tRole(role) }))}
        />
        <div className="pb-1">
          <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
        </div>
      </form>

      {newKey ? (
        <section
          aria-labelledby={`${newKeyId}-title`}
          className="rounded-lg border border-amber-400 bg-amber-50 p-4 dark:border-amber-600 dark:bg-amber-950"
        >
          <h3 id={`${newKeyId}-title`} className="font-semibold">
            {t("newKeyTitle", { name: String(newKey.name) })}
          </h3>
          <p className="text-sm">{t("newKeyWarning")}</p>
          <label htmlFor={newKeyId} className="mt-2 block text-sm font-medium">
            {t("newKeyLabel")}
          </label>
          <input
            id={newKeyId}
            readOnly
            value={String(newKey.key)}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm dark:border-slate-700 dark:bg-slate-900"
          />
        </section>
      ) : null}

      <FormMessage state={revoked} />
      {keys.length === 0 ? (
        <EmptyNote>{t("noKeys")}</EmptyNote>
      ) : (
        <DataTable caption={t("keysCaption")}>
          <TableHead>
            <tr>
              <ColumnHeader>{t("columnName")}</ColumnHeader>
              <ColumnHeader>{t("columnPrefix")}</ColumnHeader>
              <ColumnHeader>{tRole("column")}</ColumnHeader>
              <ColumnHeader>{t("columnCreated")}</ColumnHeader>
              <ColumnHeader>{t("columnLastUsed")}</ColumnHeader>
              <ColumnHeader>{t("columnExpires")}</ColumnHeader>
              <ColumnHeader>{t("columnStatus")}</ColumnHeader>
              <Cell />
            </tr>
          </TableHead>
          <tbody>
            {keys.map((key) => (
              <Row key={key.id}>
                <RowHeader>{key.name}</RowHeader>
                <Cell className="font-mono">{`fm_${key.prefix}_…`}</Cell>
                <Cell>{tRole(key.role)}</Cell>
                <Cell>{date(key.createdAt, "")}</Cell>
                <Cell>{date(key.lastUsedAt, t("never"))}</Cell>
                <Cell>{date(key.expiresAt, t("noExpiry"))}</Cell>
                <Cell>{status(key)}</Cell>
                <Cell align="end">
                  {key.revokedAt ? null : (
                    <RowAction
                      action={revoke}
                      fields={{ apiKeyId: key.id }}
                      label={t("revokeLabel", { name: key.name })}
                      variant="danger"
                    >
                      {t("revoke")}
                    </RowAction>
                  )}
                </Cell>
              </Row>
            ))}
          </tbody>
        </DataTable>
      )}
    </div>
  );
}
