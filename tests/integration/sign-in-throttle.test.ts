// Failed sign-ins slow the client that made them down, and never lock the owner out: a stranger
// who knows an address can spend as many failures as they like from wherever they like, and the
// owner still signs in at once from their own device.
import { describe, expect, test, vi } from "vitest";
import { authenticate, registerUser } from "@/lib/auth/accounts";
import { getAuthOptions } from "@/lib/auth/options";
import { waitSecondsOf } from "@/lib/auth/sign-in-errors";
import { ACCOUNT_CEILING, FREE_PAIR_FAILURES, MAX_DELAY_SECONDS } from "@/lib/auth/throttle";
import { db } from "@/lib/db";

vi.mock("next-auth", async (original) => (await import("../support/next-request")).mockNextAuth(original));
vi.mock("next/headers", async (original) => (await import("../support/next-request")).mockNextHeaders(original));

const PASSWORD = "correct horse battery";
let octet = 0;
const newClient = () => `192.0.2.${++octet}`;

async function owner(): Promise<string> {
  const email = `owner-${crypto.randomUUID().slice(0, 8)}@example.jp`;
  await registerUser({ name: "持ち主", email, password: PASSWORD, passwordConfirm: PASSWORD, purpose: "RESIDENT", acceptTerms: "on" });
  return email;
}

const seconds = (from: Date, s: number) => new Date(from.getTime() + s * 1000);

describe("one client guessing at one account", () => {
  test("five free failures, then a wait that the right password cannot skip, then it works and the slate is clean", async () => {
    const email = await owner();
    const client = newClient();
    const t0 = new Date();
    for (let i = 0; i < FREE_PAIR_FAILURES; i++) expect(await authenticate(email, `wrong-${i}`, client, t0)).toEqual({ kind: "failed" });
    expect(await authenticate(email, "wrong-again", client, t0)).toEqual({ kind: "failed" });
    // Now the pair waits 15 s; during the wait not even the right password is checked.
    expect(await authenticate(email, PASSWORD, client, seconds(t0, 5))).toEqual({ kind: "wait", retryAfterSeconds: 10 });
    expect(await authenticate(email, PASSWORD, client, seconds(t0, 15))).toMatchObject({ kind: "ok" });
    // Success wipes the pair's failures: a typo now is free again.
    expect(await authenticate(email, "typo", client, seconds(t0, 16))).toEqual({ kind: "failed" });
    expect(await authenticate(email, PASSWORD, client, seconds(t0, 16))).toMatchObject({ kind: "ok" });
  });

  test("the wait doubles and stops at fifteen minutes: never a lock", async () => {
    const email = await owner();
    const client = newClient();
    let now = new Date();
    const waits: number[] = [];
    // Guess, and whenever told to wait, wait exactly that long and guess again.
    while (waits.length < 9) {
      const verdict = await authenticate(email, "wrong", client, now);
      if (verdict.kind === "wait") {
        waits.push(verdict.retryAfterSeconds);
        now = seconds(now, verdict.retryAfterSeconds);
      }
    }
    expect(waits).toEqual([15, 30, 60, 120, 240, 480, MAX_DELAY_SECONDS, MAX_DELAY_SECONDS, MAX_DELAY_SECONDS]);
    expect(await authenticate(email, PASSWORD, client, now)).toMatchObject({ kind: "ok" });
  });

  test("an unknown address is slowed exactly like a real account, so the wait reveals nothing", async () => {
    const client = newClient();
    const t0 = new Date();
    for (let i = 0; i <= FREE_PAIR_FAILURES; i++) expect(await authenticate("nobody-here@example.jp", `wrong-${i}`, client, t0)).toEqual({ kind: "failed" });
    expect(await authenticate("nobody-here@example.jp", "again", client, t0)).toEqual({ kind: "wait", retryAfterSeconds: 15 });
  });

  test("parallel guesses from one client are counted one by one, not all let through", async () => {
    const email = await owner();
    const client = newClient();
    const t0 = new Date();
    const verdicts = await Promise.all(Array.from({ length: 20 }, (_, i) => authenticate(email, `parallel-${i}`, client, t0)));
    expect(verdicts.filter((v) => v.kind === "failed")).toHaveLength(FREE_PAIR_FAILURES + 1);
    expect(verdicts.filter((v) => v.kind === "wait")).toHaveLength(20 - FREE_PAIR_FAILURES - 1);
  });
});

describe("a stranger cannot stop the owner", () => {
  test("a stranger's failures from other addresses, even past the account's ceiling, never delay the owner's first attempt", async () => {
    const email = await owner();
    const t0 = new Date();
    // A stranger spreads guesses over many addresses, as many as the ceiling and more.
    for (let i = 0; i < ACCOUNT_CEILING + 10; i++) await authenticate(email, `guess-${i}`, newClient(), t0);
    // A stranger's client that has failed now waits from its first failure.
    const stranger = newClient();
    expect(await authenticate(email, "guess", stranger, t0)).toEqual({ kind: "failed" });
    expect(await authenticate(email, "guess again", stranger, t0)).toEqual({ kind: "wait", retryAfterSeconds: 15 });

    // The owner, from their own phone, signs in straight away.
    const phone = newClient();
    expect(await authenticate(email, PASSWORD, phone, seconds(t0, 1))).toMatchObject({ kind: "ok" });
    // Even with a typo first, the owner waits seconds, not a day.
    const laptop = newClient();
    expect(await authenticate(email, "typo", laptop, seconds(t0, 2))).toEqual({ kind: "failed" });
    const verdict = await authenticate(email, PASSWORD, laptop, seconds(t0, 3));
    expect(verdict).toEqual({ kind: "wait", retryAfterSeconds: 14 });
    expect(await authenticate(email, PASSWORD, laptop, seconds(t0, 17))).toMatchObject({ kind: "ok" });
  });

  test("through next-auth, the wait reaches the form with its seconds, and the owner from elsewhere signs in with a session", async () => {
    const email = await owner();
    const provider = getAuthOptions().providers[0] as unknown as {
      options: { authorize: (credentials: Record<string, string>, request: { headers: Record<string, string> }) => Promise<{ id: string; sessionId: string } | null> };
    };
    const authorize = (password: string, client: string) => provider.options.authorize({ email, password }, { headers: { "x-forwarded-for": `198.51.100.9, ${client}` } });
    const stranger = newClient();
    for (let i = 0; i <= FREE_PAIR_FAILURES; i++) await expect(authorize(`wrong-${i}`, stranger)).resolves.toBeNull();
    const refusal = await authorize(PASSWORD, stranger).catch((error: Error) => error.message);
    expect(waitSecondsOf(refusal as string)).toBeGreaterThan(0);
    const user = await authorize(PASSWORD, newClient());
    expect(user?.sessionId).toBeTruthy();
    expect(await db.userSession.count({ where: { id: user!.sessionId, userId: user!.id, revokedAt: null } })).toBe(1);
  });

  test("nothing about the attempt is stored in the clear", async () => {
    const email = await owner();
    const client = newClient();
    await authenticate(email, "wrong", client);
    const rows = await db.signInFailure.findMany();
    expect(JSON.stringify(rows)).not.toContain(email);
    expect(JSON.stringify(rows)).not.toContain(client);
  });
});
