// Every integration test file gets a database of its own, migrated from empty with the project's
// own migration tooling: an in-memory PGlite by default, or a fresh database on the server of
// DATABASE_URL when it is set. Files never see each other's rows, so they can run in parallel.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { disconnectDatabase } from "@/lib/db";
import { applyMigrations } from "@/scripts/db/engine";
import { onPostgres } from "@/scripts/own-server";

const serverUrl = process.env.DATABASE_URL;
let testDatabase: { name: string; adminUrl: string } | undefined;

beforeAll(async () => {
  if (serverUrl) {
    const name = `yukemuri_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
    await onPostgres(serverUrl, `CREATE DATABASE "${name}"`);
    testDatabase = { name, adminUrl: serverUrl };
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
  } else {
    process.env.PGLITE_DATA_DIR = "memory://";
  }
  await applyMigrations();
});

afterAll(async () => {
  await disconnectDatabase();
  if (testDatabase) {
    await onPostgres(testDatabase.adminUrl, `DROP DATABASE IF EXISTS "${testDatabase.name}" WITH (FORCE)`);
    process.env.DATABASE_URL = testDatabase.adminUrl;
    testDatabase = undefined;
  }
});
