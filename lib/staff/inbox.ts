import "server-only";
// What is waiting for a staff member when they start the day: each tray is a count and the page
// where the work is done. A tray appears only for people whose role may do that work.
import { can } from "../auth/roles";
import type { CurrentUser } from "../auth/session";
import { tokyoDateKey } from "../dates/tokyo";
import { db } from "../db";
import { addDays, tokyoInstant } from "../netsugen/rules/calendar";

export const INBOX_TRAYS = [
  "kpiApprovals",
  "kpiPublications",
  "ideasToReview",
  "reports",
  "sessionsToday",
  "bookingsToDecide",
  "membershipsToDecide",
  "mailUndelivered",
] as const;
export type InboxTray = (typeof INBOX_TRAYS)[number];

export interface InboxItem {
  tray: InboxTray;
  count: number;
  href: string;
}

// The reports the moderation page handles; reports on workshop posts are handled in each session's console.
const MODERATED_SUBJECTS = ["COMMENT", "PROJECT_UPDATE"] as const;

export async function getStaffInbox(user: CurrentUser, now: Date = new Date()): Promise<InboxItem[]> {
  const today = tokyoDateKey(now);
  const [dayStart, dayEnd] = [tokyoInstant(today), tokyoInstant(addDays(today, 1))];
  const trays: { tray: InboxTray; href: string; allowed: boolean; count: () => Promise<number> }[] = [
    {
      tray: "kpiApprovals",
      href: "/staff/kpis",
      allowed: can(user, "kpi.observation.edit"),
      // Four eyes: values someone else submitted are the ones this person may approve.
      count: () => db.kpiObservation.count({ where: { state: "SUBMITTED", NOT: { submittedById: user.id } } }),
    },
    {
      tray: "kpiPublications",
      href: "/staff/kpis",
      allowed: can(user, "kpi.observation.publish"),
      count: () => db.kpiObservation.count({ where: { state: "APPROVED" } }),
    },
    {
      tray: "ideasToReview",
      href: "/staff/ideas",
      allowed: can(user, "idea.review"),
      count: () => db.idea.count({ where: { status: { in: ["SUBMITTED", "UNDER_REVIEW"] }, hiddenAt: null } }),
    },
    {
      tray: "reports",
      href: "/staff/moderation",
      allowed: can(user, "content.moderate"),
      count: () => db.moderationReport.count({ where: { status: "OPEN", subjectType: { in: [...MODERATED_SUBJECTS] } } }),
    },
    {
      tray: "sessionsToday",
      href: "/staff/workshops",
      allowed: can(user, "workshop.console.view"),
      // Today's sessions in Japan time, and any session still open from an earlier day; a
      // facilitator counts only the sessions they run.
      count: () =>
        db.workshopSession.count({
          where: {
            OR: [{ state: "OPEN" }, { state: { not: "DRAFT" }, startsAt: { gte: dayStart, lt: dayEnd } }],
            ...(can(user, "workshop.manage") ? {} : { facilitators: { some: { id: user.id } } }),
          },
        }),
    },
    {
      tray: "bookingsToDecide",
      href: "/staff/netsugen",
      allowed: can(user, "netsugen.booking.decide"),
      count: () => db.booking.count({ where: { status: "PENDING", endsAt: { gt: now } } }),
    },
    {
      tray: "membershipsToDecide",
      href: "/staff/netsugen",
      allowed: can(user, "netsugen.membership.manage"),
      count: () => db.membership.count({ where: { status: "APPLIED" } }),
    },
    {
      tray: "mailUndelivered",
      href: "/admin/outbox",
      allowed: can(user, "mail.outbox.view"),
      // Mail that gave up, or whose worker died mid-send: someone may not have been told.
      count: () => db.mailMessage.count({ where: { state: { in: ["FAILED", "UNCERTAIN"] } } }),
    },
  ];
  return Promise.all(
    trays.filter((tray) => tray.allowed).map(async ({ tray, href, count }) => ({ tray, href, count: await count() })),
  );
}
