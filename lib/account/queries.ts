import "server-only";
import { db } from "../db";
import { SESSION_MAX_AGE_SECONDS } from "../auth/user-sessions";

export interface AccountProfile {
  name: string;
  email: string;
  roles: string[];
  locale: string;
  isPublicProfile: boolean;
  createdAt: Date;
}

export function getAccountProfile(userId: string): Promise<AccountProfile> {
  return db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { name: true, email: true, roles: true, locale: true, isPublicProfile: true, createdAt: true },
  });
}

export interface AccountSession {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  userAgent: string | null;
}

/** Browsers still signed in: not revoked, and used within a session's lifetime. */
export function listActiveSessions(userId: string, now = new Date()): Promise<AccountSession[]> {
  return db.userSession.findMany({
    where: { userId, revokedAt: null, lastSeenAt: { gt: new Date(now.getTime() - SESSION_MAX_AGE_SECONDS * 1000) } },
    orderBy: { lastSeenAt: "desc" },
    take: 50,
    select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true },
  });
}

/** How many records of each kind the platform holds about one person, for the account page: one query. */
export async function countPersonalData(userId: string) {
  const { _count: c } = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      _count: {
        select: {
          ideas: true,
          comments: true,
          supportOffers: true,
          projectUpdates: true,
          projectFollows: true,
          reactions: true,
          reports: true,
          projectMembers: true,
          participations: true,
          bookings: true,
          memberships: true,
          checkIns: true,
          eventRegistrations: true,
          notifications: true,
          sessions: true,
        },
      },
    },
  });
  return {
    ideas: c.ideas,
    comments: c.comments,
    offers: c.supportOffers,
    updates: c.projectUpdates,
    follows: c.projectFollows,
    cheers: c.reactions,
    reports: c.reports,
    teams: c.projectMembers,
    participations: c.participations,
    bookings: c.bookings,
    memberships: c.memberships,
    checkIns: c.checkIns,
    eventRegistrations: c.eventRegistrations,
    notifications: c.notifications,
    sessions: c.sessions,
  };
}

export type PersonalDataCounts = Awaited<ReturnType<typeof countPersonalData>>;

/**
 * Everything the platform holds about one person, for the download (個人情報保護法 第33条). Other
 * people's personal data is left out: a project is named by its title, not by who leads it.
 */
export async function exportPersonalData(userId: string, now = new Date()) {
  const project = { select: { slug: true, titleJa: true } } as const;
  const [profile, sessions, ideas, comments, offers, updates, follows, cheers, reports, teams, participations, bookings, memberships, checkIns, eventRegistrations, notifications, mailSettings, supporter] =
    await Promise.all([
      db.user.findUniqueOrThrow({
        where: { id: userId },
        select: { id: true, name: true, email: true, roles: true, locale: true, isPublicProfile: true, createdAt: true, updatedAt: true },
      }),
      db.userSession.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, select: { createdAt: true, lastSeenAt: true, userAgent: true, revokedAt: true } }),
      db.idea.findMany({
        where: { authorId: userId },
        orderBy: { createdAt: "desc" },
        select: { id: true, title: true, description: true, status: true, needs: true, answer: true, createdAt: true, publishedAt: true },
      }),
      db.comment.findMany({ where: { authorId: userId }, orderBy: { createdAt: "desc" }, select: { id: true, body: true, createdAt: true, hiddenAt: true, project, idea: { select: { id: true, title: true } } } }),
      db.supportOffer.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, select: { id: true, message: true, amountJpy: true, status: true, createdAt: true, decidedAt: true, project, need: { select: { titleJa: true } } } }),
      db.projectUpdate.findMany({ where: { authorId: userId }, orderBy: { publishedAt: "desc" }, select: { id: true, body: true, publishedAt: true, hiddenAt: true, project } }),
      db.projectFollower.findMany({ where: { userId }, select: { createdAt: true, project } }),
      db.reaction.findMany({ where: { userId }, select: { kind: true, createdAt: true, project, idea: { select: { id: true, title: true } } } }),
      db.moderationReport.findMany({ where: { reporterId: userId }, select: { subjectType: true, subjectId: true, reason: true, status: true, createdAt: true } }),
      db.projectMember.findMany({ where: { userId }, select: { role: true, createdAt: true, project } }),
      db.workshopParticipant.findMany({
        where: { userId },
        select: { nickname: true, affiliation: true, joinedAt: true, session: { select: { kind: true, startsAt: true, series: { select: { titleJa: true } } } } },
      }),
      db.booking.findMany({
        where: { userId },
        orderBy: { startsAt: "desc" },
        select: { id: true, startsAt: true, endsAt: true, status: true, purpose: true, createdAt: true, cancelledAt: true, resource: { select: { nameJa: true, nameEn: true } } },
      }),
      db.membership.findMany({
        where: { holderId: userId },
        select: {
          id: true,
          status: true,
          appliedAt: true,
          startsOn: true,
          endsOn: true,
          plan: { select: { code: true, nameJa: true, nameEn: true } },
          statements: { select: { month: true, totalJpy: true, issuedAt: true, paidAt: true } },
        },
      }),
      db.checkIn.findMany({ where: { userId }, orderBy: { checkedInAt: "desc" }, select: { checkedInAt: true, checkedOutAt: true, feeJpy: true } }),
      db.eventRegistration.findMany({ where: { userId }, select: { name: true, email: true, status: true, createdAt: true, event: { select: { titleJa: true, startsAt: true } } } }),
      db.notification.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, select: { kind: true, payload: true, readAt: true, createdAt: true } }),
      db.notificationPreference.findMany({ where: { userId }, orderBy: { kind: "asc" }, select: { kind: true, delivery: true, updatedAt: true } }),
      db.supporter.findUnique({
        where: { userId },
        select: { residence: true, wholePrefecture: true, tieKinds: true, notifyConsent: true, registerConsent: true, registeredAt: true, updatedAt: true, ties: { select: { municipality: { select: { nameJa: true } } } } },
      }),
    ]);
  return {
    exportedAt: now.toISOString(),
    profile,
    sessions,
    ideas,
    comments,
    supportOffers: offers,
    projectUpdates: updates,
    follows,
    cheers,
    reports,
    projectTeams: teams,
    workshopParticipations: participations,
    bookings,
    memberships,
    checkIns,
    eventRegistrations,
    notifications,
    mailSettings,
    supporter: supporter && { ...supporter, ties: supporter.ties.map((tie) => tie.municipality.nameJa) },
  };
}
