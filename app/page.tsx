import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/layout/site-header";
import { currentUser } from "@/lib/auth/current-user";
import { listOrganizationsOf } from "@/lib/data/memberships";

/** The organization chooser; with a single organization, go straight there. */
export default async function HomePage() {
  const user = await currentUser();
  if (!user) redirect("/login");
  const orgs = await listOrganizationsOf(user.id);
  if (orgs.length === 1 && orgs[0]) redirect(`/o/${orgs[0].slug}`);
  const t = await getTranslations();
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-3xl px-4 py-10">
        <h1 className="text-2xl font-bold">{t("home.title")}</h1>
        {orgs.length === 0 ? (
          <div className="mt-6 rounded-xl border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
            <p>{t("home.empty")}</p>
            <Link
              href="/signup"
              className="mt-4 inline-block font-semibold text-indigo-700 underline dark:text-indigo-300"
            >
              {t("home.emptyAction")}
            </Link>
          </div>
        ) : (
          <ul className="mt-6 grid gap-3 sm:grid-cols-2">
            {orgs.map((org) => (
              <li key={org.slug}>
                <Link
                  href={`/o/${org.slug}`}
                  className="block rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-indigo-400 dark:border-slate-800 dark:bg-slate-900"
                >
                  <span className="block font-semibold">{org.name}</span>
                  <span className="text-sm text-slate-600 dark:text-slate-400">
                    {t("home.role", { role: t(`roles.${org.role}`) })}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}
