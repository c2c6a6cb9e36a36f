// The server Playwright starts: the production build (scripts/serve.ts) on an embedded database of its
// own, migrated and seeded from empty on every run, so end-to-end tests never depend on (or spoil)
// the developer's `.data/pglite`. It does not build: run `npm run build` first, as CI does.
import { spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./db/paths";
import { SERVE_ARGS } from "./serve-command";

const port = process.env.PORT ?? "3100";
const dataDir = path.join(PROJECT_ROOT, ".data", "e2e", `pglite-${port}`);

if (!existsSync(path.join(PROJECT_ROOT, ".next", "BUILD_ID"))) {
  console.error("No production build: run `npm run build` before `npm run test:e2e`.");
  process.exit(1);
}

rmSync(dataDir, { recursive: true, force: true });
// Next's data cache (unstable_cache entries, e.g. the KPI dashboard) outlives the server on disk;
// it described the previous run's database, so it goes with it.
rmSync(path.join(PROJECT_ROOT, ".next", "cache", "fetch-cache"), { recursive: true, force: true });
process.env.PGLITE_DATA_DIR = dataDir;
delete process.env.DATABASE_URL;

// Imported after PGLITE_DATA_DIR is set: the database module reads it on first use.
const { prepareDatabase } = await import("./db/tasks");
await prepareDatabase((line) => console.log(`[e2e db] ${line}`));

const secret = process.env.AUTH_SECRET ?? "e2e-only-secret-not-for-any-real-deployment";
const server = spawn(process.execPath, SERVE_ARGS, {
  cwd: PROJECT_ROOT,
  stdio: "inherit",
  env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env, PORT: port, AUTH_SECRET: secret, NEXTAUTH_SECRET: secret, PGLITE_DATA_DIR: dataDir },
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 1));
