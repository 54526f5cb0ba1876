import type { ReactNode } from "react";
import { OrgNavClient } from "@/components/layout/org-nav-client";
import { SiteHeader } from "@/components/layout/site-header";
import { requireOrgPage } from "@/lib/tenant";

export default async function OrgLayout({ children, params }: LayoutProps<"/o/[orgSlug]">) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPage(orgSlug);
  return (
    <>
      <SiteHeader orgSlug={ctx.org.slug} />
      <OrgNavClient orgSlug={ctx.org.slug} role={ctx.role} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-8">
        {children as ReactNode}
      </main>
    </>
  );
}
