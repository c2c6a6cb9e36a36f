import "server-only";
import { db } from "../db";

// A supporter's activity ledger. It is read from what the person did rather than stored beside
// it, so it cannot drift from the records it reflects, it includes what they did before they
// registered, and an undone act (a withdrawn offer, a left team) leaves it by itself.

export const ACTIVITY_KINDS = ["workshop", "checkIn", "offerAccepted", "event", "team", "ideaAnswered"] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Where an activity happened: a municipality, or only an area (a workshop series covers one). */
export interface Place {
  nameJa: string;
  nameEn: string;
}

export interface LedgerEntry {
  kind: ActivityKind;
  at: Date;
  /** What it was about, in both languages (the English may be missing). */
  subjectJa: string;
  subjectEn: string | null;
  place: Place | null;
  /** Where the thing can be seen, if it has a public page. */
  href: string | null;
}

/** NETSUGEN is on the 32nd floor of the prefectural office, in 前橋市 (seed 002). */
export const NETSUGEN_MUNICIPALITY = "maebashi";

// What counts as each activity, shared by one person's ledger and the public monthly figures.
const ACCEPTED_OFFER = { status: "ACCEPTED", decidedAt: { not: null } } as const;
const ATTENDED = { checkedInAt: { not: null } } as const;
const ANSWERED = { answerPublishedAt: { not: null } } as const;

const placeOf = (m: { nameJa: string; nameEn: string } | null | undefined, a?: { nameJa: string; nameEn: string } | null): Place | null => m ?? a ?? null;
const municipalityAndArea = { municipality: { select: { nameJa: true, nameEn: true } }, area: { select: { nameJa: true, nameEn: true } } } as const;

/** Every activity of one person, newest first. */
export async function activityLedger(userId: string): Promise<LedgerEntry[]> {
  const [maebashi, workshops, checkIns, offers, events, teams, ideas] = await Promise.all([
    db.municipality.findUnique({ where: { code: NETSUGEN_MUNICIPALITY }, select: { nameJa: true, nameEn: true } }),
    db.workshopParticipant.findMany({
      where: { userId },
      select: { joinedAt: true, session: { select: { id: true, number: true, state: true, series: { select: { titleJa: true, titleEn: true, areas: { select: { nameJa: true, nameEn: true }, take: 1 } } } } } },
    }),
    db.checkIn.findMany({ where: { userId }, select: { checkedInAt: true, location: { select: { nameJa: true, nameEn: true } } } }),
    db.supportOffer.findMany({
      where: { userId, ...ACCEPTED_OFFER },
      select: { decidedAt: true, project: { select: { slug: true, titleJa: true, titleEn: true, ...municipalityAndArea } } },
    }),
    db.eventRegistration.findMany({
      where: { userId, ...ATTENDED },
      select: { checkedInAt: true, event: { select: { slug: true, titleJa: true, titleEn: true, locationId: true } } },
    }),
    db.projectMember.findMany({ where: { userId }, select: { createdAt: true, project: { select: { slug: true, titleJa: true, titleEn: true, ...municipalityAndArea } } } }),
    db.idea.findMany({ where: { authorId: userId, ...ANSWERED }, select: { id: true, title: true, answerPublishedAt: true, ...municipalityAndArea } }),
  ]);
  const entries: LedgerEntry[] = [
    ...workshops.map((w) => ({
      kind: "workshop" as const,
      at: w.joinedAt,
      subjectJa: `${w.session.series.titleJa}（第${w.session.number}回）`,
      subjectEn: `${w.session.series.titleEn} (session ${w.session.number})`,
      place: placeOf(null, w.session.series.areas[0]),
      // A session's results page opens once it has ended.
      href: w.session.state === "CLOSED" ? `/workshops/sessions/${w.session.id}` : null,
    })),
    ...checkIns.map((c) => ({ kind: "checkIn" as const, at: c.checkedInAt, subjectJa: c.location.nameJa, subjectEn: c.location.nameEn, place: maebashi, href: "/netsugen" })),
    ...offers.map((o) => ({ kind: "offerAccepted" as const, at: o.decidedAt!, subjectJa: o.project.titleJa, subjectEn: o.project.titleEn, place: placeOf(o.project.municipality, o.project.area), href: `/zukan/${o.project.slug}` })),
    ...events.map((e) => ({ kind: "event" as const, at: e.checkedInAt!, subjectJa: e.event.titleJa, subjectEn: e.event.titleEn, place: e.event.locationId ? maebashi : null, href: `/netsugen/events/${e.event.slug}` })),
    ...teams.map((t) => ({ kind: "team" as const, at: t.createdAt, subjectJa: t.project.titleJa, subjectEn: t.project.titleEn, place: placeOf(t.project.municipality, t.project.area), href: `/zukan/${t.project.slug}` })),
    ...ideas.map((i) => ({ kind: "ideaAnswered" as const, at: i.answerPublishedAt!, subjectJa: i.title, subjectEn: null, place: placeOf(i.municipality, i.area), href: "/ideas/mine" })),
  ];
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime());
}

/**
 * When each activity of every registered supporter since `from` happened, for the public monthly
 * figures: dates only, nothing that names a person or a thing.
 */
export async function supporterActivityDates(from: Date): Promise<Date[]> {
  const supporter = { supporter: { isNot: null } } as const;
  const [workshops, checkIns, offers, events, teams, ideas] = await Promise.all([
    db.workshopParticipant.findMany({ where: { user: supporter, joinedAt: { gte: from } }, select: { joinedAt: true } }),
    db.checkIn.findMany({ where: { user: supporter, checkedInAt: { gte: from } }, select: { checkedInAt: true } }),
    db.supportOffer.findMany({ where: { user: supporter, ...ACCEPTED_OFFER, decidedAt: { gte: from } }, select: { decidedAt: true } }),
    db.eventRegistration.findMany({ where: { user: supporter, ...ATTENDED, checkedInAt: { gte: from } }, select: { checkedInAt: true } }),
    db.projectMember.findMany({ where: { user: supporter, createdAt: { gte: from } }, select: { createdAt: true } }),
    db.idea.findMany({ where: { author: supporter, ...ANSWERED, answerPublishedAt: { gte: from } }, select: { answerPublishedAt: true } }),
  ]);
  return [
    ...workshops.map((r) => r.joinedAt),
    ...checkIns.map((r) => r.checkedInAt),
    ...offers.map((r) => r.decidedAt!),
    ...events.map((r) => r.checkedInAt!),
    ...teams.map((r) => r.createdAt),
    ...ideas.map((r) => r.answerPublishedAt!),
  ];
}
