import type { ReactNode } from "react";

/**
 * The frame for a table that may be wider than a phone. A region that scrolls must be
 * reachable by keyboard (axe: scrollable-region-focusable) when nothing inside it takes
 * focus, so it is a labelled, focusable region; arrow keys then scroll it.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <section
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
      tabIndex={0}
      className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
    >
      {children}
    </section>
  );
}
