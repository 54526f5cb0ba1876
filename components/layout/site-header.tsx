import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth/current-user";
import { listOrganizationsOf } from "@/lib/data/memberships";
import { LocaleSwitcher } from "./locale-switcher";
import { LogOutButton } from "./log-out-button";

export async function SiteHeader({ orgSlug }: { orgSlug?: string }) {
  const [t, user] = await Promise.all([getTranslations(), currentUser()]);
  const orgs = user ? await listOrganizationsOf(user.id) : [];
  const current = orgs.find((o) => o.slug === orgSlug);
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        {t("app.skipToContent")}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-indigo-700 dark:text-indigo-300">
          {t("app.name")}
        </Link>
        {user && orgs.length > 0 ? (
          <details className="relative">
            <summary className="cursor-pointer rounded px-2 py-1 hover:bg-slate-100 dark:hover:bg-slate-800">
              {current ? current.name : t("nav.organizations")}
              <span className="sr-only"> ({t("nav.switchOrganization")})</span>
            </summary>
            <ul className="absolute z-10 mt-1 min-w-56 rounded-md border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900">
              {orgs.map((org) => (
                <li key={org.slug}>
                  <Link
                    href={`/o/${org.slug}`}
                    aria-current={org.slug === orgSlug ? "page" : undefined}
                    className="block rounded px-3 py-2 hover:bg-slate-100 dark:hover:bg-slate-800"
                  >
                    {org.name}
                  </Link>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        <div className="ml-auto flex items-center gap-3">
          <LocaleSwitcher />
          {user ? (
            <>
              <span className="hidden text-sm text-slate-600 sm:inline dark:text-slate-400">{user.name}</span>
              <Link
                href="/account"
                className="text-sm underline hover:text-indigo-700 dark:hover:text-indigo-300"
              >
                {t("app.account")}
              </Link>
              <LogOutButton />
            </>
          ) : null}
        </div>
      </div>
    </header>
  );
}
