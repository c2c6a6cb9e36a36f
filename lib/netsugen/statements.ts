import "server-only";
// What a membership owes for a Tokyo calendar month: the plan's monthly fee, plus each day's
// drop-in fees as settled at check-out. No payment gateway: staff record payment separately.
import { isRecordId, recordId } from "../validation/ids";
import { z } from "../validation/zod";
import { firstErrorOf } from "../validation/text";
import { fail, ok, type ActionResult } from "../actions/result";
import { recordAudit } from "../audit/record";
import { can, type Actor } from "../auth/roles";
import { db } from "../db";
import { isUniqueViolation } from "../db/errors";
import { tokyoClock, tokyoInstant } from "./rules/calendar";

export interface ChargeLine {
  kind: "plan" | "dropIn";
  /** "YYYY-MM-DD" of a drop-in day; the month's first day for the plan fee. */
  date: string;
  amountJpy: number;
  minutes?: number;
}

/** "YYYY-MM" of an instant in Tokyo. */
export const tokyoMonthOf = (now: Date) => tokyoClock(now).dateKey.slice(0, 7);

function monthBounds(month: string): { from: Date; to: Date } {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
  return { from: tokyoInstant(`${month}-01`), to: tokyoInstant(`${next}-01`) };
}

export async function chargesForMonth(membershipId: string, month: string): Promise<{ lines: ChargeLine[]; totalJpy: number }> {
  const { from, to } = monthBounds(month);
  const membership = await db.membership.findUniqueOrThrow({
    where: { id: membershipId },
    select: { plan: { select: { per: true, priceJpy: true } } },
  });
  const visits = await db.checkIn.findMany({
    where: { membershipId, checkedInAt: { gte: from, lt: to }, checkedOutAt: { not: null } },
    select: { checkedInAt: true, checkedOutAt: true, feeJpy: true },
    orderBy: { checkedInAt: "asc" },
  });
  const lines: ChargeLine[] = [];
  if (membership.plan.per === "MONTH") lines.push({ kind: "plan", date: `${month}-01`, amountJpy: membership.plan.priceJpy });
  const byDay = new Map<string, { amountJpy: number; minutes: number }>();
  for (const v of visits) {
    const day = tokyoClock(v.checkedInAt).dateKey;
    const entry = byDay.get(day) ?? { amountJpy: 0, minutes: 0 };
    entry.amountJpy += v.feeJpy ?? 0;
    entry.minutes += Math.round((v.checkedOutAt!.getTime() - v.checkedInAt.getTime()) / 60_000);
    byDay.set(day, entry);
  }
  for (const [date, e] of byDay) if (e.amountJpy > 0) lines.push({ kind: "dropIn", date, amountJpy: e.amountJpy, minutes: e.minutes });
  return { lines, totalJpy: lines.reduce((s, l) => s + l.amountJpy, 0) };
}

/** A member's recent visits, newest first. */
export function listMyCheckIns(userId: string, take = 10) {
  return db.checkIn.findMany({
    where: { userId },
    orderBy: { checkedInAt: "desc" },
    take,
    select: { id: true, checkedInAt: true, checkedOutAt: true, feeJpy: true },
  });
}

const MONTH = /^(20\d{2})-(0[1-9]|1[0-2])$/;

export const statementSchema = z.strictObject(
  { membershipId: recordId("netsugen.errors.membershipNotFound"), month: z.string().regex(MONTH, { error: "netsugen.errors.invalidMonth" }) },
  { error: "netsugen.errors.unexpectedField" },
);

/** Staff issue a membership's statement for a month: the charges are frozen into lines. */
export async function issueStatement(actor: Actor | null, raw: unknown, now: Date = new Date()): Promise<ActionResult<{ id: string; totalJpy: number }>> {
  if (!actor) return fail("errors.signInRequired");
  if (!can(actor, "netsugen.statement.manage")) return fail("errors.forbidden");
  const parsed = statementSchema.safeParse(raw);
  if (!parsed.success) return fail(firstErrorOf(parsed.error));
  const { membershipId, month } = parsed.data;
  // A month is billed once it has ended in Tokyo.
  if (month >= tokyoMonthOf(now)) return fail("netsugen.errors.monthNotOver");
  const exists = await db.membership.count({ where: { id: membershipId } });
  if (!exists) return fail("netsugen.errors.membershipNotFound");
  const { lines, totalJpy } = await chargesForMonth(membershipId, month);
  try {
    const id = await db.$transaction(async (tx) => {
      const statement = await tx.statement.create({
        data: {
          membershipId,
          month,
          totalJpy,
          issuedAt: now,
          lines: {
            create: lines.map((l) => ({
              amountJpy: l.amountJpy,
              descriptionJa: l.kind === "plan" ? `月額会費（${month}）` : `${l.date} ドロップイン利用（${l.minutes ?? 0}分）`,
            })),
          },
        },
        select: { id: true },
      });
      await recordAudit(tx, { actorId: actor.id, action: "statement.issue", subjectType: "Statement", subjectId: statement.id, after: { membershipId, month, totalJpy } });
      return statement.id;
    });
    return ok({ id, totalJpy });
  } catch (error) {
    if (isUniqueViolation(error)) return fail("netsugen.errors.statementExists");
    throw error;
  }
}

/** No payment gateway: staff record that a statement has been paid. */
export async function markStatementPaid(actor: Actor | null, statementId: string, now: Date = new Date()): Promise<ActionResult<{ id: string }>> {
  if (!actor) return fail("errors.signInRequired");
  if (!can(actor, "netsugen.statement.manage")) return fail("errors.forbidden");
  if (!isRecordId(statementId)) return fail("netsugen.errors.statementNotFound");
  const changed = await db.$transaction(async (tx) => {
    const { count } = await tx.statement.updateMany({ where: { id: statementId, paidAt: null }, data: { paidAt: now, markedPaidById: actor.id } });
    if (count === 1) await recordAudit(tx, { actorId: actor.id, action: "statement.mark_paid", subjectType: "Statement", subjectId: statementId, after: { paidAt: now.toISOString() } });
    return count === 1;
  });
  if (changed) return ok({ id: statementId });
  return (await db.statement.count({ where: { id: statementId } })) ? fail("netsugen.errors.statementPaid") : fail("netsugen.errors.statementNotFound");
}

/** Staff: every live membership with its charges for the month and its statement, if issued. */
export async function listStatementsForMonth(month: string) {
  const memberships = await db.membership.findMany({
    where: { OR: [{ status: { in: ["ACTIVE", "SUSPENDED"] } }, { statements: { some: { month } } }] },
    orderBy: { appliedAt: "asc" },
    take: 500,
    select: {
      id: true,
      holder: { select: { name: true } },
      organisation: { select: { name: true } },
      plan: { select: { nameJa: true, nameEn: true } },
      statements: { where: { month }, select: { id: true, totalJpy: true, issuedAt: true, paidAt: true } },
    },
  });
  return Promise.all(
    memberships.map(async (m) => ({
      id: m.id,
      holder: m.organisation?.name ?? m.holder.name,
      plan: m.plan,
      statement: m.statements[0] ?? null,
      previewJpy: m.statements[0] ? null : (await chargesForMonth(m.id, month)).totalJpy,
    })),
  );
}

/** A member's issued statements, newest first. */
export function listMyStatements(userId: string) {
  return db.statement.findMany({
    where: { membership: { holderId: userId } },
    orderBy: { month: "desc" },
    take: 12,
    select: { id: true, month: true, totalJpy: true, paidAt: true, lines: { select: { id: true, descriptionJa: true, amountJpy: true } } },
  });
}
