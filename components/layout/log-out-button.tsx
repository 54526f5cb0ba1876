"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { logOut } from "@/lib/auth/actions";

export function LogOutButton() {
  const t = useTranslations("auth");
  const [, action] = useActionState(logOut, INITIAL_FORM_STATE);
  return (
    <form action={action}>
      <button
        type="submit"
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        {t("logOut")}
      </button>
    </form>
  );
}
