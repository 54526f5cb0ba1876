// The intro styles that differ from PageHeading's and Section's defaults, named once so the
// pages that use them (account, members, audit, settings…) read the same.

/** A quieter page intro: small print, no width limit (account and administration pages). */
export const QUIET_PAGE_INTRO = "mt-1 text-sm text-slate-600 dark:text-slate-400";

/** A section intro without a width limit, for pages whose column is already narrow. */
export const FULL_WIDTH_SECTION_INTRO = "text-sm text-slate-600 dark:text-slate-400";

/** A section intro in darker print: instructions to follow (the funnel editor, the import). */
export const INSTRUCTIONS_SECTION_INTRO = "max-w-3xl text-sm text-slate-700 dark:text-slate-300";

/** A page intro in a spaced header (PageHeading `as="header"`, whose space-y-2 sets the gap). */
export const SPACED_PAGE_INTRO = "max-w-3xl text-slate-700 dark:text-slate-300";

/** The same without a width limit, for the data-entry pages (the week form, the import, the weeks grid). */
export const SPACED_FULL_WIDTH_PAGE_INTRO = "text-slate-700 dark:text-slate-300";
