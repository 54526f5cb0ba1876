// The intro styles that differ from PageHeading's and Section's defaults, named once so the
// pages that use them (account, members, audit, settings…) read the same.

/** A quieter page intro: small print, no width limit (account and administration pages). */
export const QUIET_PAGE_INTRO = "mt-1 text-sm text-slate-600 dark:text-slate-400";

/** A section intro without a width limit, for pages whose column is already narrow. */
export const FULL_WIDTH_SECTION_INTRO = "text-sm text-slate-600 dark:text-slate-400";

/** A section intro in darker print: instructions to follow (the funnel editor, the import). */
export const INSTRUCTIONS_SECTION_INTRO = "max-w-3xl text-sm text-slate-700 dark:text-slate-300";
