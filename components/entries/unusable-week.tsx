import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import type { ErrorMessage } from "@/lib/errors";

/** /week?week=banana, 2026-W99 or a week still to come: what is wrong, and the way on. */
export async function UnusableWeek(props: {
  orgSlug: string;
  text: string;
  error: ErrorMessage;
  current: string;
}) {
  const [t, tWeekly, tErrors] = await Promise.all([
    getTranslations("weekCorrection"),
    getTranslations("weekly"),
    getTranslations("errors"),
  ]);
  const message =
    props.error.key === "futureWeek"
      ? t("futureWeek", { week: props.text.trim().toUpperCase() })
      : t("invalidWeek", { text: props.text, reason: tErrors(props.error.key, props.error.values) });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{tWeekly("title")}</h1>
      <p role="alert" className="rounded-md bg-red-50 p-3 text-red-800 dark:bg-red-950 dark:text-red-200">
        {message}
      </p>
      <Link href={`/o/${props.orgSlug}/week?week=${props.current}`} className={buttonClass()}>
        {t("goToCurrentWeek", { week: props.current })}
      </Link>
    </div>
  );
}
