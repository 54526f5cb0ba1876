import type { ReactNode } from "react";

/** A short word beside a row's name in a table (departed, invited). */
export function RowBadge({ children }: { children: ReactNode }) {
  return (
    <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs dark:bg-slate-700">{children}</span>
  );
}
