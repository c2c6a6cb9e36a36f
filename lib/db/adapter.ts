// Chooses the database and builds the Prisma driver-adapter factory for it. Deliberately free of
// the generated Prisma client, so the migration tooling can load it before (or without) a
// generated client. Application code goes through lib/db.ts instead.
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { WholeScriptPrismaPg } from "./pg-factory";
import { createPgliteAdapterFactory } from "./pglite-factory";
import { lockPgliteDir } from "./pglite-lock";
import { setting } from "../env";

export type DatabaseKind = "pglite" | "postgres";

// Every extension a migration creates must be registered wherever PGlite is opened (app,
// migrations, shadow database), or `CREATE EXTENSION` fails on PGlite alone.
export const PGLITE_EXTENSIONS = { btree_gist, pg_trgm };

interface DatabaseState {
  factory?: SqlMigrationAwareDriverAdapterFactory;
  pglite?: PGlite;
  releaseLock?: () => void;
  pool?: pg.Pool;
}

// On globalThis so that Next's dev-mode module reloads reuse the one PGlite instance: opening
// the same data directory twice in one process corrupts it.
const globalState = globalThis as typeof globalThis & { __yukemuriDatabase?: DatabaseState };
const state: DatabaseState = (globalState.__yukemuriDatabase ??= {});

export function databaseKind(): DatabaseKind {
  return setting("DATABASE_URL") ? "postgres" : "pglite";
}

/** `PGLITE_DATA_DIR` (may be `memory://`), else `.data/pglite` under the working directory. */
export function pgliteDataDir(): string {
  const configured = setting("PGLITE_DATA_DIR");
  if (configured) return configured.includes("://") ? configured : path.resolve(configured);
  return path.resolve(process.cwd(), ".data", "pglite");
}

/**
 * Opens a PGlite database with the extensions the migrations need. `loadDataDir` (a
 * `dumpDataDir()` tarball) skips initdb, which costs seconds for each new database.
 */
export function openPglite(dataDir: string, options: { loadDataDir?: Blob } = {}): PGlite {
  return new PGlite(dataDir, { extensions: PGLITE_EXTENSIONS, loadDataDir: options.loadDataDir });
}

/** Connections per instance on PostgreSQL: DATABASE_POOL_SIZE, or node-postgres's own default of 10. */
export const postgresPoolSize = (): number => setting("DATABASE_POOL_SIZE") ?? 10;

/** The adapter factory for the current database, created once per process. */
export function getAdapterFactory(): SqlMigrationAwareDriverAdapterFactory {
  if (state.factory) return state.factory;
  if (databaseKind() === "postgres") {
    // One pool shared by the app's client and the migration engine, ended by closeDatabase().
    state.pool = new pg.Pool({
      connectionString: setting("DATABASE_URL"),
      max: postgresPoolSize(),
      // pg waits forever for a connection by default; a health check or a CLI must not hang.
      connectionTimeoutMillis: 10_000,
    });
    state.factory = new WholeScriptPrismaPg(state.pool);
  } else {
    const dataDir = pgliteDataDir();
    if (!dataDir.includes("://")) state.releaseLock = lockPgliteDir(dataDir);
    state.pglite = openPglite(dataDir);
    state.factory = createPgliteAdapterFactory(state.pglite, () => openPglite("memory://"));
  }
  return state.factory;
}

/** Closes the pool or the PGlite instance, releasing the data directory for another process. */
export async function closeDatabase(): Promise<void> {
  const { pglite, pool, releaseLock } = state;
  state.factory = undefined;
  state.pglite = undefined;
  state.pool = undefined;
  state.releaseLock = undefined;
  try {
    if (pool) await pool.end();
    if (pglite && !pglite.closed) await pglite.close();
  } finally {
    releaseLock?.();
  }
}

/**
 * The embedded PGlite of this process, or undefined on PostgreSQL. Only lib/realtime uses it, to
 * LISTEN on the one in-process connection (PostgreSQL gets a dedicated client there instead).
 */
export function embeddedPglite(): PGlite | undefined {
  getAdapterFactory();
  return state.pglite;
}
