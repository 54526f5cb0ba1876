import type { ReactNode } from "react";

/**
 * A titled part of a page: a <section> named by its <h2> (aria-labelledby), so screen
 * readers list it among the page's landmarks. `headingId` must be unique on the page.
 */
export function Section({
  headingId,
  title,
  intro,
  introClassName = "max-w-3xl text-sm text-slate-600 dark:text-slate-400",
  className = "space-y-3",
  children,
}: {
  headingId: string;
  title: ReactNode;
  intro?: ReactNode;
  introClassName?: string;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={headingId} className={className}>
      <h2 id={headingId} className="text-lg font-semibold">
        {title}
      </h2>
      {intro ? <p className={introClassName}>{intro}</p> : null}
      {children}
    </section>
  );
}
