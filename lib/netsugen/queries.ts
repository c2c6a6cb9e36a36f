import "server-only";
import { cache } from "react";
// Read models for the NETSUGEN pages and the public API. Public shapes carry no member data:
// busy time is only ever an interval.
import { db } from "../db";
import { loadBlocked, loadDays } from "./day-context";
import { ACTIVE_STATUSES } from "./rules/booking";
import { dayAvailability, freeFrom, possibleStarts } from "./rules/availability";
import { addDays, tokyoClock, tokyoInstant } from "./rules/calendar";
import { isOpenAt } from "./rules/opening-hours";
import { utilisation } from "./rules/utilisation";

export const DEFAULT_LOCATION_CODE = "netsugen-32f";

const PUBLIC_RESOURCE = {
  id: true,
  slug: true,
  kind: true,
  nameJa: true,
  nameEn: true,
  descriptionJa: true,
  descriptionEn: true,
  capacity: true,
  equipment: true,
  minMinutes: true,
  maxMinutes: true,
  bufferBeforeMinutes: true,
  bufferAfterMinutes: true,
  advanceDays: true,
  requiresApproval: true,
  cancelDeadlineMinutes: true,
  isDemo: true,
  location: { select: { code: true, nameJa: true, nameEn: true, floor: true } },
} as const;

export function listSpaces() {
  return db.spaceResource.findMany({
    where: { active: true },
    select: PUBLIC_RESOURCE,
    orderBy: [{ location: { floor: "desc" } }, { kind: "asc" }, { slug: "asc" }],
  });
}
export type SpaceDto = Awaited<ReturnType<typeof listSpaces>>[number];

// Per request: the page and its metadata both ask for it.
export const getSpace = cache(function getSpace(slug: string) {
  return db.spaceResource.findFirst({ where: { slug, active: true }, select: { ...PUBLIC_RESOURCE, locationId: true } });
});

/**
 * Free and busy time of one resource on one Tokyo day; null for an unknown resource. `ownBooking`
 * is left out of the blocked ranges (when its owner is moving it), but still shown as busy.
 */
export async function getSpaceAvailability(slug: string, dateKey: string, ownBooking?: { id: string; userId: string }) {
  const space = await getSpace(slug);
  if (!space) return null;
  const moving = ownBooking
    ? await db.booking.findFirst({ where: { id: ownBooking.id, userId: ownBooking.userId, resourceId: space.id, status: { in: [...ACTIVE_STATUSES] } }, select: { id: true } })
    : null;
  const [[day], blocked, othersBlocked] = await Promise.all([
    loadDays(db, space.locationId, dateKey),
    loadBlocked(db, space.id, dateKey),
    moving ? loadBlocked(db, space.id, dateKey, moving.id) : null,
  ]);
  if (!day) return null;
  return { space, day, ...dayAvailability(day, blocked), blocked: othersBlocked ?? blocked, movingId: moving?.id ?? null };
}

/** The public facts of the space: hours today and this week, plans, occupancy now, events. */
export async function getNetsugenOverview(now: Date = new Date(), locationCode = DEFAULT_LOCATION_CODE) {
  const location = await db.spaceLocation.findUnique({
    where: { code: locationCode },
    select: { id: true, code: true, nameJa: true, nameEn: true, buildingJa: true, buildingEn: true, floor: true },
  });
  if (!location) return null;
  const today = tokyoClock(now).dateKey;
  const [week, plans, seats, inUse, events] = await Promise.all([
    loadDays(db, location.id, today, 7),
    db.membershipPlan.findMany({
      orderBy: { priceJpy: "desc" },
      select: { code: true, nameJa: true, nameEn: true, kind: true, priceJpy: true, per: true, dailyCapJpy: true },
    }),
    db.spaceResource.aggregate({ where: { locationId: location.id, kind: "COWORKING", active: true }, _sum: { capacity: true } }),
    db.checkIn.count({ where: { locationId: location.id, checkedOutAt: null } }),
    listUpcomingEvents(now, location.id),
  ]);
  const [todayHours] = week;
  return {
    location,
    today: todayHours!,
    openNow: todayHours ? isOpenAt(todayHours, now) : false,
    week,
    plans,
    occupancy: { inUse, capacity: seats._sum.capacity ?? 0 },
    events,
  };
}
export type NetsugenOverview = NonNullable<Awaited<ReturnType<typeof getNetsugenOverview>>>;

export function listUpcomingEvents(now: Date, locationId?: string, take = 5) {
  return db.event.findMany({
    where: { isPublic: true, endsAt: { gt: now }, ...(locationId ? { OR: [{ locationId }, { locationId: null }] } : {}) },
    orderBy: { startsAt: "asc" },
    take,
    select: { slug: true, titleJa: true, titleEn: true, kind: true, startsAt: true, endsAt: true, capacity: true, isDemo: true },
  });
}

/** The member's current membership (own or a company seat), with its plan. */
export function getMembershipFor(userId: string) {
  return db.membership.findFirst({
    where: { OR: [{ holderId: userId }, { seats: { some: { userId } } }], status: { in: ["ACTIVE", "APPLIED", "SUSPENDED"] } },
    orderBy: { appliedAt: "desc" },
    select: {
      id: true,
      status: true,
      startsOn: true,
      bookingSuspendedUntil: true,
      plan: { select: { code: true, nameJa: true, nameEn: true, priceJpy: true, per: true, dailyCapJpy: true, maxFutureBookings: true, maxRoomMinutesPerWeek: true } },
    },
  });
}

const MY_BOOKING = {
  id: true,
  startsAt: true,
  endsAt: true,
  status: true,
  purpose: true,
  decisionNote: true,
  resource: { select: { slug: true, nameJa: true, nameEn: true, cancelDeadlineMinutes: true, requiresApproval: true } },
} as const;

/**
 * A member's bookings: everything still to come, cancelled and declined ones included (a member
 * looks for a booking by its date, and must see that it is off), then the last 30 days.
 */
export async function listMyBookings(userId: string, now: Date = new Date()) {
  const [upcoming, past] = await Promise.all([
    db.booking.findMany({
      where: { userId, endsAt: { gt: now } },
      orderBy: { startsAt: "asc" },
      select: MY_BOOKING,
    }),
    db.booking.findMany({
      where: {
        userId,
        startsAt: { gt: new Date(now.getTime() - 30 * 86_400_000) },
        endsAt: { lte: now },
      },
      orderBy: { startsAt: "desc" },
      take: 20,
      select: MY_BOOKING,
    }),
  ]);
  return { upcoming, past };
}
export type MyBooking = Awaited<ReturnType<typeof listMyBookings>>["upcoming"][number];

const STAFF_BOOKING = {
  ...MY_BOOKING,
  project: { select: { slug: true, titleJa: true } },
  createdAt: true,
  user: { select: { id: true, name: true, email: true } },
} as const;

/** Staff: every booking of the Tokyo day, by start. */
export function listBookingsOnDay(dateKey: string) {
  return db.booking.findMany({
    where: { startsAt: { gte: tokyoInstant(dateKey), lt: tokyoInstant(addDays(dateKey, 1)) } },
    orderBy: [{ startsAt: "asc" }, { resource: { slug: "asc" } }],
    select: STAFF_BOOKING,
  });
}

/** Staff: requests awaiting a decision, soonest first. */
export function listPendingBookings(now: Date = new Date()) {
  return db.booking.findMany({
    where: { status: "PENDING", endsAt: { gt: now } },
    orderBy: { startsAt: "asc" },
    select: STAFF_BOOKING,
  });
}
export type StaffBooking = Awaited<ReturnType<typeof listPendingBookings>>[number];

/** Staff: booked minutes per resource by Tokyo weekday, over four weeks either side of now. */
export async function getUtilisation(now: Date = new Date()) {
  const window = 28 * 86_400_000;
  const bookings = await db.booking.findMany({
    where: { status: { in: ["PENDING", "CONFIRMED", "COMPLETED"] }, startsAt: { gt: new Date(now.getTime() - window), lt: new Date(now.getTime() + window) } },
    select: { startsAt: true, endsAt: true, resource: { select: { slug: true } } },
    take: 20_000,
  });
  const resources = await db.spaceResource.findMany({ where: { active: true, kind: { not: "COWORKING" } }, select: { slug: true, nameJa: true, nameEn: true }, orderBy: { slug: "asc" } });
  const grid = utilisation(bookings.map((b) => ({ resource: b.resource.slug, startsAt: b.startsAt, endsAt: b.endsAt })));
  return resources.map((r) => ({ ...r, minutesByWeekday: (grid.byWeekday[r.slug] ?? Array<number>(8).fill(0)).slice(1) }));
}

/** Free time of a resource for seven Tokyo days from `fromKey`, for the week view; time already past is not free. */
export async function getWeekAvailability(slug: string, fromKey: string, now: Date = new Date()) {
  const space = await getSpace(slug);
  if (!space) return null;
  const days = await loadDays(db, space.locationId, fromKey, 7);
  return Promise.all(
    days.map(async (day) => {
      const blocked = await loadBlocked(db, space.id, day.dateKey);
      return { dateKey: day.dateKey, holiday: day.holiday?.ja ?? null, open: day.open.length > 0, free: freeFrom(dayAvailability(day, blocked).free, now) };
    }),
  );
}

/**
 * The first Tokyo day, from today to the last bookable one, on which the shortest booking still
 * fits: where the booking page opens when no day is asked for. Days are read one at a time
 * because the answer is nearly always today or tomorrow.
 */
export async function findFirstBookableDate(slug: string, now: Date = new Date()): Promise<string | null> {
  const space = await getSpace(slug);
  if (!space) return null;
  const today = tokyoClock(now).dateKey;
  const days = await loadDays(db, space.locationId, today, space.advanceDays + 1);
  for (const day of days) {
    if (day.open.length === 0) continue;
    const blocked = await loadBlocked(db, space.id, day.dateKey);
    if (possibleStarts(day, blocked, space, space.minMinutes, now).length > 0) return day.dateKey;
  }
  return null;
}

/** The co-creation projects a member belongs to, to link a booking to one. */
export function listMyProjects(userId: string) {
  return db.project.findMany({ where: { members: { some: { userId } } }, orderBy: { titleJa: "asc" }, take: 50, select: { slug: true, titleJa: true, titleEn: true } });
}
