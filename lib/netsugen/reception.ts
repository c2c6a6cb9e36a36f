import "server-only";
// Reception: staff scan or type a member's rotating code; the first scan checks them in, the
// next checks them out and settles the drop-in fee for the visit. The partial unique index
// CheckIn_one_open_per_user keeps a member to one open visit, however fast the scans come.
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
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

/** The member's code for now, creating their private seed on first use. Null without an active membership. */
export async function currentCheckInCode(userId: string, now: Date = new Date()): Promise<string | null> {
  const membership = await db.membership.findFirst({
    where: { holderId: userId, status: "ACTIVE" },
    orderBy: { appliedAt: "desc" },
    select: { id: true, qrSecret: true },
  });
  if (!membership) return null;
  let seed = membership.qrSecret;
  if (!seed) {
    // Conditional, so two tabs opening the page at once agree on one seed.
    await db.membership.updateMany({ where: { id: membership.id, qrSecret: null }, data: { qrSecret: randomBytes(32).toString("base64url") } });
    seed = (await db.membership.findUniqueOrThrow({ where: { id: membership.id }, select: { qrSecret: true } })).qrSecret!;
  }
  return checkInCode(serverKey(), seed, now);
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
  if (!parsed.success) return fail(parsed.error.issues[0]?.message ?? "netsugen.errors.invalidCode");

  const candidates = await db.membership.findMany({
    where: { status: "ACTIVE", qrSecret: { not: null } },
    select: { id: true, qrSecret: true },
  });
  const membershipId = matchCheckInCode(serverKey(), parsed.data.code, candidates.map((c) => ({ id: c.id, seed: c.qrSecret! })), now);
  if (!membershipId) return fail("netsugen.errors.invalidCode");
  const membership = await db.membership.findUniqueOrThrow({
    where: { id: membershipId },
    select: { id: true, holderId: true, holder: { select: { name: true } }, plan: { select: { kind: true, priceJpy: true, dailyCapJpy: true } } },
  });
  const location = await db.spaceLocation.findUniqueOrThrow({ where: { code: DEFAULT_LOCATION_CODE }, select: { id: true } });
  const open = await db.checkIn.findFirst({ where: { userId: membership.holderId, checkedOutAt: null }, select: { id: true, checkedInAt: true } });

  if (!open) {
    try {
      await db.$transaction(async (tx) => {
        const visit = await tx.checkIn.create({
          data: { userId: membership.holderId, membershipId: membership.id, locationId: location.id, checkedInAt: now, recordedById: actor.id },
          select: { id: true },
        });
        await recordAudit(tx, { actorId: actor.id, action: "check_in.open", subjectType: "CheckIn", subjectId: visit.id, after: { at: now.toISOString() } });
      });
    } catch (error) {
      // Two scans at once: the other one opened the visit.
      if (isUniqueViolation(error)) return fail("netsugen.errors.alreadyCheckedIn");
      throw error;
    }
    return ok({ kind: "in", name: membership.holder.name, feeJpy: null });
  }

  const visit = { checkedInAt: open.checkedInAt, checkedOutAt: now < open.checkedInAt ? open.checkedInAt : now };
  let feeJpy = 0;
  if (membership.plan.kind === "DROP_IN") {
    // The day's cap covers all of the day's visits: this visit pays what it adds to the day.
    const tariff = { hourlyJpy: membership.plan.priceJpy, dailyCapJpy: membership.plan.dailyCapJpy };
    const others = await sameDayVisits(membership.holderId, visit, open.id);
    feeJpy = totalJpy(dropInCharges([...others, visit], tariff)) - totalJpy(dropInCharges(others, tariff));
  }
  const closed = await db.$transaction(async (tx) => {
    const { count } = await tx.checkIn.updateMany({ where: { id: open.id, checkedOutAt: null }, data: { checkedOutAt: visit.checkedOutAt, feeJpy } });
    if (count === 1) {
      await recordAudit(tx, { actorId: actor.id, action: "check_in.close", subjectType: "CheckIn", subjectId: open.id, after: { at: now.toISOString(), feeJpy } });
    }
    return count === 1;
  });
  return closed ? ok({ kind: "out", name: membership.holder.name, feeJpy }) : fail("netsugen.errors.alreadyCheckedOut");
}
