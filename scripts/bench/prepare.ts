// Run by the bench against a freshly seeded database, before the server starts (PGlite admits one
// process at a time): an open session-3 workshop (ideas and dot votes) for the phones, and a pool
// of NETSUGEN members, each with the demo member's plan and password, for the booking attempts.
// Prints what it made as one JSON line.
import { openDatabaseClient, releaseDatabase } from "../db/tasks";

export const BENCH_JOIN_CODE = "BENCH3";
const MEMBERS = Number(process.argv[2] ?? 40);

export interface BenchFixtures {
  sessionId: string;
  joinCode: string;
  memberEmails: string[];
}

async function prepare(): Promise<BenchFixtures> {
  const db = await openDatabaseClient();
  const area = await db.area.findFirstOrThrow({ select: { id: true } });
  const series = await db.workshopSeries.create({
    data: { slug: "bench", titleJa: "ベンチマーク", titleEn: "Benchmark", year: 2026, areas: { connect: { id: area.id } } },
    select: { id: true },
  });
  const session = await db.workshopSession.create({
    data: {
      seriesId: series.id,
      number: 3,
      kind: "IDEATION",
      startsAt: new Date(),
      endsAt: new Date(Date.now() + 3 * 3600_000),
      venueJa: "ベンチマーク会場",
      capacity: 200,
      state: "OPEN",
      stage: "ideas",
      submissionsOpen: true,
      joinCode: BENCH_JOIN_CODE,
      openedAt: new Date(),
    },
    select: { id: true },
  });

  const template = await db.user.findUniqueOrThrow({
    where: { email: "member@demo.yukemuri.example" },
    select: { passwordHash: true, roles: true, memberships: { select: { planId: true }, take: 1 } },
  });
  const planId = template.memberships[0]?.planId;
  if (!planId) throw new Error("The demo member has no membership to copy.");
  const memberEmails: string[] = [];
  for (let i = 0; i < MEMBERS; i++) {
    const email = `bench-member-${String(i).padStart(3, "0")}@bench.yukemuri.example`;
    await db.user.create({
      data: {
        email,
        name: `ベンチ会員 ${i}`,
        roles: template.roles,
        passwordHash: template.passwordHash,
        memberships: { create: { planId, status: "ACTIVE", startsOn: new Date("2026-04-01") } },
      },
    });
    memberEmails.push(email);
  }
  return { sessionId: session.id, joinCode: BENCH_JOIN_CODE, memberEmails };
}

try {
  console.log(JSON.stringify(await prepare()));
} finally {
  await releaseDatabase();
}
