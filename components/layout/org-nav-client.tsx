"use client";
import Link, { useLinkStatus } from "next/link";
import { useSelectedLayoutSegment } from "next/navigation";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import type { Role } from "@/lib/domain";
import { isSingleLink, type NavGroup, navGroupsFor } from "./nav-sections";

const TAB =
  "relative inline-flex items-center gap-0.5 whitespace-nowrap border-b-2 px-1.5 py-2.5 text-sm font-medium focus-visible:-outline-offset-2 sm:gap-1 sm:px-2";
const ACTIVE = "border-indigo-600 text-indigo-800 dark:border-indigo-400 dark:text-white";
const IDLE =
  "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900 dark:text-slate-300 dark:hover:border-slate-600 dark:hover:text-white";

/**
 * The organization's sections in five groups (components/layout/nav-sections.ts). Home and My
 * week are links; Insights, Data and Settings are buttons that open their list (a disclosure:
 * Enter or Space opens, Escape closes and returns to the button, Tab walks the links). One
 * list is open at a time; it closes when a page opens or on a click elsewhere.
 */
export function OrgNavClient({ orgSlug, role }: { orgSlug: string; role: Role }) {
  const t = useTranslations("nav");
  const current = useSelectedLayoutSegment() ?? "";
  const [open, setOpen] = useState<NavGroup["key"] | null>(null);
  const nav = useRef<HTMLElement>(null);
  const groups = navGroupsFor(role);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page closes the open list
  useEffect(() => setOpen(null), [current]);
  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!nav.current?.contains(event.target as Node)) setOpen(null);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [open]);

  const href = (path: string) => `/o/${orgSlug}${path ? `/${path}` : ""}`;
  return (
    <nav
      ref={nav}
      aria-label={t("sections")}
      className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
    >
      <ul className="mx-auto flex max-w-7xl flex-wrap gap-x-0.5 px-1 sm:gap-x-1 sm:px-4">
        {groups.map((group) => {
          const inGroup = group.sections.some((s) => s.path === current);
          if (isSingleLink(group)) {
            const [section] = group.sections as [NavGroup["sections"][number]];
            return (
              <li key={group.key}>
                <Link
                  href={href(section.path)}
                  aria-current={inGroup ? "page" : undefined}
                  className={`${TAB} ${inGroup ? ACTIVE : IDLE}`}
                >
                  {t(`groups.${group.key}`)}
                  <PendingHint label={t("opening", { section: t(`groups.${group.key}`) })} />
                </Link>
              </li>
            );
          }
          return (
            <NavMenu
              key={group.key}
              group={group}
              label={t(`groups.${group.key}`)}
              open={open === group.key}
              active={inGroup}
              onToggle={(next) => setOpen(next ? group.key : null)}
            >
              {group.sections.map((section) => {
                const active = section.path === current;
                return (
                  <li key={section.path}>
                    <Link
                      href={href(section.path)}
                      aria-current={active ? "page" : undefined}
                      className={`relative block whitespace-nowrap rounded-md px-3 py-2 text-sm ${
                        active
                          ? "bg-indigo-50 font-semibold text-indigo-800 dark:bg-indigo-950 dark:text-white"
                          : "text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
                      }`}
                    >
                      {t(section.label)}
                      <PendingHint label={t("opening", { section: t(section.label) })} />
                    </Link>
                  </li>
                );
              })}
            </NavMenu>
          );
        })}
      </ul>
    </nav>
  );
}

function NavMenu(props: {
  group: NavGroup;
  label: string;
  open: boolean;
  active: boolean;
  onToggle: (open: boolean) => void;
  children: React.ReactNode;
}) {
  const listId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && props.open) {
      props.onToggle(false);
      button.current?.focus();
    }
  };
  return (
    <li className="relative" onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        aria-expanded={props.open}
        aria-controls={listId}
        onClick={() => props.onToggle(!props.open)}
        className={`${TAB} ${props.active ? ACTIVE : IDLE}`}
      >
        {props.label}
        <span aria-hidden="true" className="text-xs">
          {props.open ? "▴" : "▾"}
        </span>
      </button>
      {/* On a phone the list spans the screen below the bar; from sm it drops under its button. */}
      <ul
        id={listId}
        hidden={!props.open}
        className="fixed inset-x-2 z-30 mt-1 space-y-0.5 rounded-lg border border-slate-200 bg-white p-1 shadow-lg sm:absolute sm:inset-x-auto sm:left-0 sm:min-w-52 dark:border-slate-700 dark:bg-slate-900"
      >
        {props.children}
      </ul>
    </li>
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
