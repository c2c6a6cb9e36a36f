// The job runner on this database (PGlite by default, PostgreSQL with DATABASE_URL): its queues
// and schedules exist, the no-show job releases rooms without anyone loading a page, and
// housekeeping removes what has expired.
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { expireStaleRows } from "@/lib/jobs/housekeeping";
import { HOUSEKEEPING, MAIL_SEND, NETSUGEN_NO_SHOWS } from "@/lib/jobs/queues";
import { type JobRunner, startJobRunner } from "@/lib/jobs/run";
import { createMember, createNetsugenLocation, createPlan, createResource } from "./netsugen-factories";
import { createTestUser } from "./factories";

let runner: JobRunner;

beforeAll(async () => {
  runner = await startJobRunner({ pollingIntervalSeconds: 0.5, dispatchEveryMs: 500 });
});

afterAll(async () => {
  await runner.stop();
});

describe("background jobs", () => {
  test("every queue exists, and the no-show and housekeeping schedules are set in Japan time", async () => {
    const queues = (await runner.boss.getQueues()).map((q) => q.name);
    expect(queues).toEqual(expect.arrayContaining([MAIL_SEND, NETSUGEN_NO_SHOWS, HOUSEKEEPING]));
    const schedules = await runner.boss.getSchedules();
    expect(schedules.map((s) => [s.name, s.cron, s.timezone])).toEqual(
      expect.arrayContaining([
        [NETSUGEN_NO_SHOWS, "* * * * *", "Asia/Tokyo"],
        [HOUSEKEEPING, "*/15 * * * *", "Asia/Tokyo"],
      ]),
    );
  });

  test("a second runner on the same database starts cleanly (restarts and several workers)", async () => {
    const second = await startJobRunner({ pollingIntervalSeconds: 0.5 });
    await second.stop();
  });

  test("the no-show job releases a room nobody came to, and writes its audit row", async () => {
    const location = await createNetsugenLocation();
    const plan = await createPlan();
    const room = await createResource(location.id);
    const member = await createMember(plan.id);
    // Booked for the hour that started 30 minutes ago: the grace period is over.
    const start = new Date(Math.floor((Date.now() - 30 * 60_000) / 900_000) * 900_000);
    const booking = await db.booking.create({
      data: { resourceId: room.id, userId: member.id, startsAt: start, endsAt: new Date(start.getTime() + 3_600_000), blockedFrom: start, blockedUntil: new Date(start.getTime() + 3_600_000), status: "CONFIRMED" },
    });
    await runner.boss.send(NETSUGEN_NO_SHOWS, {});
    const deadline = Date.now() + 30_000;
    while ((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status === "CONFIRMED" && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("NO_SHOW");
    expect(await db.auditLog.count({ where: { action: "booking.no_show", subjectId: booking.id, actorLabel: "system" } })).toBe(1);
  });

  test("housekeeping deletes expired rate-limit counters and account links, and gives up on mail a day old", async () => {
    const now = new Date();
    await db.rateLimit.createMany({
      data: [
        { key: `expired-${now.getTime()}`, points: 3, expire: new Date(now.getTime() - 1000) },
        { key: `live-${now.getTime()}`, points: 3, expire: new Date(now.getTime() + 60_000) },
      ],
    });
    const user = await createTestUser();
    const old = await db.mailMessage.create({
      data: { kind: "idea.answered", userId: user.id, toAddress: user.email, locale: "ja", subject: "s", textBody: "t", htmlBody: "h", headers: {}, messageId: `<old-${now.getTime()}@test>`, createdAt: new Date(now.getTime() - 25 * 3_600_000), dispatchedAt: now },
    });
    const links = await Promise.all(
      [
        { expiresAt: new Date(now.getTime() - 1000), usedAt: null },
        { expiresAt: new Date(now.getTime() + 60_000), usedAt: now },
        { expiresAt: new Date(now.getTime() + 60_000), usedAt: null },
      ].map((link, i) => db.accountToken.create({ data: { userId: user.id, purpose: "RESET_PASSWORD", tokenHash: `hash-${now.getTime()}-${i}`, ...link } })),
    );
    const result = await expireStaleRows(now);
    expect(result.rateLimits).toBeGreaterThanOrEqual(1);
    expect(result.accountTokens).toBeGreaterThanOrEqual(2);
    expect(await db.accountToken.findMany({ where: { id: { in: links.map((l) => l.id) } }, select: { id: true } })).toEqual([{ id: links[2]?.id }]);
    expect(await db.rateLimit.count({ where: { key: `expired-${now.getTime()}` } })).toBe(0);
    expect(await db.rateLimit.count({ where: { key: `live-${now.getTime()}` } })).toBe(1);
    expect(await db.mailMessage.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({ state: "FAILED", lastError: "Not delivered within a day." });
  });

  test("`npm run worker` refuses the embedded database, saying why", () => {
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "silent", PGLITE_DATA_DIR: "memory://" };
    delete env.DATABASE_URL;
    const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], { env, encoding: "utf8", timeout: 60_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("npm run worker needs a PostgreSQL server (DATABASE_URL)");
  });
});
