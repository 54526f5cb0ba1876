"use client";
import { usePathname } from "next/navigation";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { CLOSE_PATH, Icon } from "@/components/ui/icon";
import { useDismiss } from "@/components/ui/use-dismiss";

/**
 * The header's controls (language, theme, account, log out): in a row from the small
 * breakpoint up, behind a Menu button on a phone. Escape, a click elsewhere or a new page
 * closes it; focus returns to the button after Escape.
 */
export function HeaderMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const pathname = usePathname();

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page closes the menu
  useEffect(() => setOpen(false), [pathname]);

  useDismiss(
    root,
    (byEscape) => {
      setOpen(false);
      if (byEscape) button.current?.focus();
    },
    open,
  );

  return (
    <div ref={root} className="ml-auto flex items-center">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
        className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 px-2.5 py-1.5 text-sm font-medium hover:bg-slate-100 sm:hidden dark:border-slate-700 dark:hover:bg-slate-800"
      >
        <Icon path={open ? CLOSE_PATH : "M4 7h16M4 12h16M4 17h16"} className="size-4" strokeWidth="2" />
        {label}
      </button>
      <div
        id={panelId}
        className={`${
          open ? "flex" : "hidden"
        } absolute inset-x-0 top-full z-40 flex-col items-start gap-4 border-b border-slate-200 bg-white p-4 shadow-lg sm:static sm:flex sm:flex-row sm:items-center sm:gap-3 sm:border-0 sm:bg-transparent sm:p-0 sm:shadow-none dark:border-slate-800 dark:bg-slate-900 sm:dark:bg-transparent`}
      >
        {children}
      </div>
    </div>
  );
}
