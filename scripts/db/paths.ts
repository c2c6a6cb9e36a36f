// Where the database tooling finds things, independent of the working directory.
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DEFAULT_SCHEMA_PATH = path.join(PROJECT_ROOT, "prisma", "schema.prisma");
export const DEFAULT_MIGRATIONS_DIR = path.join(PROJECT_ROOT, "prisma", "migrations");

const require = createRequire(import.meta.url);

/** The schema engine's .wasm file, beside its JS glue. */
export function schemaEngineWasmPath(): string {
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  return path.join(path.dirname(gluePath), "schema_engine_bg.wasm");
}

/** The Prisma CLI's entry point. */
export function prismaCliPath(): string {
  return path.join(path.dirname(require.resolve("prisma/package.json")), "build", "index.js");
}
