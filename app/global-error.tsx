"use client";
import { ProblemText, RetryButton } from "@/components/ui/problem";
// The last resort, when even the root layout failed (it reads the user's language from the
// database): the app's own page instead of Next's generic one. It renders outside every
// provider, so it takes its words straight from the catalogues, in both languages.
import en from "@/messages/en/problem.json";
import nl from "@/messages/nl/problem.json";
import "./globals.css";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <main id="main" className="mx-auto max-w-xl space-y-10 px-4 py-16 text-center">
          {[
            { lang: "en", words: en },
            { lang: "nl", words: nl },
          ].map(({ lang, words }) => (
            <section key={lang} lang={lang}>
              <ProblemText title={words.title} body={words.body} />
              <RetryButton reset={reset}>{words.retry}</RetryButton>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
