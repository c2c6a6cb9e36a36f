import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { getAuthOptions } from "./options";
import { awaitsEmailConfirmation, can, type Action, type OwnedResource, type Role } from "./roles";
import { findLiveSession } from "./user-sessions";

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  emailConfirmed: boolean;
  /** The session this request came with, so "sign out everywhere else" can spare it. */
  sessionId: string;
}

/**
 * The signed-in person, read from the database on each request with their session: the token
 * only says which session it is, so signing out (even a copied token), a revoked role or a
 * disabled account takes effect at once. Tokens from before sessions were recorded carry no
 * session id and are no longer accepted.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(getAuthOptions());
  const id = session?.user?.id;
  const sessionId = session?.sessionId;
  if (!id || !sessionId) return null;
  const live = await findLiveSession(sessionId, id);
  if (!live) return null;
  return { id, name: live.name, email: live.email, roles: live.roles, emailConfirmed: live.emailConfirmed, sessionId };
});

export type Authorisation =
  | { ok: true; user: CurrentUser }
  | { ok: false; reason: "unauthenticated" | "forbidden" | "unconfirmed" };

/** Who is asking, and may they do this? Every server action and route handler starts here. */
export async function authorise(action: Action, resource?: OwnedResource): Promise<Authorisation> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, reason: "unauthenticated" };
  if (!can(user, action, resource)) return { ok: false, reason: awaitsEmailConfirmation(user, action, resource) ? "unconfirmed" : "forbidden" };
  return { ok: true, user };
}
