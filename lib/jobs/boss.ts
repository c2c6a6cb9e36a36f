import "server-only";
// pg-boss on whichever database the app uses: on PGlite through pg-boss's own adapter over the
// process's one embedded instance (so jobs must run in the process that owns it), on PostgreSQL
// with a small pool of its own. Its tables live in the `pgboss` schema, apart from Prisma's.
import { fromPglite, PgBoss, type ConstructorOptions } from "pg-boss";
import { databaseKind, embeddedPglite } from "../db/adapter";
import { setting } from "../env";

export type BossTimings = Pick<ConstructorOptions, "superviseIntervalSeconds" | "monitorIntervalSeconds" | "maintenanceIntervalSeconds" | "cronMonitorIntervalSeconds" | "cronWorkerIntervalSeconds">;

export function createBoss(timings: BossTimings = {}): PgBoss {
  const common = { schema: "pgboss", application_name: "yukemuri-jobs", ...timings } satisfies ConstructorOptions;
  if (databaseKind() === "postgres") {
    return new PgBoss({ ...common, connectionString: setting("DATABASE_URL"), max: 4 });
  }
  const pglite = embeddedPglite();
  if (!pglite) throw new Error("No embedded database in this process.");
  return new PgBoss({ ...common, db: fromPglite(pglite), backend: "pglite" });
}
