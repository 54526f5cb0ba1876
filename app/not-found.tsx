import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ProblemText } from "@/components/ui/problem";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <ProblemText title={t("title")} body={t("body")} />
      <Link
        href="/"
        className="mt-6 inline-block font-semibold text-indigo-700 underline dark:text-indigo-300"
      >
        {t("back")}
      </Link>
    </main>
  );
}
