import Link from "next/link";
import { useTranslations } from "next-intl";
import { Section } from "@/components/ui/section";

export interface NeedsDoing {
  missing: { memberId: string; name: string; weeks: string[] }[];
  openRound: { title: string; responses: number } | null;
  expiredInvitations: { id: string; name: string; email: string }[];
}

const LINK = "font-medium text-indigo-700 underline dark:text-indigo-300";

/** The manager's to-do list: each item says what and links to where it is done. */
export function NeedsDoingList({ orgSlug, items }: { orgSlug: string; items: NeedsDoing }) {
  const t = useTranslations("orgHome.todo");
  const empty = items.missing.length === 0 && !items.openRound && items.expiredInvitations.length === 0;
  return (
    <Section headingId="todo-heading" title={t("heading")}>
      {empty ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("nothing")}</p>
      ) : (
        <ul className="space-y-2">
          {items.missing.map((entry) => (
            <li
              key={entry.memberId}
              className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm dark:border-amber-900 dark:bg-amber-950/40"
            >
              {t("missingForms", { name: entry.name, weeks: entry.weeks.join(", ") })}{" "}
              <Link href={`/o/${orgSlug}/weeks`} className={LINK}>
                {t("remind")}
              </Link>
            </li>
          ))}
          {items.openRound ? (
            <li className="rounded-lg border border-slate-200 bg-white p-3 text-sm dark:border-slate-800 dark:bg-slate-900">
              {t("surveyRound", { title: items.openRound.title, count: items.openRound.responses })}{" "}
              <Link href={`/o/${orgSlug}/survey`} className={LINK}>
                {t("openSurvey")}
              </Link>
            </li>
          ) : null}
          {items.expiredInvitations.map((invitation) => (
            <li
              key={invitation.id}
              className="rounded-lg border border-slate-200 bg-white p-3 text-sm dark:border-slate-800 dark:bg-slate-900"
            >
              {t("expiredInvitation", { name: invitation.name, email: invitation.email })}{" "}
              <Link href={`/o/${orgSlug}/members`} className={LINK}>
                {t("resend")}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
