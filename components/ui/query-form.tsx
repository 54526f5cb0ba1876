import type { FormEventHandler, ReactNode } from "react";
import { buttonClass } from "./button";

// Tailwind sees only whole class names, so each layout is written out.
const COLUMNS = {
  2: "sm:grid-cols-2",
  3: "sm:grid-cols-2 lg:grid-cols-3",
  4: "sm:grid-cols-2 lg:grid-cols-4",
} as const;
const SPAN = {
  2: "sm:col-span-2",
  3: "sm:col-span-2 lg:col-span-3",
  4: "sm:col-span-2 lg:col-span-4",
} as const;

/**
 * A question asked as a GET form (what-if, forecast, benchmark): it works without script, and
 * the answer is a page of its own whose address can be bookmarked and sent to a colleague.
 */
export function QueryForm(props: {
  action: string;
  label: string;
  submitLabel: string;
  columns: keyof typeof COLUMNS;
  children: ReactNode;
  /** In a client component: may keep a submit that would only load the same answer again. */
  onSubmit?: FormEventHandler<HTMLFormElement>;
}) {
  return (
    <form
      method="get"
      action={props.action}
      aria-label={props.label}
      onSubmit={props.onSubmit}
      className={`grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6 dark:border-slate-800 dark:bg-slate-900 ${COLUMNS[props.columns]}`}
    >
      {props.children}
      <div className={SPAN[props.columns]}>
        <button type="submit" className={buttonClass()}>
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}
