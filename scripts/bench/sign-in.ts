// Signs in through next-auth's credentials endpoint, as the sign-in form does, and returns the
// Cookie header of the signed-in session.
import { cookieHeader } from "./server-action";

export async function signInCookie(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = cookieHeader(csrf.headers.getSetCookie());
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: base }),
    redirect: "manual",
  });
  const session = response.headers.getSetCookie().filter((c) => c.includes("session-token="));
  if (session.length === 0) throw new Error(`Sign-in as ${email} failed (${response.status}).`);
  return cookieHeader(session);
}
