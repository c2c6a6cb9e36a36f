import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { BookingFormLazy as BookingForm } from "@/components/netsugen/booking-form-lazy";
import { jstClock, jstRange } from "@/components/netsugen/clock";
import { DayTimeline } from "@/components/netsugen/day-timeline";
import { WeekAvailability } from "@/components/netsugen/week-availability";
import { Alert } from "@/components/ui/alert";
import { Button, LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { TextField } from "@/components/ui/text-field";
import { TextLink } from "@/components/ui/text-link";
import { can } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { findFirstBookableDate, getSpace, getSpaceAvailability, getWeekAvailability, listMyProjects } from "@/lib/netsugen/queries";
import { freeFrom, possibleStarts } from "@/lib/netsugen/rules/availability";
import { addDays, tokyoClock } from "@/lib/netsugen/rules/calendar";
import { dateKeySchema, resourceSlugSchema } from "@/lib/netsugen/schemas";
import { joinList } from "@/lib/i18n/punctuation";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ date?: string | string[]; change?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [t, locale] = await Promise.all([getTranslations("netsugen.space"), getLocale()]);
  const space = resourceSlugSchema.safeParse(slug).success ? await getSpace(slug) : null;
  return { title: t("title", { name: space ? (locale === "ja" ? space.nameJa : space.nameEn) : slug }) };
}

export default async function SpacePage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  if (!resourceSlugSchema.safeParse(slug).success) notFound();
  const now = new Date();
  const today = tokyoClock(now).dateKey;
  // Without a readable ?date= the page opens on the first day that can still be booked.
  const parsedDate = dateKeySchema.safeParse(typeof query.date === "string" ? query.date : undefined);
  const date = parsedDate.success ? parsedDate.data : ((await findFirstBookableDate(slug, now)) ?? today);

  const user = await getCurrentUser();
  const change = typeof query.change === "string" && user ? { id: query.change.slice(0, 40), userId: user.id } : undefined;
  const [availability, week, t, locale] = await Promise.all([
    getSpaceAvailability(slug, date, change),
    getWeekAvailability(slug, date, now),
    getTranslations("netsugen.space"),
    getLocale(),
  ]);
  const format = await getFormatter();
  if (!availability || !week) notFound();
  const { space, day, busy, blocked, movingId } = availability;
  const free = freeFrom(availability.free, now);
  const name = locale === "ja" ? space.nameJa : space.nameEn;
  // Noon in Tokyo names the right calendar day in any zone.
  const dateLabel = format.dateTime(new Date(`${date}T12:00:00+09:00`), { month: "long", day: "numeric", weekday: "short", timeZone: "Asia/Tokyo" });
  const projects = user && can(user, "netsugen.book") ? await listMyProjects(user.id) : [];
  const starts = possibleStarts(day, blocked, space, space.minMinutes, now).map((s) => jstClock(s));

  return (
    <Container className="flex flex-col gap-8 pb-16">
      <PageHeader
        eyebrow={<TextLink href="/netsugen">NETSUGEN</TextLink>}
        title={t("title", { name })}
        lead={
          <div className="flex flex-col gap-2">
            <p>
              {t("rules", { min: space.minMinutes, max: space.maxMinutes, advance: space.advanceDays, deadline: space.cancelDeadlineMinutes })}
            </p>
            {(space.bufferBeforeMinutes > 0 || space.bufferAfterMinutes > 0) && (
              <p>{t("buffer", { before: space.bufferBeforeMinutes, after: space.bufferAfterMinutes })}</p>
            )}
          </div>
        }
      />
      {space.requiresApproval && <Alert tone="info" live="off">{t("approval")}</Alert>}

      <form method="get" className="flex flex-wrap items-end gap-4">
        <TextField name="date" type="date" label={t("dateLabel")} defaultValue={date} width="sm" />
        <Button type="submit" variant="secondary">
          {t("show")}
        </Button>
        {movingId && <input type="hidden" name="change" value={movingId} />}
        <LinkButton href={`/netsugen/spaces/${slug}?date=${addDays(date, -1)}${movingId ? `&change=${movingId}` : ""}`} variant="tertiary" size="sm">
          {t("previousDay")}
        </LinkButton>
        <LinkButton href={`/netsugen/spaces/${slug}?date=${addDays(date, 1)}${movingId ? `&change=${movingId}` : ""}`} variant="tertiary" size="sm">
          {t("nextDay")}
        </LinkButton>
      </form>

      <p className="text-std-17B-170">
        {day.open.length > 0
          ? t("dayHours", { date: dateLabel, hours: joinList(locale, day.open.map((i) => jstRange(i.start, i.end))) })
          : t("closed", { date: dateLabel })}
        {day.holiday && (locale === "ja" ? `（${day.holiday.ja}）` : ` (${day.holiday.en})`)}
      </p>
      <DayTimeline free={free} busy={busy} label={t("timeline", { date: dateLabel })} />

      <WeekAvailability days={week} hrefFor={(key) => `/netsugen/spaces/${slug}?date=${key}${movingId ? `&change=${movingId}` : ""}`} />

      <section aria-labelledby="booking-form" className="flex max-w-180 flex-col gap-4">
        <h2 id="booking-form" className="text-std-24B-150">
          {movingId ? t("changeTitle") : t("formTitle")}
        </h2>
        {!user ? (
          <p className="text-std-16N-170">
            <TextLink href={`/signin?callbackUrl=${encodeURIComponent(`/netsugen/spaces/${slug}?date=${date}`)}`}>{t("signInToBook")}</TextLink>
          </p>
        ) : !can(user, "netsugen.book") ? (
          <p className="text-std-16N-170">{t("membersOnly")}</p>
        ) : (
          <BookingForm
            key={date}
            slug={slug}
            date={date}
            starts={starts}
            minMinutes={space.minMinutes}
            maxMinutes={space.maxMinutes}
            requiresApproval={space.requiresApproval}
            changingId={movingId}
            projects={projects.map((p) => ({ slug: p.slug, title: locale === "en" && p.titleEn ? p.titleEn : p.titleJa }))}
          />
        )}
      </section>
    </Container>
  );
}
