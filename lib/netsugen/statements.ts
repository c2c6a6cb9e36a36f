import "server-only";
// What a membership owes for a Tokyo calendar month: the plan's monthly fee, plus each day's
// drop-in fees as settled at check-out. No payment gateway: staff record payment separately.
import { db } from "../db";
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
