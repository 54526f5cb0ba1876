// The colour theme a person picked in the header. "system" follows the device
// (prefers-color-scheme); "light" and "dark" override it. Kept in a cookie so the server
// renders the right class on <html> and the page never flashes the wrong colours.
export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_COOKIE = "funnelmeter-theme";
const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

export function parseTheme(value: string | null | undefined): Theme {
  return (THEMES as readonly string[]).includes(value ?? "") ? (value as Theme) : "system";
}

/** The class on <html> that globals.css's `dark` variant reads; none means "follow the device". */
export function themeClass(theme: Theme): string | undefined {
  return theme === "system" ? undefined : theme;
}

export function themeCookie(theme: Theme): string {
  return `${THEME_COOKIE}=${theme}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
}
