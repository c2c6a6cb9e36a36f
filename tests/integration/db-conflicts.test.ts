// A real deadlock on PostgreSQL, reported through the real driver adapter, is recognised and the
// aborted transaction is run again. PGlite serves one connection at a time, so two of its
// transactions can never wait on each other: the scenario exists on PostgreSQL only.
import { expect, test } from "vitest";
import { db, type Tx } from "@/lib/db";
import { retryOnConflict } from "@/lib/db/retry";

const lock = (tx: Tx, key: string) => tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;

test.skipIf(!process.env.DATABASE_URL)("two transactions that deadlock both finish, the victim on a retry (PostgreSQL)", { timeout: 30_000 }, async () => {
  // Each takes one lock, waits until the other holds its own, then asks for the other's: a cycle
  // the database breaks by aborting one of them.
  let holding = 0;
  let bothHolding!: () => void;
  const bothHold = new Promise<void>((resolve) => (bothHolding = resolve));
  let attempts = 0;

  const contender = (first: string, second: string) => {
    let round = 0;
    return retryOnConflict(() => {
      attempts++;
      const firstRound = round++ === 0;
      return db.$transaction(async (tx) => {
        await lock(tx, first);
        if (firstRound) {
          if (++holding === 2) bothHolding();
          await bothHold;
        }
        await lock(tx, second);
        return `${first} then ${second}`;
      }, { timeout: 20_000 });
    });
  };

  const results = await Promise.all([contender("conflict-test:a", "conflict-test:b"), contender("conflict-test:b", "conflict-test:a")]);
  expect(results).toEqual(["conflict-test:a then conflict-test:b", "conflict-test:b then conflict-test:a"]);
  expect(attempts).toBeGreaterThan(2);
});
