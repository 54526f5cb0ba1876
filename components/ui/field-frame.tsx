"use client";
import { type ReactNode, useId } from "react";

/** What a form control needs to be named by its label and described by its hint and error. */
export interface ControlWiring {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

/** The one look of a form control; an error also shows in the border, beside its text. */
export function controlClass(error?: string): string {
  return `mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-indigo-500 dark:bg-slate-900 dark:text-slate-100 ${
    error ? "border-red-600 dark:border-red-400" : "border-slate-300 dark:border-slate-700"
  }`;
}

/**
 * A label above a control, its hint and its error below, announced with it
 * (aria-describedby). The control is drawn by `children` with the wiring it is given.
 */
export function FieldFrame({
  label,
  hint,
  error,
  className,
  children,
}: {
  label: string;
  hint?: string;
  error?: string;
  className?: string;
  children: (wiring: ControlWiring) => ReactNode;
}) {
  const id = useId();
  const { describedBy } = noteIds(id, hint, error);
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy,
      })}
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

/** The ids a control's hint and error get, for its aria-describedby. */
export function noteIds(id: string, hint?: string, error?: string) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return { hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(" ") || undefined };
}

/** A control's hint, then its error, under it. */
export function FieldNotes({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  const { hintId, errorId } = noteIds(id, hint, error);
  return (
    <>
      {hint ? (
        <p id={hintId} className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </>
  );
}
