import { beforeAll, describe, expect, test } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { createEvent } from "@/lib/netsugen/event-admin";
import { runSeed } from "@/prisma/seed";
import { createTestUser } from "./factories";

const NOW = new Date("2026-11-26T12:00:00+09:00");
const valid = { titleJa: "共創ピッチ", descriptionJa: "企業と県民が組む。", kind: "PITCH", date: "2026-12-10", startsAt: "18:00", endsAt: "20:00", capacity: "40", isPublic: "on" };

beforeAll(async () => {
  await runSeed(db);
});

describe("staff create NETSUGEN events", () => {
  test.each([["RESIDENT"], ["MEMBER"], ["FACILITATOR"]] as [Role][])("%s may not", async (role) => {
    const user = await createTestUser([role]);
    await expect(createEvent(user, valid, NOW)).resolves.toEqual({ ok: false, error: "errors.forbidden" });
    await expect(createEvent(null, valid, NOW)).resolves.toEqual({ ok: false, error: "errors.signInRequired" });
  });

  test("staff create one in Japan time, public and audited", async () => {
    const staff = await createTestUser(["STAFF"]);
    const result = await createEvent(staff, valid, NOW);
    if (!result.ok) throw new Error(result.error);
    const event = await db.event.findUniqueOrThrow({ where: { slug: result.data.slug } });
    expect(event.startsAt.toISOString()).toBe("2026-12-10T09:00:00.000Z");
    expect(event).toMatchObject({ capacity: 40, isPublic: true, kind: "PITCH" });
    expect(await db.auditLog.count({ where: { action: "event.create", subjectId: event.id } })).toBe(1);
  });

  test.each([
    ["a past date", { date: "2026-11-01" }, "date", "netsugen.errors.inThePast"],
    ["an impossible date", { date: "2026-02-30" }, "date", "netsugen.errors.invalidDate"],
    ["a bad time", { startsAt: "25:00" }, "startsAt", "netsugen.errors.invalidTime"],
    ["an end before the start", { endsAt: "17:00" }, "endsAt", "netsugen.errors.endBeforeStart"],
    ["no capacity", { capacity: "0" }, "capacity", "errors.invalidChoice"],
    ["markup in the title", { titleJa: "<script>x</script>" }, "titleJa", "errors.markupNotAllowed"],
    ["an oversized description", { descriptionJa: "あ".repeat(3_000) }, "descriptionJa", "errors.tooLong"],
  ])("%s is refused with a clear error and nothing is written", async (_case, change, field, key) => {
    const staff = await createTestUser(["STAFF"]);
    const before = await db.event.count();
    const result = await createEvent(staff, { ...valid, ...change }, NOW);
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: [key] } });
    expect(await db.event.count()).toBe(before);
  });
});
