import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { jstRange } from "@/components/netsugen/clock";
import { CancelMyRegistration, RegisterForm } from "@/components/netsugen/event-forms";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { getCurrentUser } from "@/lib/auth/session";
import { getMyRegistration, getPublicEvent } from "@/lib/netsugen/events";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await getPublicEvent((await params).slug);
  const locale = await getLocale();
  return { title: event ? (locale === "en" && event.titleEn ? event.titleEn : event.titleJa) : undefined };
}

export default async function EventPage({ params }: Props) {
  const { slug } = await params;
  const [event, user, t, format, locale] = await Promise.all([getPublicEvent(slug), getCurrentUser(), getTranslations("netsugen.event"), getFormatter(), getLocale()]);
  if (!event) notFound();
  const mine = user ? await getMyRegistration(user.id, event.id) : null;
  const open = event.startsAt > new Date();
  const en = locale === "en";
  return (
    <Container size="narrow" className="flex flex-col gap-6 pb-16">
      <PageHeader
        eyebrow={<TextLink href="/netsugen">NETSUGEN</TextLink>}
        title={en && event.titleEn ? event.titleEn : event.titleJa}
        lead={en && event.descriptionEn ? event.descriptionEn : event.descriptionJa}
      />
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-std-16N-170">
        <dt className="font-bold">{t("when")}</dt>
        <dd>
          {format.dateTime(event.startsAt, { month: "long", day: "numeric", weekday: "short", timeZone: "Asia/Tokyo" })} {jstRange(event.startsAt, event.endsAt)}
        </dd>
        <dd className="col-span-2">{t("capacity", { capacity: event.capacity, registered: event.registered, waitlisted: event.waitlisted })}</dd>
      </dl>
      {!open ? (
        <p>{t("closed")}</p>
      ) : mine ? (
        <>
          <p className="text-std-17B-170">
            {mine.status === "REGISTERED" ? t("yourStatusRegistered") : t("yourStatusWaitlisted", { position: mine.waitlistPosition ?? 0 })}
          </p>
          <CancelMyRegistration slug={event.slug} />
        </>
      ) : (
        <RegisterForm slug={event.slug} signedIn={Boolean(user)} full={event.registered >= event.capacity} />
      )}
    </Container>
  );
}
