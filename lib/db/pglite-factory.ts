// A driver-adapter factory for PGlite that fills two gaps of pglite-prisma-adapter 0.7.2 that the
// migration engine runs into: its executeScript() (see whole-script.ts), and its shadow database,
// a bare in-memory PGlite without our extensions (so `CREATE EXTENSION btree_gist` fails there)
// that is never closed.
import type { PGlite } from "@electric-sql/pglite";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { executeScriptsWhole } from "./whole-script";

async function connectTo(client: PGlite, onDispose?: () => Promise<void>): Promise<SqlDriverAdapter> {
  const adapter = executeScriptsWhole(await new PrismaPGlite(client).connect(), (script) => client.exec(script));
  if (onDispose) {
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await onDispose();
    };
  }
  return adapter;
}

/**
 * @param client the database the app and the migrations use
 * @param openShadow opens a fresh, empty database (with the same extensions) for the migration
 *   engine to replay migrations into; it is closed when the engine disposes of it
 */
export function createPgliteAdapterFactory(
  client: PGlite,
  openShadow: () => PGlite | Promise<PGlite>,
): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: "postgres",
    adapterName: "pglite-prisma-adapter",
    connect: () => connectTo(client),
    connectToShadowDb: async () => {
      const shadow = await openShadow();
      return connectTo(shadow, async () => {
        if (!shadow.closed) await shadow.close();
      });
    },
  };
}
