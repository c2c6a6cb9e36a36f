// The migration operations, run by Prisma's WebAssembly schema engine over the same driver adapter
// the app uses (PGlite by default, PostgreSQL when DATABASE_URL is set). Migrations are plain
// `prisma/migrations/<timestamp>_<name>/migration.sql` files recorded in `_prisma_migrations`,
// exactly as `prisma migrate deploy` would, so a machine with the native engine sees the same
// history.
//
// Hand-written SQL at the end of a migration and drift: `check` and `create` compare the schema
// the migrations build (replayed into a scratch PGlite) with schema.prisma, and Prisma's differ
// only compares what the schema language can describe. Checked with this engine build:
// - ignored, so never reported as drift nor dropped: CREATE EXTENSION, CHECK and EXCLUDE USING
//   gist constraints (with their index), partial indexes (`… WHERE …`), expression indexes,
//   triggers and functions, views, comments;
// - reported, and dropped by the next `create`: a plain index that the schema lacks (a GIN
//   pg_trgm index, say). Declare those in schema.prisma instead, e.g.
//   `@@index([name(ops: raw("gin_trgm_ops"))], type: Gin)`;
// - with the `partialIndexes` preview feature on, partial indexes stop being ignored: each must
//   then be declared, `@@unique([a, b], where: raw("…"))`, or it is dropped.
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { getAdapterFactory, openPglite } from "../../lib/db/adapter";
import { createPgliteAdapterFactory } from "../../lib/db/pglite-factory";
import {
  type MigrationPaths,
  readMigrationsList,
  readSchemaFiles,
  resolvePaths,
  writeMigration,
} from "./migrations-dir";
import { createSchemaEngine, type EngineLog, runEngineOperation, type SchemaEngine } from "./wasm-engine";

export type { MigrationPaths } from "./migrations-dir";

export interface EngineOptions extends MigrationPaths {
  /** The database to work on; default: the app's database (lib/db/adapter.ts). */
  factory?: SqlMigrationAwareDriverAdapterFactory;
  /** Engine log lines (JSON). Quiet unless given or YUKEMURI_DB_DEBUG=1. */
  log?: EngineLog;
}

const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

function defaultLog(): EngineLog | undefined {
  return process.env.YUKEMURI_DB_DEBUG === "1" ? (line) => console.error(`[schema-engine] ${line}`) : undefined;
}

async function withEngine<T>(
  options: EngineOptions,
  factory: SqlMigrationAwareDriverAdapterFactory,
  run: (engine: SchemaEngine, paths: Required<MigrationPaths>) => Promise<T>,
): Promise<T> {
  const paths = resolvePaths(options);
  const schema = await readSchemaFiles(paths.schemaPath);
  if (schema.files.length === 0) throw new Error(`No .prisma file in ${paths.schemaPath}`);
  return runEngineOperation(async () => {
    const engine = await createSchemaEngine(factory, schema, options.log ?? defaultLog());
    try {
      return await run(engine, paths);
    } finally {
      engine.free();
    }
  });
}

/**
 * A throwaway in-memory PGlite for `create` and `check`. They only replay migrations into a
 * shadow database and compare; the SQL is the same for PGlite and PostgreSQL, so they need
 * neither the real database nor the CREATE DATABASE privilege a PostgreSQL shadow would.
 */
async function withScratchFactory<T>(run: (factory: SqlMigrationAwareDriverAdapterFactory) => Promise<T>): Promise<T> {
  const scratch = openPglite("memory://");
  // Each diff replays the migrations into a new shadow database. Cloning the scratch database's
  // files costs under a second, where initdb for each one costs several.
  let template: Promise<Blob> | undefined;
  const openShadow = async () => {
    template ??= scratch.dumpDataDir("none");
    return openPglite("memory://", { loadDataDir: await template });
  };
  try {
    return await run(createPgliteAdapterFactory(scratch, openShadow));
  } finally {
    await scratch.close();
  }
}

/** Names of the migrations in the migrations folder, oldest first. */
export async function listMigrationNames(options: MigrationPaths = {}): Promise<string[]> {
  const list = await readMigrationsList(resolvePaths(options).migrationsDir);
  return list.migrationDirectories.map((dir) => dir.path);
}

/** Applies pending migrations; returns the names of those it applied (empty when up to date). */
export async function applyMigrations(options: EngineOptions = {}): Promise<string[]> {
  return withEngine(options, options.factory ?? getAdapterFactory(), async (engine, paths) => {
    const migrationsList = await readMigrationsList(paths.migrationsDir);
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    return appliedMigrationNames;
  });
}

export interface CreatedMigration {
  name: string;
  dir: string;
  sql: string;
}

/**
 * Writes a new migration with the difference between the migrations and schema.prisma.
 * Returns null, writing nothing, when there is no difference.
 */
export async function createMigration(name: string, options: EngineOptions = {}): Promise<CreatedMigration | null> {
  const slug = slugifyMigrationName(name);
  const work = (factory: SqlMigrationAwareDriverAdapterFactory) =>
    withEngine(options, factory, async (engine, paths) => {
      // Not engine.createMigration(): the wasm build does not hand it the adapter factory, so it
      // fails with "PostgreSQL shadow DB must be provided through an external factory". diff()
      // does get the factory, and is what createMigration computes anyway.
      const { changed, output: sql } = await diffMigrationsToSchema(engine, paths, true);
      if (!changed) return null;
      const migrationName = `${migrationTimestamp(new Date())}_${slug}`;
      const dir = await writeMigration(paths.migrationsDir, migrationName, sql);
      return { name: migrationName, dir, sql };
    });
  return options.factory ? work(options.factory) : withScratchFactory(work);
}

/** `prisma migrate dev` names: lower case, `_` for anything but letters and digits. */
export function slugifyMigrationName(name: string): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
  if (!slug) throw new Error(`"${name}" is not a usable migration name: use letters, digits and _.`);
  return slug;
}

/** UTC `YYYYMMDDHHMMSS`, as `prisma migrate dev` prefixes migration folders. */
export function migrationTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

async function diffMigrationsToSchema(
  engine: SchemaEngine,
  paths: Required<MigrationPaths>,
  script: boolean,
): Promise<{ changed: boolean; output: string }> {
  const from = { tag: "migrations" as const, ...(await readMigrationsList(paths.migrationsDir)) };
  const to = { tag: "schemaDatamodel" as const, ...(await readSchemaFiles(paths.schemaPath)) };
  const result = await engine.diff({ from, to, script, exitCode: true, filters: NO_FILTER });
  // With exitCode set, the engine answers 2 when there is a difference and 0 when there is none.
  return { changed: result.exitCode !== 0, output: result.stdout ?? "" };
}

export interface MigrationCheck {
  inSync: boolean;
  /** The engine's human-readable summary of what the migrations lack. */
  summary: string;
  /** The SQL a new migration would contain. */
  script: string;
}

/** Compares the schema that the migrations build with schema.prisma. */
export async function checkMigrations(options: EngineOptions = {}): Promise<MigrationCheck> {
  const work = (factory: SqlMigrationAwareDriverAdapterFactory) =>
    withEngine(options, factory, async (engine, paths) => {
      const readable = await diffMigrationsToSchema(engine, paths, false);
      if (!readable.changed) return { inSync: true, summary: "", script: "" };
      const { output: script } = await diffMigrationsToSchema(engine, paths, true);
      return { inSync: false, summary: readable.output, script };
    });
  return options.factory ? work(options.factory) : withScratchFactory(work);
}

/**
 * Drops everything in the database (tables, types, functions, extensions and
 * `_prisma_migrations`), then applies every migration. Returns the applied names.
 */
export async function resetDatabase(options: EngineOptions = {}): Promise<string[]> {
  const factory = options.factory ?? getAdapterFactory();
  await withEngine(options, factory, (engine) => engine.reset({ filter: NO_FILTER }));
  return applyMigrations({ ...options, factory });
}
