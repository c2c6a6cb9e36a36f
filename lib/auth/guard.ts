import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { Action, OwnedResource } from "./roles";
import { authorise, type CurrentUser } from "./session";

/**
 * For pages: the signed-in person who may do `action`. Anyone else is sent to sign in (and back
 * to `path` afterwards), to confirm their address first, or shown the 403 page when signed in
 * without the role.
 */
export async function requirePageAccess(action: Action, path: string, resource?: OwnedResource): Promise<CurrentUser> {
  const auth = await authorise(action, resource);
  if (auth.ok) return auth.user;
  if (auth.reason === "unauthenticated") redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  if (auth.reason === "unconfirmed") redirect(`/account/confirm-email?callbackUrl=${encodeURIComponent(path)}`);
  forbidden();
}

// Browsers drop tabs and line breaks from a URL and read "\\" as "/", so "/\t/evil.example"
// would leave the site once followed: such characters are refused rather than cleaned.
const UNSAFE_IN_PATH = /[\u0000-\u001f\u007f\\]/;
const SAME_ORIGIN = "http://same-origin.invalid";

/**
 * A same-site path to return to after sign-in; anything else (other hosts, `//evil`, control
 * characters) goes home. The path is resolved as a URL, the way a browser will resolve it, and
 * kept only if it stays on this origin.
 */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== "string" || value.length > 512 || !value.startsWith("/") || UNSAFE_IN_PATH.test(value)) return "/";
  let url: URL;
  try {
    url = new URL(value, SAME_ORIGIN);
  } catch {
    return "/";
  }
  if (url.origin !== SAME_ORIGIN) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("//") ? "/" : path;
}
