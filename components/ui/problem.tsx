import type { ReactNode } from "react";

/** What went wrong in a sentence, on the error and not-found pages. */
export function ProblemText({ title, body }: { title: ReactNode; body: ReactNode }) {
  return (
    <>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-400">{body}</p>
    </>
  );
}

/** Try the failed render again (the error boundaries' `reset`). */
export function RetryButton({ reset, children }: { reset: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      onClick={reset}
      className="mt-6 rounded-md bg-indigo-600 px-4 py-2 font-semibold text-white hover:bg-indigo-700"
    >
      {children}
    </button>
  );
}
