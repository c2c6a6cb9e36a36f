import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { OPENAPI } from "@/lib/api/openapi";

function routes(dir: string, prefix: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return routes(path.join(dir, entry.name), `${prefix}/${entry.name.replace(/^\[(.+)\]$/, "{$1}")}`);
    return entry.name === "route.ts" ? [prefix] : [];
  });
}

test("every public route handler under app/api/v1, the evidence downloads and the health check are described", () => {
  const found = [...routes(path.join(process.cwd(), "app/api/v1"), "/api/v1"), ...routes(path.join(process.cwd(), "app/evidence"), "/evidence"), "/api/health"].sort();
  expect(Object.keys(OPENAPI.paths).sort()).toEqual(found);
});

test("every $ref points at a schema that exists", () => {
  const refs = [...JSON.stringify(OPENAPI).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]!);
  expect(refs.length).toBeGreaterThan(5);
  for (const ref of refs) expect(OPENAPI.components.schemas, ref).toHaveProperty(ref);
  expect(OPENAPI.openapi).toBe("3.1.0");
});
