// Steps shared by the db CLI, `npm start` and `npm run dev`.
import { existsSync } from "node:fs";
import path from "node:path";
import { closeDatabase, databaseKind, pgliteDataDir } from "../../lib/db/adapter";
import { applyMigrations, listMigrationNames } from "./engine";
import { generatePrismaClient } from "./generate";
import { PROJECT_ROOT } from "./paths";

type Log = (line: string) => void;

/** "PGlite (.data/pglite)" or "PostgreSQL (host:port/name)", without credentials. */
export function describeDatabase(): string {
  if (databaseKind() === "pglite") {
    const dir = pgliteDataDir();
    return `PGlite (${dir.includes("://") ? dir : path.relative(process.cwd(), dir) || "."})`;
  }
  try {
    const url = new URL(process.env.DATABASE_URL ?? "");
    return `PostgreSQL (${url.host}${url.pathname})`;
  } catch {
    return "PostgreSQL (DATABASE_URL)";
  }
}

let clientLoaded = false;

/**
 * Loads prisma/seed/index.ts and lib/db.ts on demand: both need the generated client, which
 * `migrate`, `create` and `check` must not depend on.
 */
export async function seedDatabase(log: Log = console.log): Promise<void> {
  const seedModule = path.join(PROJECT_ROOT, "prisma", "seed", "index.ts");
  if (!existsSync(seedModule)) throw new Error(`No seed at ${path.relative(process.cwd(), seedModule)}.`);
  const [{ db }, seed] = await Promise.all([import("../../lib/db"), import("../../prisma/seed/index")]);
  clientLoaded = true;
  await seed.runSeed(db, { log: (line) => log(`  ${line}`) });
}

/** The app's Prisma client, loaded on demand for commands that read or write rows. */
export async function openDatabaseClient() {
  const { db } = await import("../../lib/db");
  clientLoaded = true;
  return db;
}

/** Closes whatever this process opened, so it can exit and free the PGlite directory. */
export async function releaseDatabase(): Promise<void> {
  if (clientLoaded) {
    const { disconnectDatabase } = await import("../../lib/db");
    await disconnectDatabase();
  } else {
    await closeDatabase();
  }
}

/**
 * Generates the client, applies pending migrations and seeds, then releases the database: with
 * PGlite, the server started next must be the only process that has it open.
 */
export async function prepareDatabase(log: Log = console.log): Promise<void> {
  if ((await generatePrismaClient()) === "no-schema") throw new Error("prisma/schema.prisma is missing.");
  if ((await listMigrationNames()).length === 0) {
    throw new Error("prisma/migrations holds no migration yet: run `npm run db:migrate:create -- init` first.");
  }
  try {
    log(`Migrating ${describeDatabase()}…`);
    const applied = await applyMigrations();
    log(applied.length === 0 ? "  up to date" : applied.map((name) => `  applied ${name}`).join("\n"));
    log("Seeding…");
    await seedDatabase(log);
  } finally {
    await releaseDatabase();
  }
}
