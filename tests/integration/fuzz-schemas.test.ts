// Property-based fuzzing (fast-check) of every zod schema the code exports, found by importing
// every module under lib/: any value at all, however large or strange, is parsed without an
// exception, and every issue it raises carries a message key that exists in both languages
// (a raw English sentence from zod would reach a form untranslated).
import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { z } from "zod";
import { catalogues } from "@/lib/i18n/catalogues";

function* modules(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "generated") yield* modules(full);
    } else if (/\.ts$/.test(entry.name) && !entry.name.endsWith(".d.ts")) yield full;
  }
}

async function exportedSchemas(): Promise<{ id: string; schema: z.ZodType }[]> {
  const found: { id: string; schema: z.ZodType }[] = [];
  for (const file of [...modules(path.resolve("lib"))].sort()) {
    const exports = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (value instanceof z.ZodType) found.push({ id: `${path.relative(process.cwd(), file)}#${name}`, schema: value });
    }
  }
  return found;
}

function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, child]) => keyPaths(child, prefix ? `${prefix}.${k}` : k));
}

/** Strings of the kinds forms carry, mixed with any JSON value, arrays and nested objects. */
const hostileString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.constantFrom("", "<script>", "'; DROP TABLE x; --", "\u0000", "\u202E", "2026-13-45", "NaN", "-0", "1e400", "x".repeat(100_000)),
);
const anyInput = fc.oneof(
  fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true }),
  fc.dictionary(hostileString, fc.oneof(hostileString, fc.array(hostileString, { maxLength: 5 }), fc.integer()), { maxKeys: 12 }),
);

let messageKeys: Set<string>;

beforeAll(async () => {
  const [ja, en] = await Promise.all([catalogues.ja(), catalogues.en()]);
  const jaKeys = new Set(keyPaths(ja));
  messageKeys = new Set(keyPaths(en).filter((k) => jaKeys.has(k)));
});

describe("fuzzing every exported zod schema", async () => {
  const schemas = await exportedSchemas();

  test("the schemas are found", () => {
    expect(schemas.length).toBeGreaterThan(40);
  });

  for (const { id, schema } of schemas) {
    test(`${id}: never throws, and every issue is a known message key`, () => {
      fc.assert(
        fc.property(anyInput, (input) => {
          const result = schema.safeParse(input);
          if (result.success) return;
          for (const issue of result.error.issues) {
            expect(messageKeys.has(issue.message), `${id}: "${issue.message}" for ${fc.stringify(input).slice(0, 200)}`).toBe(true);
          }
        }),
        { numRuns: Number(process.env.FUZZ_RUNS ?? 60), seed: Number(process.env.FUZZ_SEED ?? 20261127) },
      );
    });
  }
});
