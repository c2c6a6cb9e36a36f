// Run by the forum bench (forum.ts) against a freshly seeded database, before any server starts:
// three open session-3 workshops, each starting with an empty board. Two halls of `hall` seats,
// one per forum run (one instance, then two), so the second does not start on the first one's
// ideas; and one plenary of `plenary` seats for the live-board viewers. The plenary's capacity is
// set in the database: the facilitators' form stops at 500 seats, a thousand viewers need more.
// Prints what it made as one JSON line.
//
//   tsx scripts/bench/prepare-forum.ts <hall seats> <plenary seats>
import { openDatabaseClient, releaseDatabase } from "../db/tasks";
import { openIdeationSession, type BenchSession } from "./sessions";

const HALL = Number(process.argv[2] ?? 300);
const PLENARY = Number(process.argv[3] ?? 1000);

export interface ForumFixtures {
  oneInstance: BenchSession;
  twoInstances: BenchSession;
  plenary: BenchSession;
}

async function prepare(): Promise<ForumFixtures> {
  const db = await openDatabaseClient();
  // Join codes use the codes' own alphabet (no 0/O, 1/I/L), or the join form refuses them.
  return {
    oneInstance: await openIdeationSession(db, "bench-forum-one", "FRMA23", HALL),
    twoInstances: await openIdeationSession(db, "bench-forum-two", "FRMB23", HALL),
    plenary: await openIdeationSession(db, "bench-forum-plenary", "VWRS23", PLENARY),
  };
}

try {
  console.log(JSON.stringify(await prepare()));
} finally {
  await releaseDatabase();
}
