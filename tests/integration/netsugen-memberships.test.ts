import { beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { registerUser } from "@/lib/auth/accounts";
import { db } from "@/lib/db";
import { submitBooking } from "@/lib/netsugen/commands";
import { changeMembership } from "@/lib/netsugen/memberships";
import { runSeed } from "@/prisma/seed";
import { createMember } from "./netsugen-factories";

let staff: Actor;
let planId: string;
let counter = 0;

beforeAll(async () => {
  await runSeed(db);
  planId = (await db.membershipPlan.findUniqueOrThrow({ where: { code: "individual-monthly" } })).id;
  staff = await createMember(planId, ["STAFF"], null);
});

/** Signs up through the real sign-up code, as a NETSUGEN applicant. */
async function applicant() {
  const email = `applicant-${++counter}-${Date.now()}@example.jp`;
  await registerUser({ name: "申請 花子", email, password: "a long enough password", passwordConfirm: "a long enough password", purpose: "NETSUGEN", planCode: "individual-monthly", acceptTerms: "on" });
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, roles: true } });
  const membership = await db.membership.findFirstOrThrow({ where: { holderId: user.id } });
  return { user, membershipId: membership.id };
}

const actorOf = async (id: string): Promise<Actor> => ({ id, roles: (await db.user.findUniqueOrThrow({ where: { id }, select: { roles: true } })).roles });

// A weekday two weeks ahead, at a time the seeded room is open.
function plainWeekday(): string {
  const d = new Date(Date.now() + 9 * 3_600_000 + 14 * 86_400_000);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

describe("memberships", () => {
  test("an applicant applies, staff approve: the membership starts and the person may book", async () => {
    const { user, membershipId } = await applicant();
    expect(user.roles).toEqual(["RESIDENT"]);
    expect(await submitBooking(await actorOf(user.id), { resource: "meeting-room-b", date: plainWeekday(), start: "15:00", minutes: "60" })).toMatchObject({
      error: "errors.forbidden",
    });

    expect(await changeMembership(staff, { membershipId, to: "ACTIVE" })).toMatchObject({ ok: true, data: { status: "ACTIVE" } });
    const approved = await db.membership.findUniqueOrThrow({ where: { id: membershipId } });
    expect(approved).toMatchObject({ status: "ACTIVE", approvedById: staff.id });
    expect(approved.startsOn).not.toBeNull();
    const member = await actorOf(user.id);
    expect(member.roles).toEqual(["RESIDENT", "MEMBER"]);
    // Whatever day it is, 15:00 on a weekday or a holiday is open.
    expect((await submitBooking(member, { resource: "meeting-room-b", date: plainWeekday(), start: "15:00", minutes: "60" })).ok).toBe(true);
  });

  test("suspending stops booking; ending withdraws the member role", async () => {
    const { user, membershipId } = await applicant();
    await changeMembership(staff, { membershipId, to: "ACTIVE" });
    expect(await changeMembership(staff, { membershipId, to: "SUSPENDED", note: "会費未納" })).toMatchObject({ ok: true });
    expect(await submitBooking(await actorOf(user.id), { resource: "meeting-room-b", date: plainWeekday(), start: "16:30", minutes: "60" })).toMatchObject({
      error: "netsugen.errors.noActiveMembership",
    });
    expect(await changeMembership(staff, { membershipId, to: "ENDED" })).toMatchObject({ ok: true });
    expect((await actorOf(user.id)).roles).toEqual(["RESIDENT"]);
  });

  test.each([
    ["APPLIED", "SUSPENDED"],
    ["APPLIED", "ENDED"],
  ] as const)("an %s membership cannot become %s", async (_from, to) => {
    const { membershipId } = await applicant();
    expect(await changeMembership(staff, { membershipId, to })).toMatchObject({ error: "netsugen.errors.membershipTransition" });
    expect((await db.membership.findUniqueOrThrow({ where: { id: membershipId } })).status).toBe("APPLIED");
  });

  test("a declined application stays declined", async () => {
    const { membershipId } = await applicant();
    expect(await changeMembership(staff, { membershipId, to: "DECLINED", note: "対象外" })).toMatchObject({ ok: true });
    expect(await changeMembership(staff, { membershipId, to: "ACTIVE" })).toMatchObject({ error: "netsugen.errors.membershipTransition" });
  });

  test("two staff deciding at once: exactly one decision stands", async () => {
    const { membershipId } = await applicant();
    const results = await Promise.all([changeMembership(staff, { membershipId, to: "ACTIVE" }), changeMembership(staff, { membershipId, to: "DECLINED" })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.auditLog.count({ where: { subjectId: membershipId, action: { in: ["membership.active", "membership.declined"] } } })).toBe(1);
  });

  test("only staff and admins decide; hostile input changes nothing", async () => {
    const { user, membershipId } = await applicant();
    const resident = await createMember(planId, ["RESIDENT"], null);
    const member = await createMember(planId);
    expect(await changeMembership(null, { membershipId, to: "ACTIVE" })).toMatchObject({ error: "errors.signInRequired" });
    expect(await changeMembership(resident, { membershipId, to: "ACTIVE" })).toMatchObject({ error: "errors.forbidden" });
    expect(await changeMembership(member, { membershipId, to: "ACTIVE" })).toMatchObject({ error: "errors.forbidden" });
    // An applicant approving their own application is just another non-staff user.
    expect(await changeMembership(await actorOf(user.id), { membershipId, to: "ACTIVE" })).toMatchObject({ error: "errors.forbidden" });
    expect(await changeMembership(staff, { membershipId, to: "ADMIN" })).toMatchObject({ error: "errors.invalidChoice" });
    expect(await changeMembership(staff, { membershipId, to: "ACTIVE", roles: "ADMIN" })).toMatchObject({ error: "netsugen.errors.unexpectedField" });
    expect(await changeMembership(staff, { membershipId: "nosuchmembership", to: "ACTIVE" })).toMatchObject({ error: "netsugen.errors.membershipNotFound" });
    expect((await db.membership.findUniqueOrThrow({ where: { id: membershipId } })).status).toBe("APPLIED");
  });
});
