import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { jstClock } from "@/components/netsugen/clock";
import { LinkButton } from "@/components/ui/button";
import { can } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { localised } from "@/lib/i18n/localised";
import { listMyBookings } from "@/lib/netsugen/queries";
import { isActiveBooking } from "@/lib/netsugen/rules/booking";
import { countUnreadNotifications } from "@/lib/notifications/queries";
import { getStaffInbox } from "@/lib/staff/inbox";

/**
 * For someone signed in, the home page leads with what they came back to do: the staff inbox,
 * today's workshops, the next booking, unread notices. The first step is the primary button.
 */
export async function NextSteps({ user }: { user: CurrentUser }) {
  const [t, format, locale] = await Promise.all([getTranslations("homeStart.next"), getFormatter(), getLocale()]);
  const isMember = can(user, "netsugen.book");
  const [inbox, bookings, unread] = await Promise.all([
    can(user, "workshop.console.view") ? getStaffInbox(user) : Promise.resolve([]),
    isMember ? listMyBookings(user.id) : Promise.resolve(null),
    countUnreadNotifications(user.id),
  ]);
  const steps: { href: string; label: string; detail?: string }[] = [];
  if (can(user, "staff.console.view")) {
    const waiting = inbox.reduce((sum, item) => sum + item.count, 0);
    steps.push({ href: "/staff", label: t("staff"), detail: t("staffWaiting", { count: waiting }) });
  } else if (can(user, "workshop.console.view")) {
    const today = inbox.find((item) => item.tray === "sessionsToday")?.count ?? 0;
    steps.push({ href: "/staff/workshops", label: t("facilitator"), detail: t("sessionsToday", { count: today }) });
  }
  if (bookings) {
    const next = bookings.upcoming.find((booking) => isActiveBooking(booking.status));
    steps.push({
      href: "/netsugen/bookings",
      label: t("bookings"),
      detail: next
        ? t("nextBooking", {
            when: `${format.dateTime(next.startsAt, { month: "long", day: "numeric", weekday: "short", timeZone: "Asia/Tokyo" })} ${jstClock(next.startsAt)}`,
            space: localised(locale, next.resource.nameJa, next.resource.nameEn),
          })
        : t("noBooking"),
    });
  }
  if (unread > 0) steps.push({ href: "/notifications", label: t("notifications"), detail: t("unread", { count: unread }) });
  steps.push({ href: "/ideas/new", label: t("submitIdea") }, { href: "/ideas/mine", label: t("myIdeas") });

  return (
    <section aria-labelledby="home-next-title" className="flex flex-col gap-3 rounded-12 border border-solid-gray-420 bg-white p-4 md:p-6">
      <h2 id="home-next-title" className="text-std-20B-150 text-solid-gray-900">
        {t("title", { name: user.name })}
      </h2>
      <ul className="flex flex-col gap-3 sm:flex-row sm:flex-wrap">
        {steps.map((step, index) => (
          <li key={step.href} className="flex flex-col gap-1">
            <LinkButton href={step.href} variant={index === 0 ? "primary" : "secondary"} size="md">
              {step.label}
            </LinkButton>
            {step.detail && <span className="text-std-16N-170 text-solid-gray-800">{step.detail}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
