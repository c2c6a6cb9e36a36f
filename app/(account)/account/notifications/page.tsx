import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotificationPreferencesForm } from "@/components/account/notification-preferences-form";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { requirePageAccess } from "@/lib/auth/guard";
import { preferenceFieldOf } from "@/lib/notifications/preference-schemas";
import { kindsFor, listPreferences } from "@/lib/notifications/preferences";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notificationSettings");
  return { title: t("title") };
}

export default async function NotificationSettingsPage() {
  const user = await requirePageAccess("account.manage", "/account/notifications");
  const [t, preferences] = await Promise.all([getTranslations("notificationSettings"), listPreferences(user.id)]);
  const rows = kindsFor(user).map((kind) => ({ field: preferenceFieldOf(kind), delivery: preferences[kind] }));
  return (
    <Container size="narrow" className="flex flex-col gap-8 pb-16">
      <PageHeader title={t("title")} lead={t("lead", { email: user.email })} />
      <NotificationPreferencesForm rows={rows} />
      <p>
        <TextLink href="/notifications">{t("toList")}</TextLink>
      </p>
    </Container>
  );
}
