"use client";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Icon } from "@/components/ui/icon";
import { THEMES, type Theme, themeClass, themeCookie } from "./theme";

const ICON_PATHS: Record<Theme, string> = {
  system: "M4 5h16v10H4zM9 19h6M12 15v4",
  light:
    "M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8zM12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4",
  dark: "M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z",
};

/**
 * System, light or dark: a radio group (arrow keys move between the three), remembered in
 * a cookie that the root layout reads, and applied at once on <html> without a reload.
 */
export function ThemeSwitcher({ initial }: { initial: Theme }) {
  const t = useTranslations("theme");
  const name = useId();
  const [theme, setTheme] = useState(initial);

  function choose(next: Theme) {
    setTheme(next);
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in older Safari
    document.cookie = themeCookie(next);
    const root = document.documentElement;
    root.classList.remove(...THEMES);
    const className = themeClass(next);
    if (className) root.classList.add(className);
  }

  return (
    <fieldset className="flex items-center gap-0.5 rounded-md border border-slate-300 p-0.5 dark:border-slate-700">
      <legend className="sr-only">{t("label")}</legend>
      {THEMES.map((option) => (
        <label
          key={option}
          title={t(option)}
          className="flex cursor-pointer items-center rounded p-1.5 text-slate-600 hover:bg-slate-100 has-checked:bg-slate-200 has-checked:text-slate-900 has-focus-visible:outline-2 has-focus-visible:outline-offset-1 has-focus-visible:outline-indigo-600 dark:text-slate-300 dark:hover:bg-slate-800 dark:has-checked:bg-slate-700 dark:has-checked:text-white dark:has-focus-visible:outline-indigo-400"
        >
          <input
            type="radio"
            name={name}
            value={option}
            checked={theme === option}
            onChange={() => choose(option)}
            className="sr-only"
          />
          <Icon path={ICON_PATHS[option]} className="size-4" strokeWidth="2" roundJoins />
          <span className="sr-only">{t(option)}</span>
        </label>
      ))}
    </fieldset>
  );
}
