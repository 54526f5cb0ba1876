import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { BenchmarkFormView } from "@/components/dashboard/benchmark-form";
import { BenchmarkResult } from "@/components/dashboard/benchmark-result";
import { withClientMessages } from "@/components/i18n/client-messages";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { loadBenchmarkData, loadComparison } from "@/lib/benchmark/load-benchmark";
import { readBenchmarkForm, TEAM_REFERENCE } from "@/lib/dashboard/benchmark-view";
import { funnelLabels } from "@/lib/dashboard/labels";
import { headlineRatios, primaryRatio } from "@/lib/dashboard/ratio-view";
import { requireOrgPermission } from "@/lib/tenant";
import { dateForDisplay } from "@/lib/weeks/calendar";

export async function generateMetadata() {
  const t = await getTranslations("benchmark");
  return { title: t("title") };
}

async function BenchmarkPage({ params, searchParams }: PageProps<"/o/[orgSlug]/benchmark">) {
  const { orgSlug } = await params;
  // It compares people's weeks with each other: managers and owners.
  const ctx = await requireOrgPermission(orgSlug, "entries.read.any");
  const query = await searchParams;
  const [t, tAll, format, data] = await Promise.all([
    getTranslations("benchmark"),
    getTranslations(),
    getFormatter(),
    loadBenchmarkData(ctx),
  ]);
  const { lastWeek, setup, sellers } = data;
  // Ids from the URL that are nobody here (or another organization's): not found. Someone
  // who does not sell may still be named explicitly; by default only sellers are offered.
  const idOf = (value: string | string[] | undefined) =>
    (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
  const named = [idOf(query.candidate), idOf(query.reference)].filter(
    (id) => id !== "" && id !== TEAM_REFERENCE,
  );
  if (named.some((id) => !setup.members.some((m) => m.id === id))) notFound();
  const people = setup.members.filter((m) => sellers.includes(m) || named.includes(m.id));

  const ratios = headlineRatios(setup.metrics);
  const form = readBenchmarkForm(query, {
    members: people,
    ratios,
    defaultRatioKey: primaryRatio(setup.metrics)?.key ?? null,
    lastWeek,
  });
  const labels = funnelLabels(setup.metrics, setup.labels, tAll);
  const candidate = people.find((p) => p.id === form.values.candidate);
  const nameOf = (id: string) =>
    id === TEAM_REFERENCE ? t("restOfTeam") : (people.find((p) => p.id === id)?.name ?? id);

  let body: ReactNode = null;
  if (people.length < 2 || !candidate) {
    body = (
      <EmptyState title={t("nobodyTitle")}>
        <p>{t("nobodyBody")}</p>
      </EmptyState>
    );
  } else if (form.candidateTenure < 1) {
    body = (
      <EmptyState title={t("notStartedTitle", { name: candidate.name })}>
        <p>
          {t("notStartedBody", {
            startedOn: format.dateTime(dateForDisplay(candidate.startedOn), { dateStyle: "medium" }),
          })}
        </p>
      </EmptyState>
    );
  } else if (form.question) {
    const { question } = form;
    const comparison = await loadComparison(ctx, data, {
      candidateId: question.candidateId,
      reference: question.reference,
      ratioKey: question.ratioKey,
      tenureFrom: 1,
      tenureTo: question.tenureTo,
    });
    const ratio = ratios.find((r) => r.key === question.ratioKey);
    body = (
      <BenchmarkResult
        comparison={comparison}
        candidateName={candidate.name}
        referenceName={nameOf(question.reference)}
        ratioLabel={labels.ratios[question.ratioKey] ?? question.ratioKey}
        unit={labels.units[ratio?.denominatorKey ?? ""] ?? ""}
        team={question.reference === TEAM_REFERENCE}
      />
    );
  }

  return (
    <div className="space-y-8">
      <PageHeading title={t("title")} intro={t("intro")} />
      {people.length >= 2 ? (
        <BenchmarkFormView
          action={`/o/${ctx.org.slug}/benchmark`}
          form={form}
          people={[...people].sort((a, b) => a.name.localeCompare(b.name))}
          ratios={ratios.map((r) => ({ key: r.key, label: labels.ratios[r.key] ?? r.key }))}
          candidateName={candidate?.name ?? ""}
        />
      ) : null}
      {body}
    </div>
  );
}

export default withClientMessages(["charts"], BenchmarkPage);
