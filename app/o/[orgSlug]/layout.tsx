import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { requireOrgPage } from "@/lib/tenant";

export default async function OrgLayout({ children, params }: LayoutProps<"/o/[orgSlug]">) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPage(orgSlug);
  const t = await getTranslations("nav");
  return (
    <>
      <SiteHeader orgSlug={ctx.org.slug} />
      <nav
        aria-label={t("overview")}
        className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
      >
        <ul className="mx-auto flex max-w-6xl gap-1 px-4">
          <li>
            <Link
              href={`/o/${ctx.org.slug}`}
              className="inline-block border-b-2 border-indigo-600 px-3 py-2 text-sm font-medium"
            >
              {t("overview")}
            </Link>
          </li>
        </ul>
      </nav>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children as ReactNode}
      </main>
    </>
  );
}
