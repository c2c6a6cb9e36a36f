// `npm run db:generate` (also postinstall): generates the Prisma client offline.
//
// `prisma generate` does not use the schema engine, but the CLI first makes sure the engine
// binary is present and tries to download it otherwise, which fails without internet access.
// PRISMA_SCHEMA_ENGINE_BINARY pointing at any existing file satisfies that check.
//
// Usage: tsx scripts/db/generate.ts [--force]
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DEFAULT_SCHEMA_PATH, PROJECT_ROOT, prismaCliPath, schemaEngineWasmPath } from "./paths";

const GENERATED_DIR = path.join(PROJECT_ROOT, "lib", "generated");
const STAMP_FILE = path.join(GENERATED_DIR, ".schema-hash");
const CLIENT_ENTRY = path.join(GENERATED_DIR, "prisma", "client.ts");

export type GenerateOutcome = "generated" | "up-to-date" | "no-schema";

async function prismaVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(path.join(path.dirname(prismaCliPath()), "..", "package.json"), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

/** Changes whenever the client would: a new schema or a new Prisma. */
async function schemaFingerprint(schemaPath: string): Promise<string> {
  const hash = createHash("sha256");
  hash.update(await prismaVersion());
  hash.update("\0");
  hash.update(await readFile(schemaPath));
  return hash.digest("hex");
}

function runPrismaGenerate(schemaPath: string): Promise<void> {
  const env = {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || schemaEngineWasmPath(),
    // Both would otherwise reach for the network (telemetry, update notice).
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  };
  const args = [prismaCliPath(), "generate", "--schema", schemaPath];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`prisma generate failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

/**
 * Generates the client into lib/generated/prisma unless it is already generated from this exact
 * schema. A missing schema is not an error: a fresh clone may run this before it exists.
 */
export async function generatePrismaClient(options: { force?: boolean; schemaPath?: string } = {}): Promise<GenerateOutcome> {
  const schemaPath = path.resolve(options.schemaPath ?? DEFAULT_SCHEMA_PATH);
  if (!existsSync(schemaPath)) {
    console.log(`[db:generate] No schema at ${path.relative(PROJECT_ROOT, schemaPath)}: nothing to generate.`);
    return "no-schema";
  }
  // The stamp only describes the default schema; any other schema is generated every time.
  const stamped = schemaPath === path.resolve(DEFAULT_SCHEMA_PATH);
  const fingerprint = await schemaFingerprint(schemaPath);
  if (!options.force && stamped && existsSync(CLIENT_ENTRY) && existsSync(STAMP_FILE)) {
    if ((await readFile(STAMP_FILE, "utf8")).trim() === fingerprint) return "up-to-date";
  }
  await runPrismaGenerate(schemaPath);
  if (stamped) {
    await mkdir(GENERATED_DIR, { recursive: true });
    await writeFile(STAMP_FILE, `${fingerprint}\n`);
  }
  return "generated";
}

async function main(): Promise<void> {
  const outcome = await generatePrismaClient({ force: process.argv.includes("--force") });
  if (outcome === "up-to-date") console.log("[db:generate] Prisma client is up to date.");
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
