// Migration scripts must reach the database as one simple-protocol query, the way Prisma's native
// engine sends them: PostgreSQL then runs all their statements in one implicit transaction, and
// dollar-quoted function bodies stay intact. Neither adapter does this by itself:
// - @prisma/adapter-pg 7.10 splits the script on every ";" and runs the pieces one by one, which
//   breaks any `CREATE FUNCTION … $$ … ; … $$` (the audit log's trigger) and leaves a
//   half-applied migration behind when a later statement fails;
// - pglite-prisma-adapter 0.7.2 does not await PGlite's exec(), so a failing script is reported
//   as applied and its error surfaces later as an unhandled rejection.
import { DriverAdapterError, type SqlDriverAdapter } from "@prisma/driver-adapter-utils";

interface PostgresErrorFields {
  code: string;
  severity: string;
  message: string;
  detail?: string;
  column?: string;
  hint?: string;
}

// Both pg's and PGlite's DatabaseError carry these fields.
function isPostgresError(error: unknown): error is PostgresErrorFields {
  const e = error as Partial<PostgresErrorFields> | null;
  return typeof e?.code === "string" && typeof e.severity === "string" && typeof e.message === "string";
}

/** The error shape the schema engine understands (it prints the database's own message). */
export function toDriverAdapterError(error: unknown): unknown {
  if (!isPostgresError(error)) return error;
  return new DriverAdapterError({
    kind: "postgres",
    code: error.code,
    severity: error.severity,
    message: error.message,
    detail: error.detail,
    column: error.column,
    hint: error.hint,
    originalCode: error.code,
    originalMessage: error.message,
  });
}

/** Makes `adapter.executeScript` send the whole script through `runScript` at once. */
export function executeScriptsWhole<A extends SqlDriverAdapter>(adapter: A, runScript: (script: string) => Promise<unknown>): A {
  adapter.executeScript = async (script: string) => {
    try {
      await runScript(script);
    } catch (error) {
      throw toDriverAdapterError(error);
    }
  };
  return adapter;
}
