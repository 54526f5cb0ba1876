"use client";
import Link, { useLinkStatus } from "next/link";
import { useSelectedLayoutSegment } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { Role } from "@/db/schema";
import { can, type Permission } from "@/lib/permissions";

// The organization's sections. A feature adds one line here; the matrix decides who sees
// the link (the page checks again on the server). `path` is the first segment under
// /o/[orgSlug]; `label` a key in messages/*/nav.json.
const SECTIONS: { path: string; label: string; permission: Permission }[] = [
  { path: "", label: "overview", permission: "org.read" },
  { path: "week", label: "week", permission: "entries.write.own" },
  { path: "team", label: "team", permission: "kpis.read.team" },
  { path: "what-if", label: "whatIf", permission: "entries.read.any" },
  { path: "benchmark", label: "benchmark", permission: "entries.read.any" },
  { path: "profitability", label: "profitability", permission: "costs.read" },
  { path: "survey", label: "survey", permission: "survey.answer" },
  { path: "weeks", label: "weeks", permission: "entries.read.any" },
  { path: "results", label: "results", permission: "entries.write.any" },
  { path: "members", label: "members", permission: "members.read" },
  { path: "import", label: "import", permission: "entries.write.any" },
  { path: "funnel", label: "funnel", permission: "funnel.manage" },
  { path: "audit", label: "audit", permission: "audit.read" },
  { path: "settings", label: "settings", permission: "settings.manage" },
];

export function OrgNavClient({ orgSlug, role }: { orgSlug: string; role: Role }) {
  const t = useTranslations("nav");
  const current = useSelectedLayoutSegment() ?? "";
  const list = useRef<HTMLUListElement>(null);
  // Below lg the sections scroll sideways (keep the current one in view); from lg they wrap.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again when the section changes
  useEffect(() => {
    const active = list.current?.querySelector<HTMLElement>('[aria-current="page"]');
    const container = list.current;
    if (!active || !container || container.scrollWidth <= container.clientWidth) return;
    container.scrollLeft = active.offsetLeft - (container.clientWidth - active.offsetWidth) / 2;
  }, [current]);
  return (
    <nav
      aria-label={t("sections")}
      className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
    >
      <ul
        ref={list}
        className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 [scrollbar-width:thin] sm:px-4 lg:flex-wrap lg:overflow-x-visible"
      >
        {SECTIONS.filter((s) => can(role, s.permission)).map((section) => {
          const active = current === section.path;
          return (
            <li key={section.path} className="shrink-0">
              <Link
                href={`/o/${orgSlug}${section.path ? `/${section.path}` : ""}`}
                aria-current={active ? "page" : undefined}
                className={`relative inline-block whitespace-nowrap border-b-2 px-2 py-2.5 text-sm font-medium focus-visible:-outline-offset-2 ${
                  active
                    ? "border-indigo-600 text-indigo-800 dark:border-indigo-400 dark:text-white"
                    : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900 dark:text-slate-300 dark:hover:border-slate-600 dark:hover:text-white"
                }`}
              >
                {t(section.label)}
                <PendingHint label={t("opening", { section: t(section.label) })} />
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/**
 * Organization pages are dynamic and have no loading boundary (a boundary would answer
 * 200 before a page could refuse with 404), so the link that was pressed shows that its
 * page is on its way: a moving bar, and a status line for screen readers.
 */
function PendingHint({ label }: { label: string }) {
  const { pending } = useLinkStatus();
  if (!pending) return null;
  return (
    <>
      <span
        aria-hidden="true"
        className="absolute inset-x-0 -bottom-0.5 h-0.5 animate-pulse bg-indigo-400 dark:bg-indigo-300"
      />
      <span role="status" className="sr-only">
        {label}
      </span>
    </>
  );
}
