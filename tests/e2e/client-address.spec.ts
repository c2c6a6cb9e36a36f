// Per-address limits against the real production server (scripts/serve.ts): whatever a client
// writes in X-Forwarded-For, it cannot pose as a new address on every request. Observed through
// the sign-in throttle, which lets each pair of (e-mail address typed, client address) fail freely
// a few times and then asks the next attempt to wait.
import { expect, test } from "@playwright/test";
import { FREE_PAIR_FAILURES } from "../../lib/auth/throttle";
import { cookieHeader } from "../../scripts/bench/server-action";
import { withOwnServer } from "./own-server-fixture";

/** Failures that go through before the pair is made to wait: the free ones and the one that spends them. */
const FAILURES_BEFORE_WAIT = FREE_PAIR_FAILURES + 1;

/** One sign-in attempt with a wrong password; the error it ends with ("CredentialsSignin", "Wait:15"). */
async function failedSignIn(base: string, email: string, forwardedFor: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { "x-forwarded-for": forwardedFor } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(csrf.headers.getSetCookie()), "x-forwarded-for": forwardedFor },
    body: new URLSearchParams({ csrfToken, email, password: "not-the-password-1" }),
    redirect: "manual",
  });
  const location = new URL(response.headers.get("location") ?? "", base);
  return location.searchParams.get("error") ?? `no error (${response.status})`;
}

const spoofed = (i: number) => `198.51.100.${i + 1}`;

test.describe("with no proxy in front", () => {
  const server = withOwnServer(10, "no-proxy", { TRUSTED_PROXY_HOPS: "0" });

  test("a client that names a new address on every attempt is still one client", async () => {
    const email = "nobody-no-proxy@example.jp";
    for (let i = 0; i < FAILURES_BEFORE_WAIT; i++) expect(await failedSignIn(server().base, email, spoofed(i))).toBe("CredentialsSignin");
    expect(await failedSignIn(server().base, email, spoofed(FAILURES_BEFORE_WAIT))).toMatch(/^Wait:\d+$/);
  });
});

test.describe("behind one reverse proxy (TRUSTED_PROXY_HOPS=1)", () => {
  const server = withOwnServer(11, "one-proxy", { TRUSTED_PROXY_HOPS: "1" });

  test("the address the proxy appended counts; what the client wrote before it does not", async () => {
    const email = "nobody-one-proxy@example.jp";
    // The test plays the proxy: the client's own header, then the address the proxy saw.
    for (let i = 0; i < FAILURES_BEFORE_WAIT; i++) expect(await failedSignIn(server().base, email, `${spoofed(i)}, 203.0.113.10`)).toBe("CredentialsSignin");
    expect(await failedSignIn(server().base, email, `${spoofed(FAILURES_BEFORE_WAIT)}, 203.0.113.10`)).toMatch(/^Wait:\d+$/);
    // Another client behind the same proxy has failures of its own to spend.
    expect(await failedSignIn(server().base, email, "203.0.113.11")).toBe("CredentialsSignin");
  });
});
