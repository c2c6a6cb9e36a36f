import "server-only";
// Staff decide on applications and change a membership's state. The MEMBER role follows the
// memberships: granted on approval, withdrawn when the person holds no live membership.
import { recordId } from "../validation/ids";
import { z } from "../validation/zod";
import { fail, ok, type ActionResult } from "../actions/result";
import { recordAudit } from "../audit/record";
import { can, type Actor } from "../auth/roles";
import { db } from "../db";
import { multiLine, firstErrorOf } from "../validation/text";
import { tokyoClock } from "./rules/calendar";
import { canMoveMembership, type MembershipStatus } from "./rules/membership";
import { syncMemberRole } from "./seats";

export const membershipChangeSchema = z.strictObject(
  {
    membershipId: recordId("netsugen.errors.membershipNotFound"),
    to: z.enum(["ACTIVE", "SUSPENDED", "ENDED", "DECLINED"], { error: "errors.invalidChoice" }),
    note: z.union([z.literal(""), multiLine(500)]).optional(),
  },
  { error: "netsugen.errors.unexpectedField" },
);

export async function changeMembership(actor: Actor | null, raw: unknown, now: Date = new Date()): Promise<ActionResult<{ id: string; status: MembershipStatus }>> {
  if (!actor) return fail("errors.signInRequired");
  if (!can(actor, "netsugen.membership.manage")) return fail("errors.forbidden");
  const parsed = membershipChangeSchema.safeParse(raw);
  if (!parsed.success) return fail(firstErrorOf(parsed.error));
  const { membershipId, to, note } = parsed.data;
  const membership = await db.membership.findUnique({ where: { id: membershipId }, select: { id: true, status: true, holderId: true } });
  if (!membership) return fail("netsugen.errors.membershipNotFound");
  if (!canMoveMembership(membership.status, to)) return fail("netsugen.errors.membershipTransition");

  const changed = await db.$transaction(async (tx) => {
    const approving = membership.status === "APPLIED" && to === "ACTIVE";
    const { count } = await tx.membership.updateMany({
      // Conditional on the state read above, so two staff deciding at once decide once.
      where: { id: membership.id, status: membership.status },
      data: {
        status: to,
        ...(approving ? { approvedById: actor.id, startsOn: new Date(`${tokyoClock(now).dateKey}T00:00:00Z`) } : {}),
        ...(to === "ENDED" ? { endsOn: new Date(`${tokyoClock(now).dateKey}T00:00:00Z`) } : {}),
      },
    });
    if (count !== 1) return false;
    // The holder and everyone on a company seat gain or lose the MEMBER role with it.
    const seats = await tx.membershipSeat.findMany({ where: { membershipId: membership.id }, select: { userId: true } });
    for (const userId of new Set([membership.holderId, ...seats.map((seat) => seat.userId)])) await syncMemberRole(tx, userId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: `membership.${to.toLowerCase()}`,
      subjectType: "Membership",
      subjectId: membership.id,
      before: { status: membership.status },
      after: { status: to, note: note || null },
    });
    return true;
  });
  return changed ? ok({ id: membership.id, status: to }) : fail("netsugen.errors.membershipTransition");
}

/** Staff: applications awaiting a decision, and live memberships. */
export function listMemberships() {
  return db.membership.findMany({
    where: { status: { in: ["APPLIED", "ACTIVE", "SUSPENDED"] } },
    orderBy: [{ status: "asc" }, { appliedAt: "asc" }],
    take: 300,
    select: {
      id: true,
      status: true,
      appliedAt: true,
      holder: { select: { name: true, email: true } },
      plan: { select: { nameJa: true, nameEn: true } },
    },
  });
}
export type MembershipRow = Awaited<ReturnType<typeof listMemberships>>[number];
