// The one data-access entry point. Whether the database is embedded PGlite (the default, in
// `.data/pglite`) or a PostgreSQL server (DATABASE_URL) is decided in lib/db/adapter.ts and
// nowhere else: the rest of the app only sees a Prisma client.
import { closeDatabase, getAdapterFactory } from "./db/adapter";
import { PrismaClient } from "./generated/prisma/client";

export { databaseKind, getAdapterFactory, type DatabaseKind } from "./db/adapter";

function createPrismaClient() {
  return new PrismaClient({
    adapter: getAdapterFactory(),
    // Password hashes leave the data layer only when a query asks for them explicitly
    // (`omit: { passwordHash: false }`), e.g. to verify a sign-in.
    omit: { user: { passwordHash: true } },
  });
}

export type Database = ReturnType<typeof createPrismaClient>;

/** The client inside `db.$transaction(async (tx) => …)`: what every multi-step write receives. */
export type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];

// On globalThis so Next's dev-mode module reloads keep one client (and one PGlite) per process.
const globalState = globalThis as typeof globalThis & { __yukemuriPrisma?: Database };

function getClient(): Database {
  return (globalState.__yukemuriPrisma ??= createPrismaClient());
}

/**
 * The Prisma client, created on first use rather than on import, so that importing this module
 * (as `next build` does while collecting pages) never opens the database.
 */
export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const client = getClient();
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(client) : value;
  },
  has(_target, property) {
    return Reflect.has(getClient(), property);
  },
});

const PING_TIMEOUT_MS = 2_000;

/** Whether the database answers `SELECT 1` within two seconds. Never throws. */
export async function pingDatabase(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS);
  });
  const ping = db.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([ping, timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Disconnects the client and closes the pool or PGlite, so the process can exit and another
 * process may open the PGlite directory. The next use of `db` reconnects.
 */
export async function disconnectDatabase(): Promise<void> {
  const client = globalState.__yukemuriPrisma;
  globalState.__yukemuriPrisma = undefined;
  try {
    await client?.$disconnect();
  } finally {
    await closeDatabase();
  }
}
