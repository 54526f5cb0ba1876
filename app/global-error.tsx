"use client";
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
              <h1 className="text-2xl font-bold">{words.title}</h1>
              <p className="mt-3 text-slate-600 dark:text-slate-400">{words.body}</p>
              <button
                type="button"
                onClick={reset}
                className="mt-6 rounded-md bg-indigo-600 px-4 py-2 font-semibold text-white hover:bg-indigo-700"
              >
                {words.retry}
              </button>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
