import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { staffCancelBookingAction } from "@/app/(staff)/staff/netsugen/actions";
import { BookingTable } from "@/components/netsugen/booking-table";
import { CancelBookingButton } from "@/components/netsugen/cancel-booking-button";
import { ClosuresPanel } from "@/components/netsugen/closures-panel";
import { DecisionForm } from "@/components/netsugen/decision-form";
import { MembershipTable } from "@/components/netsugen/membership-table";
import { ReceptionForm } from "@/components/netsugen/reception-form";
import { UtilisationChart } from "@/components/netsugen/utilisation-chart";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { requirePageAccess } from "@/lib/auth/guard";
import { listUpcomingClosures } from "@/lib/netsugen/closures";
import { listUpcomingEventsForStaff } from "@/lib/netsugen/events";
import { CreateEventForm } from "@/components/netsugen/create-event-form";
import { listMemberships } from "@/lib/netsugen/memberships";
import { listRecentNoShows } from "@/lib/netsugen/no-shows";
import { getUtilisation, listBookingsOnDay, listPendingBookings } from "@/lib/netsugen/queries";
import { tokyoClock } from "@/lib/netsugen/rules/calendar";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("netsugenStaff");
  return { title: t("title") };
}

const DONE = { approved: "approved", declined: "declined", cancelled: "cancelled", membership: "membership", closureRemoved: "closureRemoved" } as const;

export default async function StaffNetsugenPage({ searchParams }: { searchParams: Promise<{ done?: string | string[] }> }) {
  const { done } = await searchParams;
  await requirePageAccess("netsugen.reception", "/staff/netsugen");
  const now = new Date();
  const today = tokyoClock(now).dateKey;
  const [t, tb, pending, todays, memberships, noShows, closures, usage, events] = await Promise.all([
    getTranslations("netsugenStaff"),
    getTranslations("netsugen.bookings"),
    listPendingBookings(now),
    listBookingsOnDay(today),
    listMemberships(),
    listRecentNoShows(now),
    listUpcomingClosures(now),
    getUtilisation(now),
    listUpcomingEventsForStaff(now),
  ]);
  // Closures run from a Tokyo midnight to the midnight after their last day.
  const closureRows = closures.map((c) => ({
    id: c.id,
    range: `${tokyoClock(c.startsAt).dateKey}〜${tokyoClock(new Date(c.endsAt.getTime() - 1)).dateKey}`,
    reason: c.reasonJa,
  }));
  const withMember = <T extends { user: { name: string } }>(rows: T[]) => rows.map((r) => ({ ...r, member: r.user.name }));
  return (
    <Container className="flex flex-col gap-10 pb-16">
      <PageHeader title={t("title")} actions={<LinkButton href="/staff/netsugen/statements" variant="secondary">{t("statements.link")}</LinkButton>} />
      {typeof done === "string" && done in DONE && <Alert tone="success">{t(`done.${DONE[done as keyof typeof DONE]}`)}</Alert>}
      <section aria-labelledby="reception" className="flex max-w-180 flex-col gap-3 rounded-12 border border-solid-gray-420 bg-white p-6">
        <h2 id="reception" className="text-std-20B-150">
          {t("reception.title")}
        </h2>
        <ReceptionForm />
      </section>
      {pending.length === 0 ? (
        <section className="flex flex-col gap-2">
          <h2 className="text-std-20B-150">{t("pending")}</h2>
          <p>{t("nonePending")}</p>
        </section>
      ) : (
        <BookingTable caption={t("pending")} bookings={withMember(pending)} action={(b) => <DecisionForm bookingId={b.id} />} />
      )}
      {todays.length === 0 ? (
        <section className="flex flex-col gap-2">
          <h2 className="text-std-20B-150">{t("today", { date: today })}</h2>
          <p>{t("noneToday")}</p>
        </section>
      ) : (
        <BookingTable
          caption={t("today", { date: today })}
          bookings={withMember(todays)}
          action={(b, when) =>
            b.status === "CONFIRMED" || b.status === "PENDING" ? <CancelBookingButton bookingId={b.id} label={tb("cancelLabel", { when })} when={when} consequence={tb("staffCancelBody")} cancel={staffCancelBookingAction} /> : null
          }
        />
      )}
      {noShows.length > 0 ? (
        <BookingTable caption={t("noShows")} bookings={withMember(noShows)} />
      ) : (
        <section className="flex flex-col gap-2">
          <h2 className="text-std-20B-150">{t("noShows")}</h2>
          <p>{t("noNoShows")}</p>
        </section>
      )}
      <UtilisationChart rows={usage} />
      <MembershipTable rows={memberships} />
      <ClosuresPanel rows={closureRows} />
      <section aria-labelledby="staff-events" className="flex flex-col gap-2">
        <h2 id="staff-events" className="text-std-20B-150">
          {t("events.title")}
        </h2>
        {events.length === 0 ? (
          <p>{t("events.none")}</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {events.map((e) => (
              <li key={e.slug} className="flex flex-wrap gap-x-4">
                <TextLink href={`/staff/netsugen/events/${e.slug}`}>{e.titleJa}</TextLink>
                <span className="tabular-nums">
                  {tokyoClock(e.startsAt).dateKey} {t("events.registered", { registered: e.registered, capacity: e.capacity })}
                </span>
              </li>
            ))}
          </ul>
        )}
        <details>
          <summary className="min-h-11 cursor-pointer py-2 font-bold text-blue-900 underline">{t("eventCreate.create")}</summary>
          <CreateEventForm />
        </details>
      </section>
    </Container>
  );
}
