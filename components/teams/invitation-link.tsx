"use client";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { OutcomeNote } from "@/components/ui/form-message";

/** What the inviter learns after inviting: emailed, or the link to pass on themselves. */
export function InvitationSentNotice({ data }: { data: Record<string, unknown> }) {
  const t = useTranslations("members");
  const id = useId();
  const [copied, setCopied] = useState(false);
  const email = String(data.email ?? "");
  const link = typeof data.link === "string" ? data.link : null;
  if (!link) {
    return <OutcomeNote ok>{t("invitationEmailed", { email })}</OutcomeNote>;
  }
  return (
    <section
      role="status"
      aria-labelledby={`${id}-title`}
      className="rounded-lg border border-amber-400 bg-amber-50 p-4 dark:border-amber-600 dark:bg-amber-950"
    >
      <h3 id={`${id}-title`} className="font-semibold">
        {t("linkTitle", { email })}
      </h3>
      <p className="text-sm">{t("linkNotEmailed", { email })}</p>
      <label htmlFor={id} className="mt-2 block text-sm font-medium">
        {t("linkLabel")}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id={id}
          readOnly
          value={link}
          onFocus={(e) => e.currentTarget.select()}
          className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm dark:border-slate-700 dark:bg-slate-900"
        />
        <button
          type="button"
          onClick={() =>
            navigator.clipboard?.writeText(link).then(
              () => setCopied(true),
              () => {},
            )
          }
          className="shrink-0 rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          {copied ? t("copied") : t("copy")}
        </button>
      </div>
    </section>
  );
}
