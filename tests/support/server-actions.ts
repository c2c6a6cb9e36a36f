// Finds every server action in the code: each exported function of a module whose first statement
// is "use server". The authorisation matrix and the fuzzing tests use it, so a new action cannot
// be added without a row in their tables.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface ServerActionRef {
  /** "app/(public)/ideas/new/actions.ts#submitIdeaAction" */
  id: string;
  file: string;
  name: string;
}

const ROOT = path.resolve(import.meta.dirname, "../..");
const SEARCHED = ["app", "lib", "components"];

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "generated" && entry.name !== "node_modules") yield* sourceFiles(full);
    } else if (/\.tsx?$/.test(entry.name)) yield full;
  }
}

/** True when the file's first statement (after comments) is the "use server" directive. */
export function isServerActionModule(source: string): boolean {
  const code = source.replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
  return /^["']use server["'];?/.test(code);
}

export function serverActionFiles(): string[] {
  return SEARCHED.flatMap((dir) => [...sourceFiles(path.join(ROOT, dir))])
    .filter((file) => isServerActionModule(readFileSync(file, "utf8")))
    .map((file) => path.relative(ROOT, file))
    .sort();
}

export type ServerAction = (...args: unknown[]) => Promise<unknown>;

/** Every exported server action, imported. */
export async function loadServerActions(): Promise<(ServerActionRef & { run: ServerAction })[]> {
  const actions: (ServerActionRef & { run: ServerAction })[] = [];
  for (const file of serverActionFiles()) {
    const exports = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value === "function") actions.push({ id: `${file}#${name}`, file, name, run: value as ServerAction });
    }
  }
  return actions.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Calls an action as a form would: actions used with useActionState take (previous, formData);
 * plain form actions take (formData) alone.
 */
export function callAction(action: ServerAction, formData: FormData): Promise<unknown> {
  return action.length >= 2 ? action(null, formData) : action(formData);
}

/** Every route handler file (route.ts) under app/. */
export function routeHandlerFiles(): string[] {
  return [...sourceFiles(path.join(ROOT, "app"))]
    .filter((file) => path.basename(file) === "route.ts")
    .map((file) => path.relative(ROOT, file))
    .sort();
}
