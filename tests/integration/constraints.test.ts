import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { isCheckViolation, isExclusionViolation, isUniqueViolation } from "@/lib/db/errors";
import { createTestRoom, createTestUser } from "./factories";

const at = (hhmm: string) => new Date(`2026-12-01T${hhmm}:00+09:00`);

let roomId: string;
let userId: string;

function book(from: string, to: string, extra: { status?: "PENDING" | "CONFIRMED" | "CANCELLED"; bufferAfter?: number } = {}) {
  const endsAt = at(to);
  return db.booking.create({
    data: {
      resourceId: roomId,
      userId,
      startsAt: at(from),
      endsAt,
      blockedFrom: at(from),
      blockedUntil: new Date(endsAt.getTime() + (extra.bufferAfter ?? 0) * 60_000),
      status: extra.status ?? "CONFIRMED",
    },
  });
}

beforeAll(async () => {
  roomId = (await createTestRoom()).id;
  userId = (await createTestUser(["MEMBER"])).id;
});

describe("booking exclusion constraint", () => {
  test("rejects an overlapping booking of the same resource with SQLSTATE 23P01", async () => {
    await book("10:00", "11:00");
    const error = await book("10:30", "11:30").catch((e: unknown) => e);
    expect(isExclusionViolation(error)).toBe(true);
    expect(await db.booking.count({ where: { resourceId: roomId, startsAt: at("10:30") } })).toBe(0);
  });

  test("allows back-to-back bookings", async () => {
    await book("12:00", "13:00");
    await expect(book("13:00", "14:00")).resolves.toMatchObject({ status: "CONFIRMED" });
  });

  test("buffers block the slot after a booking", async () => {
    await book("15:00", "16:00", { bufferAfter: 15 });
    expect(isExclusionViolation(await book("16:10", "17:00").catch((e: unknown) => e))).toBe(true);
    await expect(book("16:15", "17:00")).resolves.toBeTruthy();
  });

  test("a pending request holds the slot; a cancelled booking frees it", async () => {
    await book("18:00", "19:00", { status: "PENDING" });
    expect(isExclusionViolation(await book("18:30", "19:30").catch((e: unknown) => e))).toBe(true);
    await db.booking.updateMany({ where: { resourceId: roomId, startsAt: at("18:00") }, data: { status: "CANCELLED" } });
    await expect(book("18:30", "19:30")).resolves.toBeTruthy();
  });

  test("another resource is independent", async () => {
    const other = await createTestRoom();
    await expect(
      db.booking.create({
        data: { resourceId: other.id, userId, startsAt: at("10:00"), endsAt: at("11:00"), blockedFrom: at("10:00"), blockedUntil: at("11:00") },
      }),
    ).resolves.toBeTruthy();
  });

  test("a booking that ends before it starts is refused by a CHECK", async () => {
    expect(isCheckViolation(await book("11:00", "10:00").catch((e: unknown) => e))).toBe(true);
  });
});

describe("other database rules", () => {
  test("a person has at most one open check-in", async () => {
    const member = await createTestUser(["MEMBER"]);
    const room = await db.spaceResource.findUniqueOrThrow({ where: { id: roomId } });
    const open = { userId: member.id, locationId: room.locationId, checkedInAt: new Date() };
    await db.checkIn.create({ data: open });
    expect(isUniqueViolation(await db.checkIn.create({ data: open }).catch((e: unknown) => e))).toBe(true);
  });

  test("an SDG tag must have exactly one subject", async () => {
    await db.sdgGoal.upsert({ where: { number: 3 }, create: { number: 3, nameJa: "健康", nameEn: "Health", colour: "#4C9F38" }, update: {} });
    expect(isCheckViolation(await db.sdgTag.create({ data: { goalNumber: 3 } }).catch((e: unknown) => e))).toBe(true);
  });

  test("four eyes holds in the database too", async () => {
    const staff = await createTestUser(["STAFF"]);
    const kpi = await db.kpi.create({
      data: { code: `kpi-${staff.id}`, nameJa: "テスト", nameEn: "Test", pillar: "SOCIETY", direction: "INCREASE", cumulative: false, sourceRefs: [], sortOrder: 99 },
    });
    const series = await db.kpiSeries.create({ data: { kpiId: kpi.id, key: "total", labelJa: "総計", labelEn: "Total", sortOrder: 0 } });
    const error = await db.kpiObservation
      .create({
        data: { seriesId: series.id, fiscalYear: 2024, value: "1", status: "FINAL", state: "APPROVED", submittedById: staff.id, approvedById: staff.id },
      })
      .catch((e: unknown) => e);
    expect(isCheckViolation(error)).toBe(true);
  });
});
