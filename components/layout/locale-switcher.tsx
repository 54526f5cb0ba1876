"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { changeLocale } from "@/lib/auth/actions";
import { LOCALES } from "@/lib/domain";
import { languageOf } from "@/lib/i18n/locale";

/** Plain submit buttons: keyboard-usable, and each says which language it picks. */
export function LocaleSwitcher() {
  const t = useTranslations("locale");
  const current = languageOf(useLocale());
  const [, action] = useActionState(changeLocale, INITIAL_FORM_STATE);
  return (
    <form
      action={action}
      aria-label={t("switch")}
      className="flex items-center gap-0.5 rounded-md border border-slate-300 p-0.5 text-sm dark:border-slate-700"
    >
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className={`rounded px-2 py-1 ${
            locale === current
              ? "bg-slate-200 font-semibold text-slate-900 dark:bg-slate-700 dark:text-white"
              : "text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
          }`}
        >
          {t(locale)}
        </button>
      ))}
    </form>
  );
}
