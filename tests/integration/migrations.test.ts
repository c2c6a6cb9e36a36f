// The offline migration tooling (scripts/db/engine.ts) on a small schema of its own, with the
// kinds of hand-written SQL the real migrations carry. Runs on in-memory PGlite, and also on a
// throwaway database of the DATABASE_URL server when one is set.
import { createHash, randomUUID } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openPglite } from "@/lib/db/adapter";
import { WholeScriptPrismaPg } from "@/lib/db/pg-factory";
import { createPgliteAdapterFactory } from "@/lib/db/pglite-factory";
import { applyMigrations, checkMigrations, createMigration, resetDatabase } from "@/scripts/db/engine";

const SCHEMA = `
generator client {
  provider = "prisma-client"
  output   = "./generated"
}

datasource db {
  provider = "postgresql"
}

enum BookingStatus {
  ACTIVE
  CANCELLED
}

model Resource {
  id       Int       @id @default(autoincrement())
  code     String    @unique
  bookings Booking[]
}

model Booking {
  id         Int           @id @default(autoincrement())
  resourceId Int
  userKey    String
  startsAt   DateTime      @db.Timestamptz(3)
  endsAt     DateTime      @db.Timestamptz(3)
  status     BookingStatus @default(ACTIVE)
  resource   Resource      @relation(fields: [resourceId], references: [id])

  @@index([resourceId, startsAt])
}
`;

// Everything Prisma's schema language cannot say, including a function body full of semicolons.
const HAND_WRITTEN = `
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE "Booking" ADD CONSTRAINT "Booking_no_overlap"
  EXCLUDE USING gist ("resourceId" WITH =, tstzrange("startsAt", "endsAt", '[)') WITH &&)
  WHERE ("status" = 'ACTIVE');

ALTER TABLE "Booking" ADD CONSTRAINT "Booking_time_order" CHECK ("endsAt" > "startsAt");

CREATE UNIQUE INDEX "Booking_one_active_start" ON "Booking" ("userKey", "startsAt") WHERE "status" = 'ACTIVE';

CREATE FUNCTION "forbid_resource_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'resources are append-only; % refused', TG_OP;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Resource_append_only" BEFORE UPDATE OR DELETE ON "Resource"
  FOR EACH ROW EXECUTE FUNCTION "forbid_resource_change"();
`;

let workDir: string;
let schemaPath: string;
let migrationsDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), "yukemuri-migrations-"));
  schemaPath = path.join(workDir, "schema.prisma");
  migrationsDir = path.join(workDir, "migrations");
  await writeFile(schemaPath, SCHEMA);
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe("create and check", () => {
  test("create writes the first migration, then finds nothing more to write", async () => {
    const created = await createMigration("Init Bookings", { schemaPath, migrationsDir });
    expect(created?.name).toMatch(/^\d{14}_init_bookings$/);
    expect(created?.sql).toContain('CREATE TABLE "Booking"');
    expect(await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8")).toContain('provider = "postgresql"');

    // What the schema cannot express is appended by hand, as the real migrations do.
    await writeFile(path.join(created?.dir ?? "", "migration.sql"), `${created?.sql}\n${HAND_WRITTEN}`);
    expect(await createMigration("again", { schemaPath, migrationsDir })).toBeNull();
  });

  test("check sees no drift in the hand-written extension, constraints, partial index and trigger", async () => {
    expect(await checkMigrations({ schemaPath, migrationsDir })).toEqual({ inSync: true, summary: "", script: "" });
  });

  test("check reports a schema change, and a new migration drops nothing hand-written", async () => {
    const changedSchema = path.join(workDir, "changed.prisma");
    await writeFile(changedSchema, SCHEMA.replace("  userKey    String\n", "  userKey    String\n  note       String?\n"));
    const result = await checkMigrations({ schemaPath: changedSchema, migrationsDir });
    expect(result.inSync).toBe(false);
    expect(result.script).toContain('ADD COLUMN     "note" TEXT');
    expect(result.script).not.toMatch(/DROP/i);
  });
});

async function migrationsTable(query: (sql: string) => Promise<Record<string, unknown>[]>) {
  return query(`SELECT migration_name, checksum, finished_at IS NOT NULL AS finished FROM _prisma_migrations`);
}

function describeDatabase(name: string, connect: () => Promise<{ factory: SqlMigrationAwareDriverAdapterFactory; query: (sql: string) => Promise<Record<string, unknown>[]>; close: () => Promise<void> }>) {
  describe(`apply and reset on ${name}`, () => {
    let database: Awaited<ReturnType<typeof connect>>;

    beforeAll(async () => {
      database = await connect();
    });

    afterAll(async () => {
      await database?.close();
    });

    test("applies every migration once, recorded like `prisma migrate deploy` does", async () => {
      const [migration] = (await readdir(migrationsDir, { withFileTypes: true })).filter((e) => e.isDirectory());
      const sql = await readFile(path.join(migrationsDir, migration?.name ?? "", "migration.sql"), "utf8");

      expect(await applyMigrations({ schemaPath, migrationsDir, factory: database.factory })).toEqual([migration?.name]);
      expect(await applyMigrations({ schemaPath, migrationsDir, factory: database.factory })).toEqual([]);
      expect(await migrationsTable(database.query)).toEqual([
        { migration_name: migration?.name, checksum: createHash("sha256").update(sql).digest("hex"), finished: true },
      ]);
    });

    test("the hand-written objects exist and work", async () => {
      await database.query(`INSERT INTO "Resource" (code) VALUES ('desk-1')`);
      const book = (from: string, to: string) =>
        database.query(
          `INSERT INTO "Booking" ("resourceId", "userKey", "startsAt", "endsAt") SELECT id, '${randomUUID()}', '${from}', '${to}' FROM "Resource"`,
        );
      await book("2026-04-01T09:00:00Z", "2026-04-01T10:00:00Z");
      await book("2026-04-01T10:00:00Z", "2026-04-01T11:00:00Z"); // back to back is fine
      await expect(book("2026-04-01T09:30:00Z", "2026-04-01T10:30:00Z")).rejects.toMatchObject({ code: "23P01" });
      await expect(book("2026-04-02T10:00:00Z", "2026-04-02T09:00:00Z")).rejects.toMatchObject({ code: "23514" });
      await expect(database.query(`DELETE FROM "Resource"`)).rejects.toThrow(/append-only; DELETE refused/);
    });

    test("a failing migration is reported, and leaves none of its statements behind", async () => {
      const brokenDir = path.join(workDir, `broken-${name}`);
      await copyDir(migrationsDir, brokenDir);
      await mkdir(path.join(brokenDir, "29991231000000_broken"));
      await writeFile(
        path.join(brokenDir, "29991231000000_broken", "migration.sql"),
        `CREATE TABLE "Partial" (id int);\nCREATE TABLE "Broken" (id int REFERENCES "Nowhere"(id));\n`,
      );
      await expect(applyMigrations({ schemaPath, migrationsDir: brokenDir, factory: database.factory })).rejects.toThrow(/Nowhere/i);
      expect(await database.query(`SELECT to_regclass('"Partial"') AS partial`)).toEqual([{ partial: null }]);
    });

    test("reset drops everything, failed migrations included, then re-applies", async () => {
      const applied = await resetDatabase({ schemaPath, migrationsDir, factory: database.factory });
      expect(applied).toHaveLength(1);
      expect(await database.query(`SELECT count(*)::int AS n FROM "Resource"`)).toEqual([{ n: 0 }]);
      expect(await migrationsTable(database.query)).toHaveLength(1);
    });
  });
}

async function copyDir(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (entry.isDirectory()) await copyDir(path.join(from, entry.name), path.join(to, entry.name));
    else await writeFile(path.join(to, entry.name), await readFile(path.join(from, entry.name)));
  }
}

describeDatabase("PGlite", async () => {
  const client = openPglite("memory://");
  return {
    factory: createPgliteAdapterFactory(client, () => openPglite("memory://")),
    query: async (sql) => (await client.query<Record<string, unknown>>(sql)).rows,
    close: () => client.close(),
  };
});

if (process.env.DATABASE_URL) {
  describeDatabase("PostgreSQL", async () => {
    const name = `yukemuri_migrations_${randomUUID().replaceAll("-", "")}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(process.env.DATABASE_URL ?? "");
    url.pathname = `/${name}`;
    const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
    return {
      factory: new WholeScriptPrismaPg(pool),
      query: async (sql) => (await pool.query<Record<string, unknown>>(sql)).rows,
      close: async () => {
        await pool.end();
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      },
    };
  });
}
