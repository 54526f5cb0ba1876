import Link from "next/link";
import type { ReactNode } from "react";

/** What is missing and what to do next, never just a blank page. */
export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children: ReactNode;
  action?: { href: string; label: string };
}) {
  return (
    <section
      aria-label={title}
      className="rounded-xl border border-dashed border-slate-300 bg-white p-6 dark:border-slate-700 dark:bg-slate-900"
    >
      <h2 className="text-lg font-semibold">{title}</h2>
      <div className="mt-2 space-y-2 text-slate-700 dark:text-slate-300">{children}</div>
      {action ? (
        <Link
          href={action.href}
          className="mt-4 inline-block rounded-md bg-indigo-700 px-4 py-2 font-semibold text-white hover:bg-indigo-800"
        >
          {action.label}
        </Link>
      ) : null}
    </section>
  );
}
