"use client";
// Managers open any member's week: a plain GET form, so it works before any script loads.
import { useTranslations } from "next-intl";

interface WeekPickerProps {
  orgSlug: string;
  week: string;
  maxWeek: string;
  memberId: string;
  members: { id: string; name: string }[];
}

export function WeekPicker({ orgSlug, week, maxWeek, memberId, members }: WeekPickerProps) {
  const t = useTranslations("weekly");
  return (
    <form
      method="get"
      action={`/o/${orgSlug}/week`}
      aria-label={t("choose")}
      className="flex flex-wrap items-end gap-4 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <label className="text-sm font-medium">
        {t("member")}
        <select
          name="member"
          defaultValue={memberId}
          className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900"
        >
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        {t("week")}
        <input
          type="week"
          name="week"
          defaultValue={week}
          max={maxWeek}
          required
          className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900"
        />
      </label>
      <button
        type="submit"
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-semibold hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        {t("show")}
      </button>
    </form>
  );
}
