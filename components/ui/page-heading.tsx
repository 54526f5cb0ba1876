import type { ReactNode } from "react";
import { SPACED_FULL_WIDTH_PAGE_INTRO } from "./intro-styles";

/**
 * A page's title and the sentence under it: one look for every page, so a page's own file
 * holds only what is particular to it.
 */
export function PageHeading({
  title,
  intro,
  dataEntry = false,
  introClassName = dataEntry
    ? SPACED_FULL_WIDTH_PAGE_INTRO
    : "mt-1 max-w-3xl text-slate-700 dark:text-slate-300",
  children,
}: {
  title: ReactNode;
  intro?: ReactNode;
  /**
   * The data-entry pages (the week form, the weeks grid, the imports, the funnel): their heading
   * is a <header> spaced for the notes and links it holds, with a full-width intro.
   */
  dataEntry?: boolean;
  /** The few pages with a narrower or quieter intro say so here. */
  introClassName?: string;
  /** Anything under the intro that belongs to the heading (a note, a link). */
  children?: ReactNode;
}) {
  const Frame = dataEntry ? "header" : "div";
  return (
    <Frame className={dataEntry ? "space-y-2" : undefined}>
      <h1 className="text-2xl font-bold">{title}</h1>
      {intro ? <p className={introClassName}>{intro}</p> : null}
      {children}
    </Frame>
  );
}
