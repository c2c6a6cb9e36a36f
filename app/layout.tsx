import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { ConfirmEmailBanner } from "@/components/layout/confirm-email-banner";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SkipLink } from "@/components/layout/skip-link";
import { can } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { countUnreadNotifications } from "@/lib/notifications/queries";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("metadata");
  const common = await getTranslations("common");
  return {
    title: { template: `%s | ${common("siteName")}`, default: t("defaultTitle") },
    description: t("description"),
    applicationName: common("siteName"),
    formatDetection: { telephone: false },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  // DADS white: the header is white, so the browser chrome blends into it.
  themeColor: "#ffffff",
  colorScheme: "light",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const current = await getCurrentUser();
  const user = current && {
    name: current.name,
    staffConsole: can(current, "staff.console.view"),
    workshopConsole: can(current, "workshop.console.view"),
    unreadNotifications: await countUnreadNotifications(current.id),
  };
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">
        <ClientMessages>
          <SkipLink />
          <SiteHeader user={user} />
          <main id="main" tabIndex={-1} className="flex-1">
            {current && !current.emailConfirmed && <ConfirmEmailBanner />}
            {children}
          </main>
          <SiteFooter />
        </ClientMessages>
      </body>
    </html>
  );
}
