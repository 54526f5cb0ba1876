"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
// Deletes a week saved by mistake: a separate small form under the week, with a box to tick
// so that a stray click does not delete anything. The server checks the box and the version.
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { deleteWeekAction } from "@/lib/entries/actions";

export function DeleteWeekForm(props: {
  orgSlug: string;
  memberId: string;
  memberName: string;
  week: string;
  /** The stored week's version; 0 when no week is stored (nothing to delete). */
  version: number;
}) {
  const t = useTranslations("weekCorrection");
  const [state, action, pending] = useActionState(
    deleteWeekAction.bind(null, props.orgSlug),
    INITIAL_FORM_STATE,
  );
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  // The page says "deleted" and opens an empty form for the week (a fresh form, not the
  // one that still holds the deleted numbers).
  const handled = useRef(state);
  useEffect(() => {
    // Once per outcome: the new URL re-renders this form with the same state.
    if (!state.ok || handled.current === state) return;
    handled.current = state;
    const next = new URLSearchParams(search);
    next.set("week", props.week);
    next.set("deleted", "1");
    router.replace(`${pathname}?${next}`);
  }, [state, props.week, pathname, router, search]);
  if (props.version === 0) return null;
  const error = state.fieldErrors?.confirmed;
  return (
    <form
      action={action}
      aria-labelledby="delete-week-heading"
      className="space-y-3 rounded-xl border border-red-200 p-4 dark:border-red-900"
    >
      <h3 id="delete-week-heading" className="font-semibold">
        {t("deleteHeading")}
      </h3>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {t("deleteIntro", { name: props.memberName })}
      </p>
      <FormMessage state={state} />
      <input type="hidden" name="memberId" value={props.memberId} />
      <input type="hidden" name="week" value={props.week} />
      <input type="hidden" name="version" value={props.version} />
      <label className="flex items-center gap-2 text-sm font-medium">
        <input
          type="checkbox"
          name="confirmed"
          className="size-4"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "delete-week-error" : undefined}
        />
        {t("confirmDelete", { week: props.week, name: props.memberName })}
      </label>
      {error ? (
        <p id="delete-week-error" className="text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className={buttonClass("danger", "sm")}>
        {pending ? t("deleting") : t("delete")}
      </button>
    </form>
  );
}
