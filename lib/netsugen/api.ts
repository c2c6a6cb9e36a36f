// Shapes for the public API (/api/v1/netsugen, /api/v1/spaces…): times as ISO strings with the
// Tokyo offset, names in both languages, and never a member's identity.
import type { DayHours, Interval } from "./rules/opening-hours";
import { formatMinute } from "./rules/calendar";
import type { NetsugenOverview, SpaceDto } from "./queries";

const JST_OFFSET_MS = 9 * 3_600_000;

/** "2026-12-01T10:00:00+09:00": Japan keeps one offset all year. */
export function toJstIso(date: Date): string {
  return `${new Date(date.getTime() + JST_OFFSET_MS).toISOString().slice(0, 19)}+09:00`;
}

export const intervalsJson = (xs: readonly Interval[]) => xs.map((x) => ({ start: toJstIso(x.start), end: toJstIso(x.end) }));

export function dayJson(day: DayHours) {
  return {
    date: day.dateKey,
    dayType: day.dayType,
    holiday: day.holiday,
    regular: day.regular ? { opens: formatMinute(day.regular.opensMinute), closes: formatMinute(day.regular.closesMinute) } : null,
    open: intervalsJson(day.open),
    closures: day.closures.map((c) => ({ start: toJstIso(c.startsAt), end: toJstIso(c.endsAt), reason: { ja: c.reasonJa, en: c.reasonEn } })),
  };
}

export function spaceJson(space: SpaceDto) {
  return {
    slug: space.slug,
    kind: space.kind,
    name: { ja: space.nameJa, en: space.nameEn },
    description: { ja: space.descriptionJa, en: space.descriptionEn },
    capacity: space.capacity,
    equipment: space.equipment,
    rules: {
      minMinutes: space.minMinutes,
      maxMinutes: space.maxMinutes,
      stepMinutes: 15,
      bufferBeforeMinutes: space.bufferBeforeMinutes,
      bufferAfterMinutes: space.bufferAfterMinutes,
      advanceDays: space.advanceDays,
      requiresApproval: space.requiresApproval,
      cancelDeadlineMinutes: space.cancelDeadlineMinutes,
    },
    location: { code: space.location.code, name: { ja: space.location.nameJa, en: space.location.nameEn }, floor: space.location.floor },
    isDemo: space.isDemo,
  };
}

export function overviewJson(overview: NetsugenOverview, now: Date) {
  return {
    now: toJstIso(now),
    location: {
      code: overview.location.code,
      name: { ja: overview.location.nameJa, en: overview.location.nameEn },
      building: { ja: overview.location.buildingJa, en: overview.location.buildingEn },
      floor: overview.location.floor,
    },
    today: { ...dayJson(overview.today), openNow: overview.openNow },
    week: overview.week.map(dayJson),
    plans: overview.plans.map((p) => ({
      code: p.code,
      kind: p.kind,
      name: { ja: p.nameJa, en: p.nameEn },
      priceJpy: p.priceJpy,
      per: p.per.toLowerCase(),
      dailyCapJpy: p.dailyCapJpy,
    })),
    occupancy: { seatsInUse: overview.occupancy.inUse, seats: overview.occupancy.capacity },
    events: overview.events.map((e) => ({
      slug: e.slug,
      kind: e.kind,
      title: { ja: e.titleJa, en: e.titleEn },
      startsAt: toJstIso(e.startsAt),
      endsAt: toJstIso(e.endsAt),
      capacity: e.capacity,
      isDemo: e.isDemo,
    })),
  };
}
