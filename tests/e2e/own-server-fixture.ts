// A production server of the spec's own, on a freshly seeded embedded database, for tests that
// need settings of their own or would spend the shared server's per-address limits.
import path from "node:path";
import { test } from "@playwright/test";
import { resetDatabase, startServer, type OwnServer } from "../../scripts/own-server";

/** Starts the server before the describe block's tests and stops it after; `offset` keeps ports apart. */
export function withOwnServer(offset: number, name: string, settings: Record<string, string> = {}): () => OwnServer {
  let server: OwnServer | undefined;
  const port = Number(process.env.E2E_PORT ?? 3100) + offset;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    const env = { DATABASE_URL: "", PGLITE_DATA_DIR: path.resolve(".data", "e2e", `${name}-pglite-${port}`), ...settings };
    await resetDatabase(env);
    server = await startServer(port, env);
  });
  test.afterAll(async () => {
    await server?.stop();
  });
  return () => {
    if (!server) throw new Error(`The ${name} server did not start`);
    return server;
  };
}
