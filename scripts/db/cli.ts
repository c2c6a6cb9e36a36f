// The database commands behind `npm run db:*`. They work on the app's database: embedded PGlite
// by default, the PostgreSQL server of DATABASE_URL when it is set.
//
//   tsx scripts/db/cli.ts migrate          apply pending migrations
//   tsx scripts/db/cli.ts create <name>    write a migration from the schema's changes
//   tsx scripts/db/cli.ts check            exit 1 when schema.prisma and the migrations disagree
//   tsx scripts/db/cli.ts seed             load facts and demo data (idempotent)
//   tsx scripts/db/cli.ts reset            drop everything, migrate, seed
//   tsx scripts/db/cli.ts backup [file]    write every table to a .jsonl.gz file (default .data/backups/)
//   tsx scripts/db/cli.ts restore <file>   replace the database with a backup, then verify it
//
// Options (mainly for trying the tooling on other files): --schema <file>, --migrations <dir>.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { loadBackup, readBackupHeader, writeBackup } from "./backup";
import { applyMigrations, checkMigrations, createMigration, listMigrationNames, type MigrationPaths, resetDatabase } from "./engine";
import { PROJECT_ROOT } from "./paths";
import { describeDatabase, openDatabaseClient, releaseDatabase, seedDatabase } from "./tasks";

const USAGE =
  "Usage: tsx scripts/db/cli.ts <migrate | create <name> | check | seed | reset | backup [file] | restore <file>> [--schema <file>] [--migrations <dir>]";

class UsageError extends Error {}

interface Invocation {
  command: string;
  args: string[];
  paths: MigrationPaths;
}

function parseArgs(argv: string[]): Invocation {
  const positional: string[] = [];
  const paths: MigrationPaths = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--schema" || arg === "--migrations") {
      const value = argv[++i];
      if (!value) throw new UsageError(`${arg} needs a path.`);
      if (arg === "--schema") paths.schemaPath = value;
      else paths.migrationsDir = value;
    } else if (arg.startsWith("--")) {
      throw new UsageError(`Unknown option ${arg}.`);
    } else {
      positional.push(arg);
    }
  }
  const [command, ...args] = positional;
  if (!command) throw new UsageError("No command given.");
  return { command, args, paths };
}

function reportApplied(names: string[]): void {
  if (names.length === 0) console.log("No pending migrations: the database is up to date.");
  for (const name of names) console.log(`  applied ${name}`);
}

async function migrate(paths: MigrationPaths): Promise<void> {
  console.log(`Migrating ${describeDatabase()}…`);
  reportApplied(await applyMigrations(paths));
}

async function create(args: string[], paths: MigrationPaths): Promise<void> {
  const [name, ...rest] = args;
  if (!name || rest.length > 0) throw new UsageError("create needs one migration name, e.g. `npm run db:migrate:create -- add_bookings`.");
  const created = await createMigration(name, paths);
  if (!created) {
    console.log("schema.prisma and the migrations already agree: no migration written.");
    return;
  }
  console.log(`Wrote ${path.relative(process.cwd(), path.join(created.dir, "migration.sql"))}`);
  console.log("Review it, add any hand-written SQL at its end, then run `npm run db:migrate`.");
}

async function check(paths: MigrationPaths): Promise<number> {
  const result = await checkMigrations(paths);
  if (result.inSync) {
    console.log("schema.prisma and the migrations agree.");
    return 0;
  }
  console.error("schema.prisma and the migrations disagree. The migrations lack:");
  console.error(result.summary.trimEnd());
  console.error("\nSQL a new migration would contain:\n");
  console.error(result.script.trimEnd());
  console.error("\nRun `npm run db:migrate:create -- <name>` to write it.");
  return 1;
}

async function seed(): Promise<void> {
  console.log(`Seeding ${describeDatabase()}…`);
  await seedDatabase();
  console.log("Seeded.");
}

async function reset(paths: MigrationPaths): Promise<void> {
  console.log(`Resetting ${describeDatabase()}: dropping everything…`);
  reportApplied(await resetDatabase(paths));
  await seed();
}

const totalRows = (tables: Record<string, { rows: number }>) => Object.values(tables).reduce((sum, t) => sum + t.rows, 0);

async function backup(args: string[]): Promise<void> {
  if (args.length > 1) throw new UsageError("backup takes at most one file name.");
  const file = args[0] ?? path.join(PROJECT_ROOT, ".data", "backups", `yukemuri-${new Date().toISOString().replaceAll(":", "-")}.jsonl.gz`);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  console.log(`Backing up ${describeDatabase()}…`);
  const header = await writeBackup(await openDatabaseClient(), file);
  console.log(`Wrote ${path.relative(process.cwd(), path.resolve(file))}: ${Object.keys(header.tables).length} tables, ${totalRows(header.tables)} rows.`);
}

async function restore(args: string[], paths: MigrationPaths): Promise<void> {
  const [file, ...rest] = args;
  if (!file || rest.length > 0) throw new UsageError("restore needs one backup file, e.g. `npm run db:restore -- .data/backups/yukemuri-….jsonl.gz`.");
  const header = await readBackupHeader(file);
  console.log(`Restoring ${describeDatabase()} from a backup of ${header.createdAt}: everything in it now is replaced…`);
  await resetDatabase(paths);
  const restored = await loadBackup(await openDatabaseClient(), file, await listMigrationNames(paths));
  console.log(`Restored ${Object.keys(restored).length} tables, ${totalRows(restored)} rows; every count and checksum matches the backup.`);
}

async function run(invocation: Invocation): Promise<number> {
  const { command, args, paths } = invocation;
  if (!["create", "backup", "restore"].includes(command) && args.length > 0) throw new UsageError(`${command} takes no arguments.`);
  switch (command) {
    case "migrate":
      await migrate(paths);
      return 0;
    case "create":
      await create(args, paths);
      return 0;
    case "check":
      return check(paths);
    case "seed":
      await seed();
      return 0;
    case "reset":
      await reset(paths);
      return 0;
    case "backup":
      await backup(args);
      return 0;
    case "restore":
      await restore(args, paths);
      return 0;
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

async function main(): Promise<number> {
  try {
    return await run(parseArgs(process.argv.slice(2)));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${USAGE}`);
      return 2;
    }
    // The engine's stack is mostly wasm frames; its message already says where it failed.
    const verbose = process.env.YUKEMURI_DB_DEBUG === "1";
    console.error(error instanceof Error ? ((verbose ? error.stack : undefined) ?? `${error.name}: ${error.message}`) : error);
    return 1;
  } finally {
    await releaseDatabase().catch((error: unknown) => console.error("Could not close the database:", error));
  }
}

process.exitCode = await main();
