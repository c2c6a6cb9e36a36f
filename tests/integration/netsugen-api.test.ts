import { beforeAll, describe, expect, test } from "vitest";
import { GET as getOverview } from "@/app/api/v1/netsugen/route";
import { GET as getAvailability } from "@/app/api/v1/spaces/[slug]/availability/route";
import { GET as getSpaces } from "@/app/api/v1/spaces/route";
import { db } from "@/lib/db";
import { submitBooking } from "@/lib/netsugen/commands";
import { getUtilisation } from "@/lib/netsugen/queries";
import { runSeed } from "@/prisma/seed";
import { createMember } from "./netsugen-factories";

// A Monday far enough ahead that the seeded room is free and bookable whenever the test runs.
function nextMondayKey(): string {
  const d = new Date(Date.now() + 9 * 3_600_000 + 7 * 86_400_000);
  while (d.getUTCDay() !== 1) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const availability = (slug: string, query: string, headers: Record<string, string> = {}) =>
  getAvailability(new Request(`http://test/api/v1/spaces/${slug}/availability${query}`, { headers }), { params: Promise.resolve({ slug }) });

beforeAll(async () => {
  await runSeed(db);
});

describe("public NETSUGEN API", () => {
  test("GET /api/v1/netsugen: hours today and this week, plans, occupancy", async () => {
    const body = await (await getOverview()).json();
    expect(body.week).toHaveLength(7);
    expect(body.today.date).toBe(body.week[0].date);
    expect(body.today.regular.opens).toBe("10:00");
    expect(["21:00", "18:00"]).toContain(body.today.regular.closes);
    expect(body.plans.map((p: { priceJpy: number }) => p.priceJpy)).toEqual([25000, 10000, 250]);
    expect(body.plans[2]).toMatchObject({ per: "hour", dailyCapJpy: 1000 });
    expect(body.occupancy).toEqual({ seatsInUse: 0, seats: 40 });
    expect(body.now).toMatch(/\+09:00$/);
  });

  test("GET /api/v1/spaces lists the seeded spaces with their rules", async () => {
    const body = await (await getSpaces()).json();
    const slugs = body.spaces.map((s: { slug: string }) => s.slug).sort();
    expect(slugs).toEqual(["coworking", "meeting-room-a", "meeting-room-b", "seminar-space", "tsulunos-studio"]);
    expect(body.spaces.find((s: { slug: string }) => s.slug === "tsulunos-studio").rules.requiresApproval).toBe(true);
  });

  test("availability: free and busy in JST, and no member data", async () => {
    const date = nextMondayKey();
    const member = await createMember((await db.membershipPlan.findUniqueOrThrow({ where: { code: "individual-monthly" } })).id);
    const bookerEmail = (await db.user.findUniqueOrThrow({ where: { id: member.id } })).email;
    const booked = await submitBooking(member, { resource: "meeting-room-a", date, start: "13:00", minutes: "60", purpose: "秘密の打ち合わせ" });
    expect(booked.ok).toBe(true);

    const response = await availability("meeting-room-a", `?date=${date}`);
    expect(response.status).toBe(200);
    const text = await response.text();
    const body = JSON.parse(text);
    expect(body.day.date).toBe(date);
    expect(body.busy).toEqual([{ start: `${date}T13:00:00+09:00`, end: `${date}T14:15:00+09:00` }]);
    expect(body.free).toEqual([
      { start: `${date}T10:00:00+09:00`, end: `${date}T13:00:00+09:00` },
      // A Monday may be a holiday (ハッピーマンデー), which closes at 18:00.
      { start: `${date}T14:15:00+09:00`, end: `${date}T${body.day.regular.closes}:00+09:00` },
    ]);
    for (const secret of [member.id, bookerEmail, "秘密", "userId", "purpose"]) expect(text).not.toContain(secret);

    // The staff chart counts the hour on Monday, and nothing for the rooms nobody booked.
    const usage = await getUtilisation();
    expect(usage.find((u) => u.slug === "meeting-room-a")?.minutesByWeekday[0]).toBe(60);
    expect(usage.find((u) => u.slug === "meeting-room-b")?.minutesByWeekday).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(usage.map((u) => u.slug)).not.toContain("coworking");
  });

  test.each([
    ["", "ja", "日付は"],
    ["?date=2026-02-30", "ja", "日付は"],
    ["?date=2026-12-01T00:00:00Z", "en", "Give a real date"],
    ["?date=12/01/2026", "en-GB,en;q=0.9", "Give a real date"],
    [`?date=${"9".repeat(5000)}`, "ja", "日付は"],
  ])("a bad date %s answers 400 in the caller's language (%s)", async (query, language, message) => {
    const response = await availability("meeting-room-a", query, { "accept-language": language });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("netsugen.errors.invalidDate");
    expect(body.error.message).toContain(message);
  });

  test("the locale cookie wins over Accept-Language", async () => {
    const response = await availability("meeting-room-a", "?date=nope", { "accept-language": "ja", cookie: "NEXT_LOCALE=en" });
    expect((await response.json()).error.message).toContain("Give a real date");
  });

  test("an unknown space answers 404", async () => {
    expect((await availability("no-such-space", "?date=2026-12-01")).status).toBe(404);
    expect((await availability("../../etc", "?date=2026-12-01")).status).toBe(404);
  });
});
