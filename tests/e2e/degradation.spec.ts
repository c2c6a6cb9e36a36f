// Graceful degradation on a real outage: a production server on PostgreSQL loses its database.
// /api/health answers 503, pages say "maintenance" in Japanese and English, and when the database
// accepts connections again, the server and the open page recover by themselves.
import { expect, test } from "@playwright/test";
import { freshPostgresDatabase, onPostgres, resetDatabase, startServer, waitForHealth, type OwnServer } from "../../scripts/own-server";

const ADMIN_URL = process.env.E2E_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const DATABASE = "yukemuri_e2e_outage";
const PORT = Number(process.env.E2E_PORT ?? 3100) + 7;

const admin = (sql: string) => onPostgres(ADMIN_URL, sql);

test.describe.serial("when the database goes away", () => {
  let server: OwnServer | undefined;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const databaseUrl = await freshPostgresDatabase(ADMIN_URL, DATABASE);
    test.skip(databaseUrl === null, "needs a PostgreSQL server (E2E_POSTGRES_URL); CI starts one");
    const env = { DATABASE_URL: databaseUrl! };
    await resetDatabase(env);
    server = await startServer(PORT, env);
  });

  test.afterAll(async () => {
    await server?.stop();
    await admin(`ALTER DATABASE ${DATABASE} ALLOW_CONNECTIONS true`).catch(() => undefined);
    await admin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`).catch(() => undefined);
  });

  test("health says 503, pages say maintenance in both languages, and both recover by themselves", async ({ page }) => {
    test.setTimeout(120_000);
    const BASE = server!.base;
    await page.goto(`${BASE}/zukan`);
    await expect(page.getByRole("heading", { level: 1, name: "湯けむり未来図鑑" })).toBeVisible();

    // The outage: no new connections, and the open ones are cut.
    await admin(`ALTER DATABASE ${DATABASE} ALLOW_CONNECTIONS false`);
    await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${DATABASE}'`);
    await waitForHealth(BASE, 503, 15_000);
    const health = await (await fetch(`${BASE}/api/health`)).json();
    expect(health).toEqual({ status: "degraded", database: "unreachable" });

    // An anonymous visitor may get the page cache's last good copy for its lifetime (10 s); after
    // that, the page says maintenance.
    await expect(async () => {
      await page.goto(`${BASE}/zukan`);
      await expect(page.getByRole("heading", { level: 1, name: "ただいまメンテナンス中です" })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000, intervals: [1_000] });
    await expect(page.getByText("The database cannot be reached.", { exact: false })).toBeVisible();

    // The database returns; nobody restarts anything or touches the page.
    await admin(`ALTER DATABASE ${DATABASE} ALLOW_CONNECTIONS true`);
    await waitForHealth(BASE, 200, 30_000);
    await expect(page.getByRole("heading", { level: 1, name: "湯けむり未来図鑑" })).toBeVisible({ timeout: 20_000 });
  });
});
