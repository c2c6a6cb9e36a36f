import "server-only";
// Reception: staff scan or type a member's rotating code; the first scan checks them in, the
// next checks them out and settles the drop-in fee for the visit. The partial unique index
// CheckIn_one_open_per_user keeps a member to one open visit, however fast the scans come.
import { createHash, randomBytes } from "node:crypto";
import { z } from "../validation/zod";
import { firstErrorOf } from "../validation/text";
import { fail, ok, type ActionResult } from "../actions/result";
import { recordAudit } from "../audit/record";
import { resolveAuthSecret } from "../auth/secret";
import { can, type Actor } from "../auth/roles";
import { db } from "../db";
import { isUniqueViolation } from "../db/errors";
import { checkInCode, matchCheckInCode } from "./rules/check-in-code";
import { addDays, tokyoClock, tokyoInstant } from "./rules/calendar";
import { dropInCharges, totalJpy, type Visit } from "./rules/fees";
import { DEFAULT_LOCATION_CODE } from "./queries";

function serverKey(): string {
  return createHash("sha256").update(`netsugen-checkin:${resolveAuthSecret()}`).digest("base64url");
}

/** A random seed, set only where none exists yet, so two tabs opening the page at once agree on one. */
const newSeed = () => randomBytes(32).toString("base64url");

/**
 * The member's code for now, creating their private seed on first use: the holder's from the
 * membership, a company's staff from their own seat. Null without an active membership or seat.
 */
export async function currentCheckInCode(userId: string, now: Date = new Date()): Promise<string | null> {
  const membership = await db.membership.findFirst({
    where: { holderId: userId, status: "ACTIVE" },
    orderBy: { appliedAt: "desc" },
    select: { id: true, qrSecret: true },
  });
  if (membership) {
    let seed = membership.qrSecret;
    if (!seed) {
      await db.membership.updateMany({ where: { id: membership.id, qrSecret: null }, data: { qrSecret: newSeed() } });
      seed = (await db.membership.findUniqueOrThrow({ where: { id: membership.id }, select: { qrSecret: true } })).qrSecret!;
    }
    return checkInCode(serverKey(), seed, now);
  }
  const seat = await db.membershipSeat.findFirst({
    where: { userId, membership: { status: "ACTIVE" } },
    select: { membershipId: true, qrSecret: true },
  });
  if (!seat) return null;
  let seed = seat.qrSecret;
  if (!seed) {
    await db.membershipSeat.updateMany({ where: { membershipId: seat.membershipId, userId, qrSecret: null }, data: { qrSecret: newSeed() } });
    seed = (await db.membershipSeat.findUniqueOrThrow({ where: { membershipId_userId: { membershipId: seat.membershipId, userId } }, select: { qrSecret: true } })).qrSecret!;
  }
  return checkInCode(serverKey(), seed, now);
}

/** Everyone who can show a code now: holders of active memberships and their seat holders. */
async function codeCandidates(): Promise<{ id: string; seed: string; userId: string; membershipId: string }[]> {
  const [holders, seats] = await Promise.all([
    db.membership.findMany({ where: { status: "ACTIVE", qrSecret: { not: null } }, select: { id: true, qrSecret: true, holderId: true } }),
    db.membershipSeat.findMany({ where: { qrSecret: { not: null }, membership: { status: "ACTIVE" } }, select: { membershipId: true, userId: true, qrSecret: true } }),
  ]);
  return [
    ...holders.map((m) => ({ id: `m:${m.id}`, seed: m.qrSecret!, userId: m.holderId, membershipId: m.id })),
    ...seats.map((s) => ({ id: `s:${s.membershipId}:${s.userId}`, seed: s.qrSecret!, userId: s.userId, membershipId: s.membershipId })),
  ];
}

export const scanSchema = z.strictObject(
  { code: z.string({ error: "netsugen.errors.invalidCode" }).trim().min(1, { error: "netsugen.errors.invalidCode" }).max(40, { error: "netsugen.errors.invalidCode" }) },
  { error: "netsugen.errors.unexpectedField" },
);

export type ScanResult = ActionResult<{ kind: "in" | "out"; name: string; feeJpy: number | null }>;

/** Visits of the member that touch the Tokyo days of `visit`, other than `excludeId`. */
async function sameDayVisits(userId: string, visit: Visit, excludeId: string): Promise<Visit[]> {
  const from = tokyoInstant(tokyoClock(visit.checkedInAt).dateKey);
  const to = tokyoInstant(addDays(tokyoClock(visit.checkedOutAt).dateKey, 1));
  const rows = await db.checkIn.findMany({
    where: { userId, id: { not: excludeId }, checkedOutAt: { not: null, gt: from }, checkedInAt: { lt: to } },
    select: { checkedInAt: true, checkedOutAt: true },
  });
  return rows.map((r) => ({ checkedInAt: r.checkedInAt, checkedOutAt: r.checkedOutAt! }));
}

export async function scanAtReception(actor: Actor | null, raw: unknown, now: Date = new Date()): Promise<ScanResult> {
  if (!actor) return fail("errors.signInRequired");
  if (!can(actor, "netsugen.reception")) return fail("errors.forbidden");
  const parsed = scanSchema.safeParse(raw);
  if (!parsed.success) return fail(firstErrorOf(parsed.error, "netsugen.errors.invalidCode"));

  const candidates = await codeCandidates();
  const matched = candidates.find((c) => c.id === matchCheckInCode(serverKey(), parsed.data.code, candidates, now));
  if (!matched) return fail("netsugen.errors.invalidCode");
  const [membership, person] = await Promise.all([
    db.membership.findUniqueOrThrow({ where: { id: matched.membershipId }, select: { id: true, plan: { select: { kind: true, priceJpy: true, dailyCapJpy: true } } } }),
    db.user.findUniqueOrThrow({ where: { id: matched.userId }, select: { id: true, name: true } }),
  ]);
  const location = await db.spaceLocation.findUniqueOrThrow({ where: { code: DEFAULT_LOCATION_CODE }, select: { id: true } });
  const open = await db.checkIn.findFirst({ where: { userId: person.id, checkedOutAt: null }, select: { id: true, checkedInAt: true } });

  if (!open) {
    try {
      await db.$transaction(async (tx) => {
        const visit = await tx.checkIn.create({
          data: { userId: person.id, membershipId: membership.id, locationId: location.id, checkedInAt: now, recordedById: actor.id },
          select: { id: true },
        });
        await recordAudit(tx, { actorId: actor.id, action: "check_in.open", subjectType: "CheckIn", subjectId: visit.id, after: { at: now.toISOString() } });
      });
    } catch (error) {
      // Two scans at once: the other one opened the visit.
      if (isUniqueViolation(error)) return fail("netsugen.errors.alreadyCheckedIn");
      throw error;
    }
    return ok({ kind: "in", name: person.name, feeJpy: null });
  }

  const visit = { checkedInAt: open.checkedInAt, checkedOutAt: now < open.checkedInAt ? open.checkedInAt : now };
  let feeJpy = 0;
  if (membership.plan.kind === "DROP_IN") {
    // The day's cap covers all of the day's visits: this visit pays what it adds to the day.
    const tariff = { hourlyJpy: membership.plan.priceJpy, dailyCapJpy: membership.plan.dailyCapJpy };
    const others = await sameDayVisits(person.id, visit, open.id);
    feeJpy = totalJpy(dropInCharges([...others, visit], tariff)) - totalJpy(dropInCharges(others, tariff));
  }
  const closed = await db.$transaction(async (tx) => {
    const { count } = await tx.checkIn.updateMany({ where: { id: open.id, checkedOutAt: null }, data: { checkedOutAt: visit.checkedOutAt, feeJpy } });
    if (count === 1) {
      await recordAudit(tx, { actorId: actor.id, action: "check_in.close", subjectType: "CheckIn", subjectId: open.id, after: { at: now.toISOString(), feeJpy } });
    }
    return count === 1;
  });
  return closed ? ok({ kind: "out", name: person.name, feeJpy }) : fail("netsugen.errors.alreadyCheckedOut");
}
