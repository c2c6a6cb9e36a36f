// Loads Prisma's schema engine compiled to WebAssembly. The package is a wasm-bindgen build for
// bundlers (`import "./schema_engine_bg.wasm"`), which plain Node cannot import, so the module is
// compiled and linked to its JS glue by hand. This replaces the native engine that the Prisma CLI
// would download, which is impossible offline.
import { readFile } from "node:fs/promises";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine, SchemasContainer } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { schemaEngineWasmPath } from "./paths";

export type { SchemaEngine };

let loading: Promise<typeof glue.SchemaEngine> | undefined;

// The engine races some queries against a 10 s timer and never clears it, which would keep every
// command alive for 10 s after its work is done. Its timers are tracked here and cleared once no
// engine operation is running.
const engineTimers = new Set<NodeJS.Timeout>();
let runningOperations = 0;

function trackedSetTimeout(callback: () => void, delay: number): NodeJS.Timeout {
  const timer = setTimeout(() => {
    engineTimers.delete(timer);
    callback();
  }, delay >>> 0);
  engineTimers.add(timer);
  return timer;
}

/** Runs engine work; when the last running operation ends, the engine's leftover timers go. */
export async function runEngineOperation<T>(operation: () => Promise<T>): Promise<T> {
  runningOperations++;
  try {
    return await operation();
  } finally {
    if (--runningOperations === 0) {
      for (const timer of engineTimers) clearTimeout(timer);
      engineTimers.clear();
    }
  }
}

function gluedImports(): WebAssembly.ModuleImports {
  const imports: WebAssembly.ModuleImports = { ...(glue as unknown as WebAssembly.ModuleImports) };
  for (const name of Object.keys(imports)) {
    if (name.startsWith("__wbg_setTimeout_")) imports[name] = trackedSetTimeout;
  }
  return imports;
}

async function instantiateEngine(): Promise<typeof glue.SchemaEngine> {
  const wasmModule = await WebAssembly.compile(new Uint8Array(await readFile(schemaEngineWasmPath())));
  // Every import module the wasm asks for (`./schema_engine_bg.js`, `wbg`) is served by the glue.
  const moduleImports = gluedImports();
  const imports: WebAssembly.Imports = {};
  for (const { module } of WebAssembly.Module.imports(wasmModule)) {
    imports[module] = moduleImports;
  }
  const instance = await WebAssembly.instantiate(wasmModule, imports);
  // Not in the package's type definitions, but exported by the glue for exactly this wiring.
  (glue as unknown as { __wbg_set_wasm(exports: WebAssembly.Exports): void }).__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue.SchemaEngine;
}

/** Loads the wasm once per process (about 5 MB to compile). */
export function loadSchemaEngineClass(): Promise<typeof glue.SchemaEngine> {
  loading ??= instantiateEngine().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

export interface EngineLog {
  (line: string): void;
}

/**
 * A schema engine bound to one adapter factory. The engine reads the constructor's schema only
 * for the datasource's schemas (namespaces); each operation is given the schema it works on.
 */
export async function createSchemaEngine(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schema: SchemasContainer,
  log?: EngineLog,
): Promise<SchemaEngine> {
  const Engine = await loadSchemaEngineClass();
  const onLog = (message: string) => log?.(message);
  return Engine.new(
    { datamodels: schema.files.map((file): [string, string] => [file.path, file.content]) },
    onLog,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
}
