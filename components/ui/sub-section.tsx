import type { ReactNode } from "react";

/**
 * A titled part within a section: a <section> named by its <h3> (aria-labelledby), the level
 * under Section's <h2>. `headingId` must be unique on the page.
 */
export function SubSection({
  headingId,
  title,
  intro,
  className = "space-y-2",
  children,
}: {
  headingId: string;
  title: ReactNode;
  intro?: ReactNode;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={headingId} className={className}>
      <h3 id={headingId} className="font-semibold">
        {title}
      </h3>
      {intro ? <p className="text-sm text-slate-600 dark:text-slate-400">{intro}</p> : null}
      {children}
    </section>
  );
}
