import { beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { currentCheckInCode, scanAtReception } from "@/lib/netsugen/reception";
import { issueStatement, listMyStatements, listStatementsForMonth, markStatementPaid } from "@/lib/netsugen/statements";
import { createMember, createNetsugenLocation, createPlan } from "./netsugen-factories";

const at = (iso: string) => new Date(`${iso}+09:00`);
const JANUARY = at("2027-01-05T10:00:00");

let staff: Actor;
let dropIn: Actor;
let monthly: Actor;

async function visit(member: Actor, from: string, to: string) {
  await scanAtReception(staff, { code: await currentCheckInCode(member.id, at(from)) }, at(from));
  await scanAtReception(staff, { code: await currentCheckInCode(member.id, at(to)) }, at(to));
}

const membershipOf = async (member: Actor) => (await db.membership.findFirstOrThrow({ where: { holderId: member.id } })).id;

beforeAll(async () => {
  await createNetsugenLocation("netsugen-32f");
  const monthlyPlan = await createPlan();
  staff = await createMember(monthlyPlan.id, ["STAFF"], null);
  dropIn = await createMember((await createPlan({ dropIn: true })).id);
  monthly = await createMember(monthlyPlan.id);
  await visit(dropIn, "2026-12-01T10:00:00", "2026-12-01T11:01:00"); // ¥500
  await visit(dropIn, "2026-12-02T10:00:00", "2026-12-02T18:00:00"); // ¥1,000 (cap)
  await visit(dropIn, "2027-01-04T10:00:00", "2027-01-04T10:30:00"); // January, not December
  await visit(monthly, "2026-12-03T10:00:00", "2026-12-03T20:00:00");
});

describe("monthly statements", () => {
  test("a drop-in member's December statement lists each day's fee; staff mark it paid", async () => {
    const membershipId = await membershipOf(dropIn);
    const issued = await issueStatement(staff, { membershipId, month: "2026-12" }, JANUARY);
    expect(issued).toMatchObject({ ok: true, data: { totalJpy: 1500 } });
    const [statement] = await listMyStatements(dropIn.id);
    expect(statement?.lines.map((l) => [l.descriptionJa, l.amountJpy])).toEqual(
      expect.arrayContaining([
        ["2026-12-01 ドロップイン利用（61分）", 500],
        ["2026-12-02 ドロップイン利用（480分）", 1000],
      ]),
    );
    expect(await issueStatement(staff, { membershipId, month: "2026-12" }, JANUARY)).toMatchObject({ error: "netsugen.errors.statementExists" });
    const id = issued.ok ? issued.data.id : "";
    expect(await markStatementPaid(staff, id, JANUARY)).toMatchObject({ ok: true });
    expect(await markStatementPaid(staff, id, JANUARY)).toMatchObject({ error: "netsugen.errors.statementPaid" });
    expect(await db.statement.findUniqueOrThrow({ where: { id } })).toMatchObject({ markedPaidById: staff.id, totalJpy: 1500 });
  });

  test("a monthly member owes the monthly fee and no drop-in fees", async () => {
    const issued = await issueStatement(staff, { membershipId: await membershipOf(monthly), month: "2026-12" }, JANUARY);
    expect(issued).toMatchObject({ ok: true, data: { totalJpy: 10000 } });
  });

  test("the staff list previews what is not yet issued", async () => {
    const dropInId = await membershipOf(dropIn);
    const december = (await listStatementsForMonth("2026-12")).find((r) => r.id === dropInId);
    expect(december).toMatchObject({ statement: { totalJpy: 1500 }, previewJpy: null });
    const january = (await listStatementsForMonth("2027-01")).find((r) => r.id === dropInId);
    expect(january).toMatchObject({ statement: null, previewJpy: 250 });
  });

  test.each([
    ["a month that is not over", { month: "2027-01" }, "netsugen.errors.monthNotOver"],
    ["a bad month", { month: "2026-13" }, "netsugen.errors.invalidMonth"],
    ["an extra field", { month: "2026-11", totalJpy: "0" }, "netsugen.errors.unexpectedField"],
  ])("%s is refused", async (_label, input, error) => {
    const before = await db.statement.count();
    expect(await issueStatement(staff, { membershipId: await membershipOf(monthly), ...input }, JANUARY)).toMatchObject({ ok: false, error });
    expect(await db.statement.count()).toBe(before);
  });

  test("only staff issue statements or mark them paid", async () => {
    const membershipId = await membershipOf(monthly);
    expect(await issueStatement(null, { membershipId, month: "2026-11" }, JANUARY)).toMatchObject({ error: "errors.signInRequired" });
    expect(await issueStatement(monthly, { membershipId, month: "2026-11" }, JANUARY)).toMatchObject({ error: "errors.forbidden" });
    expect(await markStatementPaid(monthly, "whatever00000", JANUARY)).toMatchObject({ error: "errors.forbidden" });
    expect(await markStatementPaid(staff, "nosuchstatement", JANUARY)).toMatchObject({ error: "netsugen.errors.statementNotFound" });
  });
});
