"use client";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/text-field";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";

/** The account's new password, with the policy's hint: changing it and resetting it ask alike. */
export function NewPasswordField({ error }: { error?: string }) {
  const t = useTranslations("account");
  return (
    <TextField
      name="newPassword"
      type="password"
      label={t("newPassword")}
      hint={t("passwordHint", { min: MIN_PASSWORD_LENGTH })}
      autoComplete="new-password"
      required
      error={error}
    />
  );
}
