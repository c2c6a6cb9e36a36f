// Run by the bench against a freshly seeded database, before the server starts (PGlite admits one
// process at a time): two open session-3 workshops (ideas and dot votes), one for the idea row and
// one for the scenario's hall, and a pool of NETSUGEN members, each with the demo member's plan and password, for the booking attempts.
// Prints what it made as one JSON line.
import { openDatabaseClient, releaseDatabase } from "../db/tasks";
import { openIdeationSession, type BenchSession } from "./sessions";

const MEMBERS = Number(process.argv[2] ?? 40);

export type { BenchSession };

export interface BenchFixtures {
  /** Where the idea row's phones post: it ends with a thousand ideas or more. */
  rowSession: BenchSession;
  /** The scenario's hall, which starts empty like a real session. */
  hallSession: BenchSession;
  memberEmails: string[];
}

async function prepare(): Promise<BenchFixtures> {
  const db = await openDatabaseClient();
  const rowSession = await openIdeationSession(db, "bench-row", "BENCH3");
  const hallSession = await openIdeationSession(db, "bench-hall", "GUNMA6");

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
        emailConfirmedAt: new Date(),
        passwordHash: template.passwordHash,
        memberships: { create: { planId, status: "ACTIVE", startsOn: new Date("2026-04-01") } },
      },
    });
    memberEmails.push(email);
  }
  return { rowSession, hallSession, memberEmails };
}

try {
  console.log(JSON.stringify(await prepare()));
} finally {
  await releaseDatabase();
}
