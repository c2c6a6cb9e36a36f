import "server-only";
// Daily and weekly digests: one mail listing the notices that waited for it (notify() marks a
// notice `awaitsDigest` when its kind is set to a digest). The DigestRun row (person, cadence,
// window) is written in the same transaction as the mail, and its primary key is the guard:
// however many workers run the job for one window at once, one insert wins and the others roll
// back, so nobody gets a window's digest twice.
import { db } from "../db";
import { isUniqueViolation } from "../db/errors";
import { composeMail } from "../mail/compose";
import { DIGEST_MAIL_KINDS } from "../mail/kinds";
import { mailBaseUrl } from "../mail/settings";
import { presentNotification } from "./present";
import { type DigestCadence, digestWindowKey } from "./rules/digest-window";

/** More than this waits for the next digest: a mail is read, not scrolled. */
const MAX_ITEMS = 50;

export interface DigestOutcome {
  mailed: number;
  /** People with nothing new, or whose digest for this window another worker already wrote. */
  skipped: number;
}

export async function sendDigests(cadence: DigestCadence, now = new Date()): Promise<DigestOutcome> {
  const windowKey = digestWindowKey(cadence, now);
  const people = await db.notificationPreference.findMany({ where: { delivery: cadence }, distinct: ["userId"], select: { userId: true } });
  const outcome: DigestOutcome = { mailed: 0, skipped: 0 };
  for (const { userId } of people) {
    try {
      if (await sendDigestTo(userId, cadence, windowKey)) outcome.mailed++;
      else outcome.skipped++;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      outcome.skipped++;
    }
  }
  return outcome;
}

async function sendDigestTo(userId: string, cadence: DigestCadence, windowKey: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    await tx.digestRun.create({ data: { userId, cadence, windowKey } });
    const kinds = (await tx.notificationPreference.findMany({ where: { userId, delivery: cadence }, select: { kind: true } })).map((row) => row.kind);
    const notices = await tx.notification.findMany({
      where: { userId, awaitsDigest: true, kind: { in: kinds } },
      orderBy: { createdAt: "asc" },
      take: MAX_ITEMS,
      select: { id: true, kind: true, payload: true },
    });
    if (notices.length === 0) return false;
    await tx.notification.updateMany({ where: { id: { in: notices.map((notice) => notice.id) } }, data: { awaitsDigest: false } });
    const which = cadence === "DAILY" ? "daily" : "weekly";
    const id = await composeMail(tx, {
      kind: DIGEST_MAIL_KINDS[cadence],
      userId,
      unsubscribable: true,
      content: {
        subject: { key: `mail.digest.${which}Subject`, values: { count: String(notices.length) } },
        paragraphs: [{ key: `mail.digest.${which}Intro` }],
        items: notices.map((notice) => {
          const presented = presentNotification(notice.kind, notice.payload);
          return { message: { key: `notifications.${presented.messageKey}`, values: presented.values }, url: presented.href ? `${mailBaseUrl()}${presented.href}` : null };
        }),
        action: { url: `${mailBaseUrl()}/account/notifications`, intro: { key: "mail.digest.settingsIntro" }, label: { key: "mail.digest.settingsButton" } },
        reason: { key: `mail.reasons.digest${cadence === "DAILY" ? "Daily" : "Weekly"}` },
      },
    });
    return id !== null;
  });
}
