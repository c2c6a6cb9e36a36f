// Property-based fuzzing (fast-check) of every server action: random, oversized and hostile forms,
// sent as each kind of person. Whatever arrives, an action must answer with a result or one of
// Next's own control-flow signals (redirect, 404), never crash; every refusal must carry message
// keys that exist in both languages; and a refused form must not have written a row.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { db } from "@/lib/db";
import { catalogues } from "@/lib/i18n/catalogues";
import { runSeed } from "@/prisma/seed";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { DEMO_JOIN_CODE } from "@/prisma/seed/workshop-demo";
import { currentSessionId, request, signInAs } from "../support/next-request";
import { callAction, loadServerActions } from "../support/server-actions";
import { accessFallbackStatus, redirectTarget } from "../support/next-control-flow";

vi.mock("next-auth", async (original) => (await import("../support/next-request")).mockNextAuth(original));
vi.mock("next/headers", async (original) => (await import("../support/next-request")).mockNextHeaders(original));
vi.mock("next/cache", async (original) => (await import("../support/next-request")).mockNextCache(original));

const RUNS_PER_ACTION = Number(process.env.FUZZ_RUNS ?? 12);

/** Every form field name the UI sends, read from the components, plus the ids actions look up. */
function formFieldNames(): string[] {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".tsx")) for (const m of readFileSync(full, "utf8").matchAll(/name="([a-zA-Z]+)"/g)) names.add(m[1]!);
    }
  };
  walk(path.resolve("components"));
  walk(path.resolve("app"));
  return [...names].sort();
}

const HOSTILE = [
  "",
  " ",
  "'; DROP TABLE \"User\"; --",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "=HYPERLINK(\"http://evil.example\")",
  "\u0000",
  "\u202Eevil\u202C",
  "../../etc/passwd",
  "__proto__",
  "constructor",
  "NaN",
  "-1",
  "1e309",
  "9007199254740993",
  "2026-02-30",
  "25:99",
  "true",
  "null",
  "{\"$gt\":\"\"}",
  "𠮷野家🍜".repeat(50),
  "あ".repeat(10_001),
  "x".repeat(200_000),
];

function fuzzValue(): fc.Arbitrary<string | File> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 300 }) },
    { weight: 2, arbitrary: fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map(String) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2048 }).map((bytes) => new File([bytes], "upload.png", { type: "image/png" })) },
  );
}

function fuzzForm(fieldNames: string[], sessionId: string): fc.Arbitrary<FormData> {
  const key = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...fieldNames) }, { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "$ACTION_ID_x", "a".repeat(5_000)) });
  return fc.tuple(fc.array(fc.tuple(key, fuzzValue()), { maxLength: 14 }), fc.boolean()).map(([entries, inSession]) => {
    const form = new FormData();
    // Half the forms point at the live demo session, so workshop actions get past "who are you".
    if (inSession) form.set("sessionId", sessionId);
    for (const [name, value] of entries) form.append(name, value);
    return form;
  });
}

let messageKeys: Set<string>;
const people = new Map<string, string | null>();
let participantCookies = new Map<string, string>();
let sessionId = "";

function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, child]) => keyPaths(child, prefix ? `${prefix}.${k}` : k));
}

/** All rows of every table but the rate-limit counters, which count refusals by design. */
async function rowCount(): Promise<number> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('_prisma_migrations', 'RateLimit')`;
  const sum = tables.map((t) => `(SELECT count(*) FROM "${t.name}")`).join(" + ");
  const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT ${sum} AS n`);
  return Number(row!.n);
}

beforeAll(async () => {
  await runSeed(db);
  const [ja, en] = await Promise.all([catalogues.ja(), catalogues.en()]);
  const jaKeys = new Set(keyPaths(ja));
  messageKeys = new Set(keyPaths(en).filter((k) => jaKeys.has(k)));
  people.set("anonymous", null);
  for (const prefix of ["resident", "staff", "admin"]) {
    const email = DEMO_ACCOUNTS.find((a) => a.email.startsWith(`${prefix}@`))!.email;
    const id = (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
    people.set(prefix, id);
    signInAs(id);
    await currentSessionId(id);
  }
  signInAs(null);
  sessionId = (await db.workshopSession.findFirstOrThrow({ where: { joinCode: DEMO_JOIN_CODE }, select: { id: true } })).id;
  const { joinAction } = await import("@/app/w/[code]/actions");
  const join = new FormData();
  join.set("code", DEMO_JOIN_CODE);
  join.set("nickname", "fuzz");
  join.set("affiliation", "RESIDENT");
  request.cookies.clear();
  await joinAction(null, join).catch((error: unknown) => {
    if (redirectTarget(error) === null) throw error;
  });
  participantCookies = new Map(request.cookies);
}, 120_000);

describe("fuzzing every server action", async () => {
  const actions = await loadServerActions();
  const fieldNames = formFieldNames();

  test("the UI's form fields are known, so the forms reach past the first check", () => {
    expect(fieldNames.length).toBeGreaterThan(60);
  });

  for (const action of actions) {
    test(`${action.id}: no crash, a known message for every refusal, nothing written on refusal`, async () => {
      const problems: string[] = [];
      await fc.assert(
        fc.asyncProperty(fuzzForm(fieldNames, sessionId), fc.constantFrom("anonymous", "participant", "resident", "staff", "admin"), async (form, person) => {
          signInAs(person === "participant" ? null : (people.get(person) ?? null));
          request.cookies = person === "participant" ? new Map(participantCookies) : new Map();
          const before = await rowCount();
          let result: unknown;
          try {
            result = await callAction(action.run, form);
          } catch (error) {
            if (redirectTarget(error) !== null || accessFallbackStatus(error) !== null) return;
            problems.push(`${person}: threw ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 300)}` : String(error)}`);
            return;
          }
          if (result === undefined) return;
          const outcome = result as { ok: boolean; error?: string; fieldErrors?: Record<string, string[]> };
          if (outcome.ok) return;
          const keys = [outcome.error ?? "", ...Object.values(outcome.fieldErrors ?? {}).flat()];
          for (const key of keys) if (!messageKeys.has(key)) problems.push(`${person}: unknown message "${key.slice(0, 120)}"`);
          if ((await rowCount()) !== before) problems.push(`${person}: a refused form (${outcome.error}) wrote rows`);
        }),
        { numRuns: RUNS_PER_ACTION, seed: Number(process.env.FUZZ_SEED ?? 20261127), endOnFailure: true },
      );
      expect(problems).toEqual([]);
    }, 120_000);
  }
});
