"use client";
import { useTranslations } from "next-intl";
import { SubSection } from "@/components/ui/sub-section";

/** The recovery codes, shown once, right after they were made. */
export function RecoveryCodesList({ codes }: { codes: string[] }) {
  const t = useTranslations("twoFactor");
  return (
    <SubSection
      headingId="recovery-codes-heading"
      title={t("recoveryCodesHeading")}
      intro={t("recoveryCodesIntro")}
    >
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
    </SubSection>
  );
}
