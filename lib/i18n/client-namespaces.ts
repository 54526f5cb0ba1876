// Which messages go to the browser. The whole catalogue is ~75 kB of JSON in every page's
// HTML if the root layout hands it all to the client provider, while a page's client
// components use a few namespaces. The root layout sends the shell's (header, navigation,
// toasts, the error page); a page whose client components need more is exported as
// withClientMessages([...], Page) (components/i18n/client-messages.tsx).
// lib/i18n/client-namespaces.test.ts follows each page's imports into its client modules
// and fails when a namespace they use is not sent, or when one is sent that none uses.
import type { Messages } from "./messages";

/** Used by the client components of the layouts and the error pages, on every page. */
export const SHELL_NAMESPACES = ["a11y", "auth", "locale", "nav", "problem", "theme"] as const;

/** The catalogue's namespaces the shell and these use: what a client provider is given. */
export function clientMessages(messages: Messages, namespaces: readonly string[] = []): Messages {
  const picked: Messages = {};
  for (const namespace of [...SHELL_NAMESPACES, ...namespaces]) {
    if (namespace in messages) picked[namespace] = messages[namespace];
  }
  return picked;
}
