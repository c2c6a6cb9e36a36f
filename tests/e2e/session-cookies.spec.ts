// Session cookies (OWASP ASVS V3.4): HttpOnly and SameSite everywhere, Secure wherever the platform
// is served over TLS, and no longer-lived than the session itself.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { cookieHeader } from "../../scripts/bench/server-action";
import { resetDatabase, startServer, type OwnServer } from "../../scripts/own-server";
import { DEMO, signIn } from "./fixtures";

const EIGHT_HOURS_S = 8 * 3600;

test("the session cookie is HttpOnly, SameSite=Lax, out of scripts' reach, and lasts one working day", async ({ page }) => {
  await signIn(page, DEMO.resident);
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session, "a session cookie after signing in").toBeDefined();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe("Lax");
  expect(session!.path).toBe("/");
  expect(session!.expires - Date.now() / 1000).toBeLessThanOrEqual(EIGHT_HOURS_S + 60);
  expect(await page.evaluate(() => document.cookie)).not.toContain("session-token");
});

test.describe("behind TLS", () => {
  const PORT = Number(process.env.E2E_PORT ?? 3100) + 9;
  let server: OwnServer | undefined;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    const env = {
      DATABASE_URL: "",
      PGLITE_DATA_DIR: path.resolve(".data", "e2e", `tls-pglite-${PORT}`),
      // The public address, as the prefecture's TLS-terminating proxy serves it.
      NEXTAUTH_URL: "https://yukemuri.example.jp",
    };
    await resetDatabase(env);
    server = await startServer(PORT, env);
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  test("every auth cookie is Secure, with the __Host- or __Secure- prefix browsers enforce", async () => {
    const base = server!.base;
    const csrf = await fetch(`${base}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookies = csrf.headers.getSetCookie();
    const signedIn = await fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(csrfCookies) },
      body: new URLSearchParams({ csrfToken, email: DEMO.resident.email, password: DEMO.resident.password }),
      redirect: "manual",
    });
    const all = [...csrfCookies, ...signedIn.headers.getSetCookie()];
    const session = all.find((c) => c.startsWith("__Secure-next-auth.session-token="));
    expect(session, `a secure session cookie among ${all.map((c) => c.split("=")[0]).join(", ")}`).toBeDefined();
    for (const cookie of all) {
      expect(cookie, cookie.split("=")[0]).toMatch(/^__(Host|Secure)-/);
      expect(cookie).toMatch(/;\s*Secure/i);
      expect(cookie).toMatch(/;\s*HttpOnly/i);
      expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    }
  });
});
