"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import { FormMessage, OutcomeNote } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { confirmTwoFactor, startTwoFactorEnrolment } from "@/lib/auth/two-factor/actions";
import { CodeField } from "./code-field";
import { RecoveryCodesList } from "./recovery-codes-list";

/** Enrolment: a new secret (QR code and key), the first code, then the recovery codes once. */
export function EnrolPanel({ continueTo }: { continueTo: string }) {
  const t = useTranslations("twoFactor");
  const [started, start] = useActionState(startTwoFactorEnrolment, INITIAL_FORM_STATE);
  const [confirmed, confirm] = useActionState(confirmTwoFactor, INITIAL_FORM_STATE);
  const secret = typeof started.data?.secret === "string" ? started.data.secret : null;
  const qrSvg = typeof started.data?.qrSvg === "string" ? started.data.qrSvg : null;
  const codes = Array.isArray(confirmed.data?.recoveryCodes)
    ? (confirmed.data.recoveryCodes as string[])
    : null;

  if (codes) {
    return (
      <div className="space-y-4">
        <OutcomeNote ok>{t("enabled")}</OutcomeNote>
        <RecoveryCodesList codes={codes} />
        <Link href={continueTo} className={buttonClass()}>
          {t("savedCodesContinue")}
        </Link>
      </div>
    );
  }
  if (!secret || !qrSvg) {
    return (
      <form action={start} className="space-y-4" aria-label={t("setUp")}>
        <FormMessage state={started} />
        <SubmitButton pendingLabel={t("preparing")}>{t("setUp")}</SubmitButton>
      </form>
    );
  }
  return (
    <div className="space-y-4">
      <ol className="list-decimal space-y-2 pl-5 text-sm">
        <li>{t("scanStep")}</li>
        <li>{t("confirmStep")}</li>
      </ol>
      <div className="flex flex-wrap items-start gap-6">
        <div
          role="img"
          aria-label={t("qrLabel")}
          className="size-48 rounded bg-white p-1"
          // The SVG is the qrcode library's output for our own otpauth:// URI.
          // biome-ignore lint/security/noDangerouslySetInnerHtml: generated on the server from our own data
          dangerouslySetInnerHTML={{ __html: qrSvg }}
        />
        <div className="space-y-1">
          <p className="text-sm font-medium">{t("keyLabel")}</p>
          <code
            data-testid="secret-key"
            className="block break-all rounded bg-slate-100 px-2 py-1 font-mono text-sm dark:bg-slate-800"
          >
            {secret.match(/.{1,4}/g)?.join(" ")}
          </code>
        </div>
      </div>
      <form action={confirm} className="space-y-4" noValidate aria-label={t("confirmStep")}>
        <FormMessage state={confirmed} />
        <CodeField label={t("codeLabel")} error={confirmed.fieldErrors?.code} />
        <SubmitButton pendingLabel={t("verifying")}>{t("turnOn")}</SubmitButton>
      </form>
    </div>
  );
}
