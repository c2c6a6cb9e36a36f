import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { AREA_NAMESPACES, pickNamespaces, SHELL_NAMESPACES, type ClientArea } from "@/lib/i18n/client-namespaces";

/**
 * Gives the client components below it the shell's messages and their area's, and no more. `all`
 * is for the signed-in consoles, whose many forms are not worth listing namespace by namespace.
 */
export async function ClientMessages({ area, all = false, children }: { area?: ClientArea; all?: boolean; children: ReactNode }) {
  const messages = await getMessages();
  const namespaces = [...SHELL_NAMESPACES, ...(area ? AREA_NAMESPACES[area] : [])];
  return <NextIntlClientProvider messages={all ? messages : pickNamespaces(messages, namespaces)}>{children}</NextIntlClientProvider>;
}
