// Graceful degradation on a real outage: a production server on PostgreSQL loses its database.
// /api/health answers 503, pages say "maintenance" in Japanese and English, and when the database
// accepts connections again, the server and the open page recover by themselves.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";

const ADMIN_URL = process.env.E2E_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const DATABASE = "yukemuri_e2e_outage";
const PORT = Number(process.env.E2E_PORT ?? 3100) + 7;
const BASE = `http://127.0.0.1:${PORT}`;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function postgresReachable(): Promise<boolean> {
  return admin("SELECT 1").then(
    () => true,
    () => false,
  );
}

function databaseUrl(): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

function run(command: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(command, args, { cwd: process.cwd(), env: { ...process.env, ...env }, stdio: "inherit" });
}

async function waitForHealth(expected: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fetch(`${BASE}/api/health`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`/api/health never answered ${expected}`);
}

test.describe.serial("when the database goes away", () => {
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    test.skip(!(await postgresReachable()), "needs a PostgreSQL server (E2E_POSTGRES_URL); CI starts one");
    await admin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await admin(`CREATE DATABASE ${DATABASE}`);
    const env = { DATABASE_URL: databaseUrl() };
    const reset = run(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/db/cli.ts", "reset"], env);
    expect(await new Promise((resolve) => reset.on("exit", resolve))).toBe(0);
    const secret = "e2e-only-secret-not-for-any-real-deployment";
    server = run(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(PORT)], {
      ...env,
      AUTH_SECRET: secret,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: BASE,
    });
    await waitForHealth(200, 60_000);
  });

  test.afterAll(async () => {
    server?.kill("SIGTERM");
    if (await postgresReachable()) {
      await admin(`ALTER DATABASE ${DATABASE} ALLOW_CONNECTIONS true`).catch(() => undefined);
      await admin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    }
  });

  test("health says 503, pages say maintenance in both languages, and both recover by themselves", async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`${BASE}/zukan`);
    await expect(page.getByRole("heading", { level: 1, name: "湯けむり未来図鑑" })).toBeVisible();

    // The outage: no new connections, and the open ones are cut.
    await admin(`ALTER DATABASE ${DATABASE} ALLOW_CONNECTIONS false`);
    await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${DATABASE}'`);
    await waitForHealth(503, 15_000);
    const health = await (await fetch(`${BASE}/api/health`)).json();
    expect(health).toEqual({ status: "degraded", database: "unreachable" });

    await page.goto(`${BASE}/zukan`);
    await expect(page.getByRole("heading", { level: 1, name: "ただいまメンテナンス中です" })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText("The database cannot be reached.", { exact: false })).toBeVisible();

    // The database returns; nobody restarts anything or touches the page.
    await admin(`ALTER DATABASE ${DATABASE} ALLOW_CONNECTIONS true`);
    await waitForHealth(200, 30_000);
    await expect(page.getByRole("heading", { level: 1, name: "湯けむり未来図鑑" })).toBeVisible({ timeout: 20_000 });
  });
});
