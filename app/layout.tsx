import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { parseTheme, THEME_COOKIE, themeClass } from "@/components/layout/theme";
import { ToastProvider } from "@/components/ui/toast";
import { languageOf } from "@/lib/i18n/locale";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0f172a" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, cookieStore] = await Promise.all([getLocale(), cookies()]);
  // The theme class comes from the cookie on the server, so the first paint is right.
  const theme = parseTheme(cookieStore.get(THEME_COOKIE)?.value);
  return (
    <html lang={languageOf(locale)} className={themeClass(theme)}>
      <body className="min-h-screen">
        {/* The shell's messages only: a page adds what its client components use. */}
        <ClientMessages namespaces={[]}>
          <ToastProvider>{children}</ToastProvider>
        </ClientMessages>
      </body>
    </html>
  );
}
