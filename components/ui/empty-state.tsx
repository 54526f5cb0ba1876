import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "./button";

/** Nothing here yet: say why, and what to do next, instead of an empty table or chart. */
export function EmptyState({
  title,
  children,
  action,
  headingLevel = 2,
}: {
  title: string;
  children?: ReactNode;
  action?: { href: string; label: string };
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section
      aria-label={title}
      className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-8 text-center dark:border-slate-700 dark:bg-slate-900"
    >
      <svg
        aria-hidden="true"
        focusable="false"
        viewBox="0 0 24 24"
        className="mx-auto size-8 text-slate-400 dark:text-slate-500"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M3 4h18l-7 8v6l-4 2v-8z" />
      </svg>
      <Heading className="mt-2 text-lg font-semibold">{title}</Heading>
      {children ? (
        <div className="mx-auto mt-2 max-w-prose space-y-2 text-slate-700 dark:text-slate-300">
          {children}
        </div>
      ) : null}
      {action ? (
        <Link href={action.href} className={`mt-4 ${buttonClass()}`}>
          {action.label}
        </Link>
      ) : null}
    </section>
  );
}
