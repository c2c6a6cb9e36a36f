import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import en from "@/lib/i18n/messages/netsugen.en.json" with { type: "json" };
import ja from "@/lib/i18n/messages/netsugen.ja.json" with { type: "json" };

function keysOf(node: unknown, prefix = ""): string[] {
  if (typeof node !== "object" || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) ? [readFileSync(full, "utf8")] : [];
  });
}

describe("NETSUGEN messages", () => {
  test("Japanese and English have the same keys", () => {
    expect(keysOf(en).sort()).toEqual(keysOf(ja).sort());
  });

  test("every error key the code can return has a message in both languages", () => {
    const used = new Set(sources(path.resolve("lib/netsugen")).flatMap((text) => text.match(/netsugen\.errors\.[A-Za-z]+/g) ?? []));
    expect(used.size).toBeGreaterThan(15);
    const known = new Set(keysOf(ja));
    expect([...used].filter((key) => !known.has(key))).toEqual([]);
  });
});
