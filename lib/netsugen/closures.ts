import "server-only";
// Staff close the space for whole Tokyo days (year-end and so on). A closure stops new bookings
// at once; bookings already made inside it are counted so staff can contact those members.
import { isRecordId } from "../validation/ids";
import { z } from "../validation/zod";
import { fail, ok, type ActionResult } from "../actions/result";
import { recordAudit } from "../audit/record";
import { can, type Actor } from "../auth/roles";
import { db } from "../db";
import { singleLine, firstErrorOf } from "../validation/text";
import { ACTIVE_STATUSES } from "./rules/booking";
import { DEFAULT_LOCATION_CODE } from "./queries";
import { addDays, daysBetween, tokyoInstant } from "./rules/calendar";
import { dateKeySchema } from "./schemas";

export const closureSchema = z
  .strictObject(
    {
      from: dateKeySchema,
      to: dateKeySchema,
      reasonJa: singleLine(100),
      reasonEn: z.union([z.literal(""), singleLine(100)]).optional(),
    },
    { error: "netsugen.errors.unexpectedField" },
  )
  .refine((c) => daysBetween(c.from, c.to) >= 0, { path: ["to"], error: "netsugen.errors.closureOrder" })
  .refine((c) => daysBetween(c.from, c.to) <= 366, { path: ["to"], error: "netsugen.errors.closureTooLong" });

export async function addClosure(actor: Actor | null, raw: unknown): Promise<ActionResult<{ id: string; affectedBookings: number }>> {
  if (!actor) return fail("errors.signInRequired");
  if (!can(actor, "netsugen.closure.manage")) return fail("errors.forbidden");
  const parsed = closureSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
    return fail(firstErrorOf(parsed.error), fieldErrors);
  }
  const { from, to, reasonJa, reasonEn } = parsed.data;
  const location = await db.spaceLocation.findUniqueOrThrow({ where: { code: DEFAULT_LOCATION_CODE }, select: { id: true } });
  const startsAt = tokyoInstant(from);
  const endsAt = tokyoInstant(addDays(to, 1));
  return db.$transaction(async (tx) => {
    const closure = await tx.closure.create({ data: { locationId: location.id, startsAt, endsAt, reasonJa, reasonEn: reasonEn || null }, select: { id: true } });
    const affectedBookings = await tx.booking.count({
      where: { status: { in: [...ACTIVE_STATUSES] }, resource: { locationId: location.id }, startsAt: { lt: endsAt }, endsAt: { gt: startsAt } },
    });
    await recordAudit(tx, { actorId: actor.id, action: "closure.create", subjectType: "Closure", subjectId: closure.id, after: { from, to, reasonJa, affectedBookings } });
    return ok({ id: closure.id, affectedBookings });
  });
}

export async function removeClosure(actor: Actor | null, closureId: string): Promise<ActionResult<{ id: string }>> {
  if (!actor) return fail("errors.signInRequired");
  if (!can(actor, "netsugen.closure.manage")) return fail("errors.forbidden");
  if (!isRecordId(closureId)) return fail("netsugen.errors.closureNotFound");
  return db.$transaction(async (tx) => {
    const closure = await tx.closure.findUnique({ where: { id: closureId }, select: { id: true, startsAt: true, endsAt: true, reasonJa: true } });
    if (!closure) return fail("netsugen.errors.closureNotFound");
    await tx.closure.delete({ where: { id: closureId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "closure.delete",
      subjectType: "Closure",
      subjectId: closureId,
      before: { startsAt: closure.startsAt.toISOString(), endsAt: closure.endsAt.toISOString(), reasonJa: closure.reasonJa },
    });
    return ok({ id: closureId });
  });
}

export function listUpcomingClosures(now: Date = new Date()) {
  return db.closure.findMany({
    where: { endsAt: { gt: now } },
    orderBy: { startsAt: "asc" },
    select: { id: true, startsAt: true, endsAt: true, reasonJa: true, reasonEn: true },
  });
}
