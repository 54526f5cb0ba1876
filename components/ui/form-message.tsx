"use client";
import { useEffect } from "react";
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
  return state.ok ? (
    <p
      role="status"
      className="rounded-md bg-green-50 p-3 text-sm text-green-800 dark:bg-green-950 dark:text-green-200"
    >
      {state.message}
    </p>
  ) : (
    <p
      role="alert"
      className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200"
    >
      {state.message}
    </p>
  );
}
