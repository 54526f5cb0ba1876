"use client";
import Link from "next/link";
import { useRef } from "react";
import { Icon } from "@/components/ui/icon";
import { useDismiss } from "@/components/ui/use-dismiss";

interface OrgLink {
  slug: string;
  name: string;
}

/**
 * The organizations a person belongs to, as a disclosure that works without JavaScript;
 * with it, Escape and a click elsewhere close the list.
 */
export function OrgSwitcher({
  orgs,
  currentSlug,
  summary,
  hint,
}: {
  orgs: OrgLink[];
  currentSlug?: string;
  summary: string;
  hint: string;
}) {
  const details = useRef<HTMLDetailsElement>(null);
  useDismiss(details, (byEscape) => {
    const element = details.current;
    if (!element?.open) return;
    element.open = false;
    if (byEscape) element.querySelector("summary")?.focus();
  });

  return (
    <details ref={details} className="group relative min-w-0">
      <summary className="flex min-w-0 cursor-pointer list-none items-center gap-1 rounded-md px-2 py-1.5 text-sm font-medium hover:bg-slate-100 dark:hover:bg-slate-800">
        <span className="truncate">{summary}</span>
        <span className="sr-only"> ({hint})</span>
        <Icon
          path="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4z"
          viewBox="0 0 20 20"
          className="size-4 shrink-0 text-slate-500 transition-transform group-open:rotate-180 dark:text-slate-400"
        />
      </summary>
      <ul className="absolute left-0 z-40 mt-1 max-h-80 w-64 max-w-[calc(100vw-2rem)] overflow-y-auto rounded-lg border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900">
        {orgs.map((org) => (
          <li key={org.slug}>
            <Link
              href={`/o/${org.slug}`}
              aria-current={org.slug === currentSlug ? "page" : undefined}
              onClick={() => {
                if (details.current) details.current.open = false;
              }}
              className="block truncate rounded-md px-3 py-2 text-sm hover:bg-slate-100 aria-[current=page]:font-semibold aria-[current=page]:text-indigo-700 dark:hover:bg-slate-800 dark:aria-[current=page]:text-indigo-300"
            >
              {org.name}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
