import { beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { submitBooking } from "@/lib/netsugen/commands";
import { changeMembership } from "@/lib/netsugen/memberships";
import { currentCheckInCode, scanAtReception } from "@/lib/netsugen/reception";
import { changeSeat } from "@/lib/netsugen/seats";
import { createTestUser } from "./factories";
import { createMember, createNetsugenLocation, createPlan, createResource } from "./netsugen-factories";

const NOW = new Date("2026-12-01T09:00:00+09:00");
let slug: string;
let companyAdmin: Actor;
let employee: { id: string; email: string };
let stranger: { id: string; email: string };
let membershipId: string;
let staff: Actor;

const rolesOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id }, select: { roles: true } })).roles;

beforeAll(async () => {
  const location = await createNetsugenLocation();
  slug = (await createResource(location.id)).slug;
  const plan = await db.membershipPlan.create({
    data: { code: "corp-test", nameJa: "法人", nameEn: "Corporate", kind: "CORPORATE_MONTHLY", priceJpy: 25000, per: "MONTH", maxFutureBookings: 10, maxRoomMinutesPerWeek: 600 },
  });
  const org = await db.organisation.create({ data: { name: "上毛テック株式会社", type: "COMPANY" } });
  const admin = await createTestUser(["RESIDENT"]);
  companyAdmin = { id: admin.id, roles: admin.roles };
  employee = await createTestUser(["RESIDENT"]);
  stranger = await createTestUser(["RESIDENT"]);
  await db.organisationMember.createMany({
    data: [
      { organisationId: org.id, userId: admin.id, role: "ADMIN" },
      { organisationId: org.id, userId: employee.id, role: "MEMBER" },
    ],
  });
  membershipId = (await db.membership.create({ data: { holderId: admin.id, organisationId: org.id, planId: plan.id, status: "ACTIVE" } })).id;
  staff = await createMember((await createPlan()).id, ["STAFF"], null);
});

describe("company seats", () => {
  test("the company admin gives an employee a seat; the employee books; removing the seat stops it", async () => {
    expect(await changeSeat(companyAdmin, { membershipId, email: employee.email }, true)).toMatchObject({ ok: true });
    expect(await rolesOf(employee.id)).toContain("MEMBER");
    const seated: Actor = { id: employee.id, roles: await rolesOf(employee.id) };
    expect((await submitBooking(seated, { resource: slug, date: "2026-12-02", start: "10:00", minutes: "60" }, NOW)).ok).toBe(true);

    expect(await changeSeat(companyAdmin, { membershipId, email: employee.email }, false)).toMatchObject({ ok: true });
    expect(await rolesOf(employee.id)).not.toContain("MEMBER");
  });

  test("seats only go to the company's own people, and only its admin (or staff) hands them out", async () => {
    expect(await changeSeat(companyAdmin, { membershipId, email: stranger.email }, true)).toMatchObject({ error: "netsugen.errors.notInOrganisation" });
    const employeeActor: Actor = { id: employee.id, roles: await rolesOf(employee.id) };
    expect(await changeSeat(employeeActor, { membershipId, email: employee.email }, true)).toMatchObject({ error: "errors.forbidden" });
    expect(await changeSeat(null, { membershipId, email: employee.email }, true)).toMatchObject({ error: "errors.signInRequired" });
    expect(await changeSeat(companyAdmin, { membershipId, email: employee.email, userId: stranger.id }, true)).toMatchObject({ error: "netsugen.errors.unexpectedField" });
    expect(await db.membershipSeat.count({ where: { membershipId } })).toBe(0);
    expect(await changeSeat(staff, { membershipId, email: employee.email }, true)).toMatchObject({ ok: true });
  });

  test("ending the company's membership withdraws the role from everyone on a seat", async () => {
    await changeSeat(companyAdmin, { membershipId, email: employee.email }, true);
    expect(await changeMembership(staff, { membershipId, to: "ENDED" })).toMatchObject({ ok: true });
    expect(await rolesOf(employee.id)).not.toContain("MEMBER");
    expect(await changeSeat(companyAdmin, { membershipId, email: employee.email }, true)).toMatchObject({ ok: false });
  });

  test("a seat holder checks in with a code of their own, distinct from the holder's, until the seat is removed", async () => {
    await createNetsugenLocation("netsugen-32f"); // reception checks people in here
    // The membership above has ended; the company takes out a new one.
    const ended = await db.membership.findUniqueOrThrow({ where: { id: membershipId }, select: { organisationId: true, planId: true } });
    const renewed = (await db.membership.create({ data: { holderId: companyAdmin.id, organisationId: ended.organisationId, planId: ended.planId, status: "ACTIVE" } })).id;
    const worker = await createTestUser(["RESIDENT"]);
    await db.organisationMember.create({ data: { organisationId: ended.organisationId!, userId: worker.id, role: "MEMBER" } });
    expect(await currentCheckInCode(worker.id, NOW)).toBeNull();
    expect(await changeSeat(companyAdmin, { membershipId: renewed, email: worker.email }, true)).toMatchObject({ ok: true });

    const workerCode = await currentCheckInCode(worker.id, NOW);
    const adminCode = await currentCheckInCode(companyAdmin.id, NOW);
    expect(workerCode).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(workerCode).not.toBe(adminCode);
    expect(await scanAtReception(staff, { code: workerCode }, NOW)).toMatchObject({ ok: true, data: { kind: "in" } });
    const visit = await db.checkIn.findFirstOrThrow({ where: { userId: worker.id } });
    expect(visit.membershipId).toBe(renewed);
    expect(await scanAtReception(staff, { code: workerCode }, new Date(NOW.getTime() + 60_000))).toMatchObject({ ok: true, data: { kind: "out", feeJpy: 0 } });

    await changeSeat(companyAdmin, { membershipId: renewed, email: worker.email }, false);
    expect(await scanAtReception(staff, { code: workerCode }, new Date(NOW.getTime() + 90_000))).toEqual({ ok: false, error: "netsugen.errors.invalidCode" });
  });
});
