import { getTranslations } from "next-intl/server";
import { withClientMessages } from "@/components/i18n/client-messages";
import { WebhooksPanel } from "@/components/webhooks/webhooks-panel";
import { requireOrgPermission } from "@/lib/tenant";
import { listWebhookDeliveries, listWebhookEndpoints } from "@/lib/webhooks/data/webhooks";

export async function generateMetadata() {
  return { title: (await getTranslations("webhooks"))("title") };
}

async function WebhooksPage({ params }: PageProps<"/o/[orgSlug]/webhooks">) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPermission(orgSlug, "webhooks.manage");
  const [t, endpoints, deliveries] = await Promise.all([
    getTranslations("webhooks"),
    listWebhookEndpoints(ctx),
    listWebhookDeliveries(ctx),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("intro")}</p>
      <WebhooksPanel orgSlug={ctx.org.slug} endpoints={endpoints} deliveries={deliveries} />
    </div>
  );
}

export default withClientMessages(["webhooks"], WebhooksPage);
