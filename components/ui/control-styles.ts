// Class names of form controls outside FieldFrame, named once (no "use client": server
// components import them too).

/** A small control under its label, sized to its content: the filter and picker bars. */
export const COMPACT_CONTROL =
  "mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900";
