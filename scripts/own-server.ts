// A production server of its own, on a database of its own, for the tests that stop, break or
// kill it (the outage and crash tests) and for the benchmark. It uses the existing build.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { SERVE_ARGS } from "./serve-command";

const SECRET = "e2e-only-secret-not-for-any-real-deployment";

function run(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, args, { cwd: process.cwd(), env: { ...process.env, ...env }, stdio: ["ignore", "inherit", "inherit"] });
}

/** Drops, migrates and seeds the database `env` points at (DATABASE_URL or PGLITE_DATA_DIR). */
export async function resetDatabase(env: Record<string, string>): Promise<void> {
  const reset = run([path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/db/cli.ts", "reset"], env);
  const code = await new Promise((resolve) => reset.on("exit", resolve));
  if (code !== 0) throw new Error(`db reset exited with ${String(code)}`);
}

export interface OwnServer {
  base: string;
  process: ChildProcess;
  /** Ends the process with `signal` and waits until it has gone. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function startServer(port: number, env: Record<string, string>): Promise<OwnServer> {
  const base = `http://127.0.0.1:${port}`;
  // Another server on the port would answer the health checks below in this one's place.
  if (await fetch(`${base}/api/health`).then(() => true, () => false)) throw new Error(`Port ${port} is already in use by another server.`);
  // `env` may name another public URL (NEXTAUTH_URL), e.g. an https one as behind TLS.
  const child = run(SERVE_ARGS, {
    PORT: String(port),
    AUTH_SECRET: SECRET,
    NEXTAUTH_SECRET: SECRET,
    NEXTAUTH_URL: base,
    ...env,
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const died = exited.then(() => {
    throw new Error(`The server on port ${port} exited before it was ready.`);
  });
  died.catch(() => undefined); // after a normal start, the later exit (stop()) is expected
  await Promise.race([waitForHealth(base, 200, 60_000), died]);
  return {
    base,
    process: child,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

export async function waitForHealth(base: string, expected: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fetch(`${base}/api/health`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${base}/api/health never answered ${expected}`);
}

/** Runs one statement on the PostgreSQL server of `adminUrl`. */
export async function onPostgres(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A new, empty database `name` on the server of `adminUrl` (dropped first if it exists), and its
 * URL; null when no server answers there, so callers can skip and say why.
 */
export async function freshPostgresDatabase(adminUrl: string, name: string): Promise<string | null> {
  try {
    await onPostgres(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await onPostgres(adminUrl, `CREATE DATABASE ${name}`);
  } catch {
    return null;
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
