import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "./button";
import { FUNNEL_PATH, Icon } from "./icon";

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
      <Icon
        path={FUNNEL_PATH}
        className="mx-auto size-8 text-slate-400 dark:text-slate-500"
        strokeWidth="1.5"
        roundJoins
      />
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

/** An empty list inside a section that already says what the list is: one line in a dashed frame. */
export function EmptyNote({ children }: { children: ReactNode }) {
  return (
    <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm dark:border-slate-700">
      {children}
    </p>
  );
}
