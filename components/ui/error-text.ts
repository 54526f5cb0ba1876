import { useTranslations } from "next-intl";
import type { ErrorMessage } from "@/lib/errors";

/**
 * For forms that are read on the server without an action (GET forms): their field errors
 * are message keys, translated where they are shown. Actions translate theirs in the builder.
 */
export function useErrorText(): (message: ErrorMessage | undefined) => string | undefined {
  const t = useTranslations("errors");
  return (message) => (message ? t(message.key, message.values) : undefined);
}
