// `npm start`: everything a fresh clone needs, with no database server. Prepares the database
// (client, migrations, seed), builds when the sources are newer than the last build, then runs
// the production server (scripts/serve.ts) and prints the demo sign-ins once it answers.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { readOrCreateGeneratedSecret } from "../lib/auth/secret";
import { invalidSettings } from "../lib/env";
import { describeJobs } from "../lib/jobs/settings";
import { describeMailTransport } from "../lib/mail/settings";
import { PROJECT_ROOT } from "./db/paths";
import { describeDatabase, prepareDatabase } from "./db/tasks";
import { SERVE_ARGS } from "./serve-command";

const NEXT_BIN = path.join(PROJECT_ROOT, "node_modules", "next", "dist", "bin", "next");
const BUILD_ID = path.join(PROJECT_ROOT, ".next", "BUILD_ID");
// What a build depends on. Walking these costs a few milliseconds.
const SOURCE_DIRS = ["app", "components", "lib"];
const SOURCE_FILES = ["prisma/schema.prisma", "next.config.ts", "package.json", "postcss.config.mjs", "tsconfig.json"];
const IGNORED_DIRS = new Set([path.join(PROJECT_ROOT, "lib", "generated")]);

function parsePort(): number {
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT must be a port number, not "${process.env.PORT}".`);
  return port;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!IGNORED_DIRS.has(full)) newest = Math.max(newest, newestMtime(full));
    } else if (entry.isFile()) {
      newest = Math.max(newest, statSync(full).mtimeMs);
    }
  }
  return newest;
}

function buildIsStale(): boolean {
  if (!existsSync(BUILD_ID)) return true;
  const built = statSync(BUILD_ID).mtimeMs;
  const sources = [
    ...SOURCE_DIRS.map((dir) => path.join(PROJECT_ROOT, dir)).filter(existsSync).map(newestMtime),
    ...SOURCE_FILES.map((file) => path.join(PROJECT_ROOT, file)).filter(existsSync).map((file) => statSync(file).mtimeMs),
  ];
  return Math.max(0, ...sources) > built;
}

function runNext(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [NEXT_BIN, ...args], { cwd: PROJECT_ROOT, env, stdio: "inherit" });
}

function waitForExit(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 + (signalNumber(signal) ?? 0) : 1)));
  });
}

function signalNumber(signal: NodeJS.Signals): number | undefined {
  return ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as Partial<Record<NodeJS.Signals, number>>)[signal];
}

async function waitUntilListening(port: number, server: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && server.exitCode === null && server.signalCode === null) {
    try {
      // Any answer will do, even 503: the server is listening.
      await fetch(`http://localhost:${port}/api/health`, { signal: AbortSignal.timeout(2_000) });
      return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
  return false;
}

// East Asian wide characters take two columns in a terminal.
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1;
  return width;
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

async function printSignIns(url: string): Promise<void> {
  const lines = [`\nYukemuri is ready: ${url}  (database: ${describeDatabase()})`, `Mail: ${describeMailTransport()}`, `Background jobs: ${describeJobs()}`];
  const accountsModule = path.join(PROJECT_ROOT, "prisma", "seed", "demo-accounts.ts");
  if (existsSync(accountsModule)) {
    const { DEMO_ACCOUNTS } = await import("../prisma/seed/demo-accounts");
    const rows = DEMO_ACCOUNTS.map((account) => [`${account.labelJa} ${account.labelEn}`, account.email, account.password]);
    const widths = [0, 1].map((column) => Math.max(...rows.map((row) => displayWidth(row[column] ?? ""))));
    lines.push("\nDemo sign-ins (demo data only; never deploy a database seeded with them):");
    for (const [label = "", email = "", password = ""] of rows) {
      lines.push(`  ${pad(label, widths[0] ?? 0)}  ${pad(email, widths[1] ?? 0)}  ${password}`);
    }
  }
  console.log(`${lines.join("\n")}\n`);
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  console.log(`▸ ${label}`);
  const result = await work();
  console.log(`✓ ${label} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}

async function main(): Promise<number> {
  const problems = invalidSettings();
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    return 1;
  }
  const port = parsePort();
  await timed("Preparing the database", () => prepareDatabase());

  const secret = process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET || readOrCreateGeneratedSecret();
  const url = process.env.NEXTAUTH_URL || `http://localhost:${port}`;
  // Passed explicitly: the production server refuses to start without a secret of its own.
  const env: NodeJS.ProcessEnv = {
    // Next's telemetry would only time out on the offline machines this command is made for.
    NEXT_TELEMETRY_DISABLED: "1",
    ...process.env,
    AUTH_SECRET: secret,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: url,
  };

  if (buildIsStale()) {
    const code = await timed("Building (next build)", async () => {
      const exitCode = await waitForExit(runNext(["build"], env));
      if (exitCode !== 0) throw new Error(`next build failed (exit code ${exitCode}).`);
      return exitCode;
    });
    if (code !== 0) return code;
  }

  const server = spawn(process.execPath, SERVE_ARGS, { cwd: PROJECT_ROOT, env: { ...env, PORT: String(port) }, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => server.kill(signal));
  }
  const exited = waitForExit(server);
  if (await waitUntilListening(port, server)) await printSignIns(url);
  return exited;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
