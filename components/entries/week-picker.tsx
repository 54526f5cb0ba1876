"use client";
// Managers open any member's week: a plain GET form, so it works before any script loads.
import { useTranslations } from "next-intl";
import { COMPACT_CONTROL } from "@/components/ui/control-styles";
import { Options } from "@/components/ui/options";

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
        <select name="member" defaultValue={memberId} className={COMPACT_CONTROL}>
          <Options options={members.map((m) => ({ value: m.id, label: m.name }))} />
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
          className={COMPACT_CONTROL}
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
