"use client";
import { type ReactNode, useEffect } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { useToast } from "./toast";

/**
 * The form-level outcome; role=alert so screen readers hear a failed submit at once.
 * A success also shows a toast at the bottom of the screen, because on a phone the form's
 * top (where this message sits) is usually scrolled out of view when Save is pressed. The
 * toast is only a visual echo: this inline status is what assistive technology announces.
 */
export function FormMessage({ state }: { state: FormState }) {
  const toast = useToast();
  const success = state.ok && state.message ? state.message : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new outcome object is a new save, even with the same text
  useEffect(() => {
    if (success) toast(success, { announce: false });
  }, [state, success, toast]);

  if (!state.message) return null;
  return <OutcomeNote ok={state.ok === true}>{state.message}</OutcomeNote>;
}

/**
 * An outcome said in the page: a success as a status, a failure as an alert (heard at once).
 * The look of a form's message, for outcomes that are not a FormState.
 */
export function OutcomeNote({ ok, children }: { ok: boolean; children: ReactNode }) {
  return (
    <p role={ok ? "status" : "alert"} className={ok ? SUCCESS : FAILURE}>
      {children}
    </p>
  );
}

const SUCCESS = "rounded-md bg-green-50 p-3 text-sm text-green-800 dark:bg-green-950 dark:text-green-200";
const FAILURE = "rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200";
