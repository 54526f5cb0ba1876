"use client";
import { useTranslations } from "next-intl";

/** The recovery codes, shown once, right after they were made. */
export function RecoveryCodesList({ codes }: { codes: string[] }) {
  const t = useTranslations("twoFactor");
  return (
    <section aria-labelledby="recovery-codes-heading" className="space-y-2">
      <h3 id="recovery-codes-heading" className="font-semibold">
        {t("recoveryCodesHeading")}
      </h3>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("recoveryCodesIntro")}</p>
      <ul
        aria-label={t("recoveryCodesHeading")}
        className="grid grid-cols-2 gap-2 font-mono text-sm"
        data-testid="recovery-codes"
      >
        {codes.map((code) => (
          <li key={code} className="rounded bg-slate-100 px-2 py-1 dark:bg-slate-800">
            {code}
          </li>
        ))}
      </ul>
    </section>
  );
}
