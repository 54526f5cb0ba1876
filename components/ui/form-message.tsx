import type { FormState } from "@/lib/actions/form-state";

/** The form-level outcome; role=alert so screen readers hear a failed submit at once. */
export function FormMessage({ state }: { state: FormState }) {
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
