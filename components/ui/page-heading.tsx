import type { ReactNode } from "react";

/**
 * A page's title and the sentence under it: one look for every page, so a page's own file
 * holds only what is particular to it.
 */
export function PageHeading({
  title,
  intro,
  introClassName = "mt-1 max-w-3xl text-slate-700 dark:text-slate-300",
  as: Frame = "div",
  className,
  children,
}: {
  title: ReactNode;
  intro?: ReactNode;
  /** The few pages with a narrower or quieter intro say so here. */
  introClassName?: string;
  /** The frame: a <header> for the data-entry pages, whose heading holds more than a title. */
  as?: "div" | "header";
  /** The frame's class (the spacing between title, intro and what follows). */
  className?: string;
  /** Anything under the intro that belongs to the heading (a note, a link). */
  children?: ReactNode;
}) {
  return (
    <Frame className={className}>
      <h1 className="text-2xl font-bold">{title}</h1>
      {intro ? <p className={introClassName}>{intro}</p> : null}
      {children}
    </Frame>
  );
}
