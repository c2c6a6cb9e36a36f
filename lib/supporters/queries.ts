import "server-only";
import { db } from "../db";
import { setting } from "../env";
import { activityLedger, type LedgerEntry } from "./ledger";
import { activitiesInWindow, DEFAULT_CORE_THRESHOLD, supporterTier, type SupporterTier } from "./tier";

/** Activities in 12 months that make a supporter a 「担い手」: SUPPORTER_CORE_ACTIVITIES, or 3. */
export const coreThreshold = (): number => setting("SUPPORTER_CORE_ACTIVITIES") ?? DEFAULT_CORE_THRESHOLD;

export interface SupporterStanding {
  registration: NonNullable<Awaited<ReturnType<typeof findRegistration>>>;
  ledger: LedgerEntry[];
  tier: SupporterTier;
  /** Activities in the last 12 months, and how many make a 「担い手」. */
  recent: number;
  threshold: number;
}

function findRegistration(userId: string) {
  return db.supporter.findUnique({
    where: { userId },
    select: { residence: true, wholePrefecture: true, tieKinds: true, notifyConsent: true, registerConsent: true, registeredAt: true, ties: { select: { municipalityId: true } } },
  });
}

/** The caller's registration with its ledger and tier; null when they have not registered. */
export async function supporterStanding(userId: string, now = new Date()): Promise<SupporterStanding | null> {
  const registration = await findRegistration(userId);
  if (!registration) return null;
  const ledger = await activityLedger(userId);
  const threshold = coreThreshold();
  const dates = ledger.map((e) => e.at);
  return { registration, ledger, tier: supporterTier(dates, now, threshold), recent: activitiesInWindow(dates, now), threshold };
}
