import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { cancelBookingAction } from "@/app/(member)/netsugen/actions";
import { BookingTable } from "@/components/netsugen/booking-table";
import { CancelBookingButton } from "@/components/netsugen/cancel-booking-button";
import { CheckInQr } from "@/components/netsugen/check-in-qr";
import { MonthCharges, MyStatements, VisitHistory } from "@/components/netsugen/member-activity";
import { SeatsPanel } from "@/components/netsugen/seats-panel";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/auth/guard";
import { getMembershipFor, listMyBookings } from "@/lib/netsugen/queries";
import { TextLink } from "@/components/ui/text-link";
import { feedToken } from "@/lib/netsugen/calendar-feed";
import { currentCheckInCode } from "@/lib/netsugen/reception";
import { listSeatsIAdminister } from "@/lib/netsugen/seats";
import { cancelVerdict, isActiveBooking } from "@/lib/netsugen/rules/booking";
import { tokyoClock } from "@/lib/netsugen/rules/calendar";
import { chargesForMonth, listMyCheckIns, listMyStatements, tokyoMonthOf } from "@/lib/netsugen/statements";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("netsugen.bookings");
  return { title: t("title") };
}

export default async function MyBookingsPage({ searchParams }: { searchParams: Promise<{ done?: string | string[] }> }) {
  const { done } = await searchParams;
  const user = await requirePageAccess("netsugen.book", "/netsugen/bookings");
  const now = new Date();
  const [t, statusT, locale, membership, bookings] = await Promise.all([
    getTranslations("netsugen.bookings"),
    getTranslations("netsugen.membershipStatus"),
    getLocale(),
    getMembershipFor(user.id),
    listMyBookings(user.id, now),
  ]);
  const month = tokyoMonthOf(now);
  const [code, visits, charges, statements, seats] = await Promise.all([
    currentCheckInCode(user.id, now),
    listMyCheckIns(user.id),
    membership ? chargesForMonth(membership.id, month) : null,
    listMyStatements(user.id),
    listSeatsIAdminister(user.id),
  ]);
  return (
    <Container className="flex flex-col gap-10 pb-16">
      <PageHeader title={t("title")} actions={<LinkButton href="/netsugen">{t("book")}</LinkButton>} />
      {done === "cancelled" && <Alert tone="success">{t("cancelled")}</Alert>}
      <Card as="section">
        <h2 className="text-std-20B-150">{t("membership")}</h2>
        {membership ? (
          <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-std-16N-170">
            <dt className="font-bold">{t("plan")}</dt>
            <dd>{locale === "ja" ? membership.plan.nameJa : membership.plan.nameEn}</dd>
            <dt className="font-bold">{t("status")}</dt>
            <dd>{statusT(membership.status)}</dd>
            <dd className="col-span-2 text-solid-gray-700">
              {t("caps", { future: membership.plan.maxFutureBookings, hours: membership.plan.maxRoomMinutesPerWeek / 60 })}
            </dd>
          </dl>
        ) : (
          <p>{t("noMembership")}</p>
        )}
      </Card>
      {code && <CheckInQr code={code} />}
      {bookings.upcoming.length === 0 ? (
        <section className="flex flex-col gap-2">
          <h2 className="text-std-20B-150">{t("upcoming")}</h2>
          <p>{t("none")}</p>
        </section>
      ) : (
        <BookingTable
          caption={t("upcoming")}
          bookings={bookings.upcoming}
          action={(b, when) => (
            <div className="flex flex-col items-start gap-2">
              {isActiveBooking(b.status) && cancelVerdict(b.startsAt, b.resource, now) === "free" && (
                <>
                  <CancelBookingButton bookingId={b.id} label={t("cancelLabel", { when })} when={when} consequence={t("cancelBody")} cancel={cancelBookingAction} />
                  <TextLink href={`/netsugen/spaces/${b.resource.slug}?date=${tokyoClock(b.startsAt).dateKey}&change=${b.id}`} aria-label={t("changeLabel", { when })}>
                    {t("change")}
                  </TextLink>
                </>
              )}
              {isActiveBooking(b.status) && (
                <TextLink href={`/netsugen/bookings/${b.id}/ics`} prefetch={false} aria-label={t("icsLabel", { when })}>
                  {t("ics")}
                </TextLink>
              )}
            </div>
          )}
        />
      )}
      <p className="text-std-16N-170">
        {t("feedIntro")}{" "}
        <TextLink href={`/api/v1/netsugen/calendar/${feedToken(user.id)}.ics`} prefetch={false}>
          {t("feed")}
        </TextLink>
      </p>
      {bookings.past.length > 0 && <BookingTable caption={t("past")} bookings={bookings.past} />}
      {charges && <MonthCharges month={month} lines={charges.lines} totalJpy={charges.totalJpy} />}
      <MyStatements statements={statements} />
      <SeatsPanel
        memberships={seats.map((m) => ({ id: m.id, organisation: m.organisation?.name ?? "", seats: m.seats.map((seat) => ({ name: seat.user.name, email: seat.user.email })) }))}
      />
      <VisitHistory visits={visits} />
    </Container>
  );
}
