import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { currentUser } from "@/lib/auth/current-user";
import { FORMAT_LOCALE, LOCALE_COOKIE, pickLocale } from "./locale";
import { loadMessages } from "./messages";

export default getRequestConfig(async () => {
  // The user's language setting is a nicety: during a database outage the page must still
  // get its messages, so that the app's own error page (app/error.tsx) can say what happened.
  const [user, cookieStore, headerStore] = await Promise.all([
    currentUser().catch(() => null),
    cookies(),
    headers(),
  ]);
  const locale = pickLocale({
    userSetting: user?.locale,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerStore.get("accept-language"),
  });
  return {
    // next-intl formats with this locale; the messages are the language's.
    locale: FORMAT_LOCALE[locale],
    timeZone: "Europe/Brussels",
    messages: loadMessages(locale),
  };
});
