import "server-only";
// A company's admin (OrganisationMember ADMIN) gives their own staff seats on the company's
// corporate membership; a seat lets that person book like a member. Staff may do it too.
import { recordId } from "../validation/ids";
import { z } from "../validation/zod";
import { fail, ok, type ActionResult } from "../actions/result";
import { recordAudit } from "../audit/record";
import { can, type Actor } from "../auth/roles";
import { db, type Tx } from "../db";
import { email, firstErrorOf } from "../validation/text";
import { grantsMemberRole } from "./rules/membership";


export const seatSchema = z.strictObject(
  { membershipId: recordId("netsugen.errors.membershipNotFound"), email: email() },
  { error: "netsugen.errors.unexpectedField" },
);

async function corporateMembershipFor(actor: Actor, membershipId: string) {
  const membership = await db.membership.findUnique({
    where: { id: membershipId },
    select: { id: true, status: true, organisationId: true, plan: { select: { kind: true } } },
  });
  if (!membership || membership.plan.kind !== "CORPORATE_MONTHLY" || !membership.organisationId) return null;
  const isOrgAdmin = await db.organisationMember.count({ where: { organisationId: membership.organisationId, userId: actor.id, role: "ADMIN" } });
  if (!isOrgAdmin && !can(actor, "netsugen.membership.manage")) return "forbidden" as const;
  return membership;
}

/** Keeps the MEMBER role in step with the person's live memberships and seats. */
export async function syncMemberRole(tx: Tx, userId: string): Promise<void> {
  const [user, held, seats] = await Promise.all([
    tx.user.findUniqueOrThrow({ where: { id: userId }, select: { roles: true } }),
    tx.membership.findMany({ where: { holderId: userId }, select: { status: true } }),
    tx.membershipSeat.findMany({ where: { userId }, select: { membership: { select: { status: true } } } }),
  ]);
  const should = grantsMemberRole([...held.map((m) => m.status), ...seats.map((s) => s.membership.status)]);
  if (should === user.roles.includes("MEMBER")) return;
  await tx.user.update({ where: { id: userId }, data: { roles: should ? [...user.roles, "MEMBER"] : user.roles.filter((r) => r !== "MEMBER") } });
}

export async function changeSeat(actor: Actor | null, raw: unknown, give: boolean): Promise<ActionResult<{ userId: string }>> {
  if (!actor) return fail("errors.signInRequired");
  const parsed = seatSchema.safeParse(raw);
  if (!parsed.success) return fail(firstErrorOf(parsed.error));
  const membership = await corporateMembershipFor(actor, parsed.data.membershipId);
  if (!membership) return fail("netsugen.errors.membershipNotFound");
  if (membership === "forbidden") return fail("errors.forbidden");
  if (give && membership.status !== "ACTIVE") return fail("netsugen.errors.noActiveMembership");
  // Only the company's own people: an admin cannot hand seats to strangers.
  const person = await db.user.findFirst({
    where: { email: parsed.data.email, organisationMembers: { some: { organisationId: membership.organisationId! } } },
    select: { id: true },
  });
  if (!person) return fail("netsugen.errors.notInOrganisation", { email: ["netsugen.errors.notInOrganisation"] });
  return db.$transaction(async (tx) => {
    if (give) {
      await tx.membershipSeat.upsert({
        where: { membershipId_userId: { membershipId: membership.id, userId: person.id } },
        create: { membershipId: membership.id, userId: person.id },
        update: {},
      });
    } else {
      await tx.membershipSeat.deleteMany({ where: { membershipId: membership.id, userId: person.id } });
    }
    await syncMemberRole(tx, person.id);
    await recordAudit(tx, { actorId: actor.id, action: give ? "membership_seat.add" : "membership_seat.remove", subjectType: "Membership", subjectId: membership.id, after: { userId: person.id } });
    return ok({ userId: person.id });
  });
}

/** The corporate memberships this person administers, with their seats. */
export function listSeatsIAdminister(userId: string) {
  return db.membership.findMany({
    where: { plan: { kind: "CORPORATE_MONTHLY" }, status: { in: ["ACTIVE", "SUSPENDED"] }, organisation: { members: { some: { userId, role: "ADMIN" } } } },
    select: { id: true, organisation: { select: { name: true } }, seats: { select: { user: { select: { name: true, email: true } } } } },
  });
}
