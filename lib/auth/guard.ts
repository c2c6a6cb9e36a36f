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

/** A same-site path to return to after sign-in; anything else (other hosts, `//evil`) goes home. */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return "/";
  return value.length > 512 ? "/" : value;
}
