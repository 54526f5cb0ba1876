"use client";
// The team table's filters live in the URL: typing replaces the address (after a pause), the
// server filters and sends one page. Without JavaScript the form submits the same parameters.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { COMPACT_CONTROL } from "@/components/ui/control-styles";
import type { StatusFilter } from "@/lib/dashboard/team-table-view";

const TYPING_PAUSE_MS = 250;

export function TeamTableFilters({
  basePath,
  keep,
  q,
  status,
}: {
  basePath: string;
  /** The period and the sort: kept when a filter changes (the page starts again at 1). */
  keep: Record<string, string>;
  q: string;
  status: StatusFilter;
}) {
  const t = useTranslations("dashboard");
  const id = useId();
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [name, setName] = useState(q);
  const [shown, setShown] = useState(status);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const go = (next: { q: string; status: StatusFilter }) => {
    const params = new URLSearchParams(keep);
    if (next.q.trim()) params.set("q", next.q.trim());
    if (next.status !== "current") params.set("status", next.status);
    startTransition(() => router.replace(`${basePath}?${params}`, { scroll: false }));
  };

  return (
    <form method="get" action={basePath} className="flex flex-wrap items-end gap-4">
      {Object.entries(keep).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <label className="text-sm font-medium" htmlFor={`${id}-name`}>
        {t("filterName")}
        <input
          id={`${id}-name`}
          type="search"
          name="q"
          value={name}
          onChange={(event) => {
            const value = event.target.value;
            setName(value);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => go({ q: value, status: shown }), TYPING_PAUSE_MS);
          }}
          className={COMPACT_CONTROL}
        />
      </label>
      <label className="text-sm font-medium" htmlFor={`${id}-status`}>
        {t("filterStatus")}
        <select
          id={`${id}-status`}
          name="status"
          value={shown}
          onChange={(event) => {
            const next = event.target.value as StatusFilter;
            setShown(next);
            go({ q: name, status: next });
          }}
          className={COMPACT_CONTROL}
        >
          <option value="current">{t("statusFilter.current")}</option>
          <option value="departed">{t("statusFilter.departed")}</option>
          <option value="all">{t("statusFilter.all")}</option>
        </select>
      </label>
      <noscript>
        <button
          type="submit"
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-semibold"
        >
          {t("teamPages.applyFilter")}
        </button>
      </noscript>
    </form>
  );
}
