import { cookies } from "next/headers";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FUNNEL_PATH, Icon } from "@/components/ui/icon";
import { currentUser } from "@/lib/auth/current-user";
import { listOrganizationsOf } from "@/lib/data/memberships";
import { HeaderMenu } from "./header-menu";
import { LocaleSwitcher } from "./locale-switcher";
import { LogOutButton } from "./log-out-button";
import { OrgSwitcher } from "./org-switcher";
import { parseTheme, THEME_COOKIE } from "./theme";
import { ThemeSwitcher } from "./theme-switcher";

export async function SiteHeader({ orgSlug }: { orgSlug?: string }) {
  const [t, user, cookieStore] = await Promise.all([getTranslations(), currentUser(), cookies()]);
  const orgs = user ? await listOrganizationsOf(user.id) : [];
  const current = orgs.find((o) => o.slug === orgSlug);
  return (
    <header className="relative border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <a
        href="#main"
        className="sr-only rounded-md bg-indigo-700 px-3 py-2 font-semibold text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
      >
        {t("app.skipToContent")}
      </a>
      <div className="mx-auto flex max-w-7xl items-center gap-2 px-4 py-2.5 sm:gap-4">
        <Link
          href="/"
          className="flex shrink-0 items-center gap-2 rounded-md text-lg font-bold text-indigo-700 dark:text-indigo-300"
        >
          <Icon path={FUNNEL_PATH} className="size-6" />
          {/* On a phone the mark alone leaves room for the organization's name. */}
          <span className="sr-only sm:not-sr-only">{t("app.name")}</span>
        </Link>
        {user && orgs.length > 0 ? (
          <OrgSwitcher
            orgs={orgs.map(({ slug, name }) => ({ slug, name }))}
            currentSlug={orgSlug}
            summary={current ? current.name : t("nav.organizations")}
            hint={t("nav.switchOrganization")}
          />
        ) : null}
        <HeaderMenu label={t("a11y.menu")}>
          <LocaleSwitcher />
          <ThemeSwitcher initial={parseTheme(cookieStore.get(THEME_COOKIE)?.value)} />
          {user ? (
            <>
              <p className="text-sm text-slate-600 sm:max-w-48 sm:truncate dark:text-slate-400">
                <span className="sm:sr-only">{t("a11y.signedInAs", { name: user.name })}</span>
                <span className="hidden sm:inline" aria-hidden="true">
                  {user.name}
                </span>
              </p>
              <Link
                href="/account"
                className="rounded-md px-2 py-1 text-sm font-medium underline decoration-slate-300 hover:bg-slate-100 sm:no-underline dark:decoration-slate-600 dark:hover:bg-slate-800"
              >
                {t("app.account")}
              </Link>
              <LogOutButton />
            </>
          ) : null}
        </HeaderMenu>
      </div>
    </header>
  );
}
