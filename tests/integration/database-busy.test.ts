// When every database connection is held (a hall of phones posting at once), a request that cannot
// get one in time is told "busy, try again" and nothing is written, instead of a server error.
// The connections are held for real here: on PostgreSQL every connection of the pool, on PGlite its
// one connection.
import { describe, expect, test } from "vitest";
import { formStateAction } from "@/lib/actions/define";
import { ok } from "@/lib/actions/result";
import { db } from "@/lib/db";
import { isDatabaseBusy, isTransientConflict } from "@/lib/db/errors";
import { databaseKind, postgresPoolSize } from "@/lib/db/adapter";

/** Holds `count` transactions open, each with its own connection, until the returned function is called. */
async function holdConnections(count: number): Promise<() => Promise<void>> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const holders = Array.from({ length: count }, () => {
    let ready!: () => void;
    const holding = new Promise<void>((resolve) => (ready = resolve));
    const done = db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1`;
        ready();
        await released;
      },
      { maxWait: 10_000, timeout: 20_000 },
    );
    return { holding, done };
  });
  await Promise.all(holders.map((h) => h.holding));
  return async () => {
    release();
    await Promise.all(holders.map((h) => h.done));
  };
}

const connections = () => (databaseKind() === "postgres" ? postgresPoolSize() : 1);

describe("a request that finds every connection busy", () => {
  test("the database's answer is recognised as busy, and not as a conflict to retry", async () => {
    const release = await holdConnections(connections());
    try {
      const error = await db.$transaction(async (tx) => tx.$queryRaw`SELECT 1`, { maxWait: 50 }).then(() => null, (e: unknown) => e);
      expect(error).not.toBeNull();
      expect(isDatabaseBusy(error)).toBe(true);
      expect(isTransientConflict(error)).toBe(false);
    } finally {
      await release();
    }
  });

  test("an action answers errors.busy, writes nothing, and works again once a connection is free", async () => {
    const before = await db.auditLog.count();
    const action = formStateAction(async (formData: FormData) =>
      db.$transaction(
        async (tx) => {
          await tx.auditLog.create({ data: { action: "test.busy", subjectType: "Test", subjectId: String(formData.get("id")) } });
          return ok(undefined);
        },
        { maxWait: 50 },
      ),
    );
    const form = new FormData();
    form.set("id", "busy-1");
    const release = await holdConnections(connections());
    let answer: unknown;
    try {
      answer = await action(null, form);
    } finally {
      await release();
    }
    expect(answer).toEqual({ ok: false, error: "errors.busy" });
    expect(await db.auditLog.count()).toBe(before);
    await expect(action(null, form)).resolves.toEqual({ ok: true, data: undefined });
  });

  test("other errors still reach the error page", async () => {
    const action = formStateAction(async () => {
      throw new Error("a bug");
    });
    await expect(action(null, new FormData())).rejects.toThrow("a bug");
  });
});
