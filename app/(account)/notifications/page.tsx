import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { requirePageAccess } from "@/lib/auth/guard";
import { presentNotification } from "@/lib/notifications/present";
import { listNotifications } from "@/lib/notifications/queries";
import { markAllReadAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications");
  return { title: t("title") };
}

export default async function NotificationsPage() {
  const user = await requirePageAccess("notification.read", "/notifications");
  const [t, tSettings, format, notifications] = await Promise.all([getTranslations("notifications"), getTranslations("notificationSettings"), getFormatter(), listNotifications(user.id)]);
  const unread = notifications.some((n) => n.readAt === null);
  return (
    <Container size="narrow" className="flex flex-col gap-6 pb-16">
      <PageHeader
        title={t("title")}
        actions={
          unread ? (
            <form action={markAllReadAction}>
              <Button type="submit" variant="secondary">
                {t("markRead")}
              </Button>
            </form>
          ) : undefined
        }
      />
      <p>
        <TextLink href="/account/notifications">{tSettings("link")}</TextLink>
      </p>
      {notifications.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-solid-gray-200">
          {notifications.map((notification) => {
            const presented = presentNotification(notification.kind, notification.payload);
            const message = t(presented.messageKey, presented.values);
            return (
              <li key={notification.id} className="flex flex-col gap-1 py-4">
                <p className="flex flex-wrap items-center gap-2 text-dns-14N-130 text-solid-gray-700">
                  {notification.readAt === null && <span className="rounded-4 bg-blue-900 px-1.5 font-bold text-white">{t("unread")}</span>}
                  <time dateTime={notification.createdAt.toISOString()}>{format.dateTime(notification.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                </p>
                {presented.href ? <TextLink href={presented.href}>{message}</TextLink> : <p>{message}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </Container>
  );
}
