import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { clientMessages } from "@/lib/i18n/client-namespaces";

/**
 * The client provider with the shell's messages and these namespaces: what the client
 * components inside use (lib/i18n/client-namespaces.ts says why not the whole catalogue).
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly string[];
  children: ReactNode;
}) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={clientMessages(messages, namespaces)}>
      {children}
    </NextIntlClientProvider>
  );
}

type PageOutput = Promise<ReactNode> | ReactNode;

/** A page whose whole output gets the shell's messages and these namespaces. */
export function withClientMessages<P extends object>(
  namespaces: readonly string[],
  Page: (props: P) => PageOutput,
) {
  return function PageWithMessages(props: P) {
    return (
      <ClientMessages namespaces={namespaces}>
        <Page {...props} />
      </ClientMessages>
    );
  };
}
