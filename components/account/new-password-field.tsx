"use client";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/text-field";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";

/**
 * A password being chosen, with the policy's hint: changing and resetting it, signing up and
 * accepting an invitation ask alike. The account forms' field is `newPassword`, "New password".
 */
export function NewPasswordField({
  name = "newPassword",
  label,
  error,
}: {
  name?: string;
  label?: string;
  error?: string;
}) {
  const t = useTranslations("account");
  return (
    <TextField
      name={name}
      type="password"
      label={label ?? t("newPassword")}
      hint={t("passwordHint", { min: MIN_PASSWORD_LENGTH })}
      autoComplete="new-password"
      required
      error={error}
    />
  );
}
