import "server-only";
// Supporters who asked to hear about the places they are tied to (notifyConsent) are told, by
// notice and mail as they chose, of what opens there: a published project's new need, an upcoming
// workshop session of the area (a call for ideas), and an upcoming NETSUGEN event. Those tied to
// Gunma as a whole hear of all of them. A background job, so that one new need with a thousand
// supporters does not slow the lead's form. Each item is claimed (supportersToldAt) and its notices
// written in one transaction, so a job run twice, or by two workers, tells no one twice.
import type { Prisma } from "../generated/prisma/client";
import { tokyoDateKey } from "../dates/tokyo";
import { db, type Tx } from "../db";
import { notify } from "../notifications/notify";
import { NETSUGEN_MUNICIPALITY } from "./ledger";

export const SUPPORTER_NEED_KIND = "supporter.need";
export const SUPPORTER_WORKSHOP_KIND = "supporter.workshop";
export const SUPPORTER_EVENT_KIND = "supporter.event";

/** A need older than this when the job first sees it (the job was down for days) is not announced. */
const FRESH_FOR_MS = 7 * 24 * 60 * 60 * 1000;
/** Items of each kind handled per run; the rest wait for the next run, minutes later. */
const PER_RUN = 50;

export interface AlertOutcome {
  needs: number;
  sessions: number;
  events: number;
  notified: number;
}

type Place = Prisma.SupporterWhereInput | null;

/**
 * Claims one item and tells every supporter of its place who asked, except `exclude`; false when
 * another run claimed it first.
 */
async function tellOnce(claim: (tx: Tx) => Promise<number>, place: Place, exclude: readonly string[], notice: { kind: string; payload: Prisma.InputJsonObject }): Promise<number | null> {
  return db.$transaction(async (tx) => {
    if ((await claim(tx)) === 0) return null;
    const supporters = await tx.supporter.findMany({
      where: { notifyConsent: true, userId: { notIn: [...exclude] }, user: { deletedAt: null, disabledAt: null }, OR: [{ wholePrefecture: true }, ...(place ? [place] : [])] },
      select: { userId: true },
    });
    for (const { userId } of supporters) await notify(tx, { userId, ...notice });
    return supporters.length;
  });
}

const inAreas = (areaIds: number[]): Place => (areaIds.length > 0 ? { ties: { some: { municipality: { areaId: { in: areaIds } } } } } : null);

async function tellOfNeeds(now: Date, outcome: AlertOutcome): Promise<void> {
  const needs = await db.projectNeed.findMany({
    where: { supportersToldAt: null, status: "OPEN", openedAt: { gte: new Date(now.getTime() - FRESH_FOR_MS) }, project: { publishedAt: { not: null } } },
    orderBy: { openedAt: "asc" },
    take: PER_RUN,
    select: { id: true, titleJa: true, project: { select: { slug: true, titleJa: true, municipalityId: true, areaId: true, members: { select: { userId: true } } } } },
  });
  for (const need of needs) {
    const { project } = need;
    const place: Place = project.municipalityId !== null ? { ties: { some: { municipalityId: project.municipalityId } } } : inAreas(project.areaId !== null ? [project.areaId] : []);
    const told = await tellOnce(
      (tx) => tx.projectNeed.updateMany({ where: { id: need.id, supportersToldAt: null }, data: { supportersToldAt: now } }).then((r) => r.count),
      place,
      project.members.flatMap((m) => (m.userId ? [m.userId] : [])),
      { kind: SUPPORTER_NEED_KIND, payload: { projectSlug: project.slug, projectTitle: project.titleJa, needTitle: need.titleJa } },
    );
    if (told === null) continue;
    outcome.needs++;
    outcome.notified += told;
  }
}

async function tellOfSessions(now: Date, outcome: AlertOutcome): Promise<void> {
  const sessions = await db.workshopSession.findMany({
    where: { supportersToldAt: null, state: { in: ["SCHEDULED", "OPEN"] }, startsAt: { gt: now } },
    orderBy: { startsAt: "asc" },
    take: PER_RUN,
    select: { id: true, number: true, startsAt: true, series: { select: { slug: true, titleJa: true, areas: { select: { id: true } } } } },
  });
  for (const session of sessions) {
    const told = await tellOnce(
      (tx) => tx.workshopSession.updateMany({ where: { id: session.id, supportersToldAt: null }, data: { supportersToldAt: now } }).then((r) => r.count),
      inAreas(session.series.areas.map((a) => a.id)),
      [],
      { kind: SUPPORTER_WORKSHOP_KIND, payload: { seriesSlug: session.series.slug, seriesTitle: session.series.titleJa, number: String(session.number), date: tokyoDateKey(session.startsAt) } },
    );
    if (told === null) continue;
    outcome.sessions++;
    outcome.notified += told;
  }
}

async function tellOfEvents(now: Date, outcome: AlertOutcome): Promise<void> {
  const events = await db.event.findMany({
    where: { supportersToldAt: null, isPublic: true, startsAt: { gt: now } },
    orderBy: { startsAt: "asc" },
    take: PER_RUN,
    select: { id: true, slug: true, titleJa: true, startsAt: true, locationId: true },
  });
  for (const event of events) {
    const told = await tellOnce(
      (tx) => tx.event.updateMany({ where: { id: event.id, supportersToldAt: null }, data: { supportersToldAt: now } }).then((r) => r.count),
      event.locationId ? { ties: { some: { municipality: { code: NETSUGEN_MUNICIPALITY } } } } : null,
      [],
      { kind: SUPPORTER_EVENT_KIND, payload: { eventSlug: event.slug, eventTitle: event.titleJa, date: tokyoDateKey(event.startsAt) } },
    );
    if (told === null) continue;
    outcome.events++;
    outcome.notified += told;
  }
}

/** One run of the job: new needs, upcoming sessions and upcoming events not yet announced. */
export async function tellSupporters(now = new Date()): Promise<AlertOutcome> {
  const outcome: AlertOutcome = { needs: 0, sessions: 0, events: 0, notified: 0 };
  await tellOfNeeds(now, outcome);
  await tellOfSessions(now, outcome);
  await tellOfEvents(now, outcome);
  return outcome;
}
