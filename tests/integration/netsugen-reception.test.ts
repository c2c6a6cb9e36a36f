import { beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { getNetsugenOverview } from "@/lib/netsugen/queries";
import { currentCheckInCode, scanAtReception } from "@/lib/netsugen/reception";
import { chargesForMonth } from "@/lib/netsugen/statements";
import { createMember, createNetsugenLocation, createPlan, createResource } from "./netsugen-factories";

const at = (iso: string) => new Date(`${iso}+09:00`);

let staff: Actor;
let dropInPlanId: string;
let monthlyPlanId: string;

beforeAll(async () => {
  const location = await createNetsugenLocation("netsugen-32f");
  await createResource(location.id, { kind: "COWORKING", capacity: 40 });
  dropInPlanId = (await createPlan({ dropIn: true })).id;
  monthlyPlanId = (await createPlan()).id;
  staff = await createMember(monthlyPlanId, ["STAFF"], null);
});

async function scanAt(member: Actor, shownAt: Date, scannedAt: Date = shownAt) {
  const code = await currentCheckInCode(member.id, shownAt);
  return scanAtReception(staff, { code }, scannedAt);
}

describe("reception check-in and check-out", () => {
  test("a scan checks in, the next checks out; 61 minutes of drop-in cost ¥500", async () => {
    const member = await createMember(dropInPlanId);
    expect(await scanAt(member, at("2026-12-01T10:00:00"))).toMatchObject({ ok: true, data: { kind: "in", feeJpy: null } });
    expect((await getNetsugenOverview(at("2026-12-01T10:30:00")))?.occupancy).toEqual({ inUse: 1, capacity: 40 });
    expect(await scanAt(member, at("2026-12-01T11:01:00"))).toMatchObject({ ok: true, data: { kind: "out", feeJpy: 500 } });
    expect((await getNetsugenOverview(at("2026-12-01T11:30:00")))?.occupancy.inUse).toBe(0);
  });

  test("the day's cap covers every visit of the day", async () => {
    const member = await createMember(dropInPlanId);
    await scanAt(member, at("2026-12-02T10:00:00"));
    expect(await scanAt(member, at("2026-12-02T13:00:00"))).toMatchObject({ data: { feeJpy: 750 } });
    await scanAt(member, at("2026-12-02T15:00:00"));
    // 3 hours + 1 hour 30 = 4 h 30 min on the day: ¥1,000 in all, so this visit adds ¥250.
    expect(await scanAt(member, at("2026-12-02T16:30:00"))).toMatchObject({ data: { feeJpy: 250 } });
    const fees = await db.checkIn.findMany({ where: { userId: member.id }, select: { feeJpy: true } });
    expect(fees.reduce((s, f) => s + (f.feeJpy ?? 0), 0)).toBe(1000);

    // The month's statement shows the day once, at the cap.
    const membership = await db.membership.findFirstOrThrow({ where: { holderId: member.id } });
    expect(await chargesForMonth(membership.id, "2026-12")).toEqual({
      lines: [{ kind: "dropIn", date: "2026-12-02", amountJpy: 1000, minutes: 270 }],
      totalJpy: 1000,
    });
    expect(await chargesForMonth(membership.id, "2026-11")).toEqual({ lines: [], totalJpy: 0 });
  });

  test("monthly members pay no drop-in fee", async () => {
    const member = await createMember(monthlyPlanId);
    await scanAt(member, at("2026-12-03T10:00:00"));
    expect(await scanAt(member, at("2026-12-03T20:00:00"))).toMatchObject({ data: { kind: "out", feeJpy: 0 } });
    const membership = await db.membership.findFirstOrThrow({ where: { holderId: member.id } });
    expect(await chargesForMonth(membership.id, "2026-12")).toEqual({ lines: [{ kind: "plan", date: "2026-12-01", amountJpy: 10000 }], totalJpy: 10000 });
  });

  test("an expired code is refused; a code shown a minute ago still works", async () => {
    const member = await createMember(monthlyPlanId);
    const before = await db.checkIn.count();
    expect(await scanAt(member, at("2026-12-04T10:00:00"), at("2026-12-04T10:10:00"))).toMatchObject({ error: "netsugen.errors.invalidCode" });
    expect(await db.checkIn.count()).toBe(before);
    expect(await scanAt(member, at("2026-12-04T10:00:00"), at("2026-12-04T10:01:00"))).toMatchObject({ ok: true });
  });

  test.each([
    ["a forged code", { code: "ABCDE-FGHJK" }, "netsugen.errors.invalidCode"],
    ["an empty code", { code: "" }, "netsugen.errors.invalidCode"],
    ["an oversized code", { code: "A".repeat(100_000) }, "netsugen.errors.invalidCode"],
    ["a member id instead of a code", { code: "cmember000000000001" }, "netsugen.errors.invalidCode"],
    ["an extra field", { code: "ABCDE-FGHJK", userId: "someone" }, "netsugen.errors.unexpectedField"],
  ])("%s changes nothing", async (_label, input, error) => {
    const before = await db.checkIn.count();
    expect(await scanAtReception(staff, input, at("2026-12-05T10:00:00"))).toMatchObject({ ok: false, error });
    expect(await db.checkIn.count()).toBe(before);
  });

  test("only reception staff may scan", async () => {
    const member = await createMember(monthlyPlanId);
    const code = await currentCheckInCode(member.id, at("2026-12-06T10:00:00"));
    expect(await scanAtReception(null, { code }, at("2026-12-06T10:00:00"))).toMatchObject({ error: "errors.signInRequired" });
    expect(await scanAtReception(member, { code }, at("2026-12-06T10:00:00"))).toMatchObject({ error: "errors.forbidden" });
    expect(await db.checkIn.count({ where: { userId: member.id } })).toBe(0);
  });

  test("scans arriving at once leave at most one open visit", async () => {
    const member = await createMember(monthlyPlanId);
    const code = await currentCheckInCode(member.id, at("2026-12-07T10:00:00"));
    const results = await Promise.all(Array.from({ length: 5 }, () => scanAtReception(staff, { code }, at("2026-12-07T10:00:00"))));
    expect(results.filter((r) => r.ok && r.data.kind === "in").length).toBeGreaterThanOrEqual(1);
    expect(await db.checkIn.count({ where: { userId: member.id, checkedOutAt: null } })).toBeLessThanOrEqual(1);
  });

  test("members without an active membership have no code", async () => {
    const applicant = await createMember(monthlyPlanId, ["RESIDENT"], "APPLIED");
    expect(await currentCheckInCode(applicant.id)).toBeNull();
  });
});
