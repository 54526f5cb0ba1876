"use client";
import { useTranslations } from "next-intl";
import { ProblemText, RetryButton } from "@/components/ui/problem";

/** Unexpected failures end here: a plain explanation and a way on, never a stack trace. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("problem");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <ProblemText title={t("title")} body={t("body")} />
      <RetryButton reset={reset}>{t("retry")}</RetryButton>
    </main>
  );
}
