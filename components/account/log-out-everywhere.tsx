"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { logOutEverywhere } from "@/lib/auth/actions";

export function LogOutEverywhere() {
  const t = useTranslations("security");
  const [, action, pending] = useActionState(logOutEverywhere, INITIAL_FORM_STATE);
  return (
    <form action={action}>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-red-300 px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950"
      >
        {t("logOutEverywhere")}
      </button>
    </form>
  );
}
