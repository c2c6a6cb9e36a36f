import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { db } from "../db";
import { getAuthOptions } from "./options";
import { can, type Action, type OwnedResource, type Role } from "./roles";

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  roles: Role[];
}

/**
 * The signed-in person, with roles read from the database on each request: the session token
 * only says who they are, so a revoked role or a disabled account takes effect at once.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(getAuthOptions());
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, roles: true, disabledAt: true },
  });
  if (!user || user.disabledAt) return null;
  return { id: user.id, name: user.name, email: user.email, roles: user.roles };
});

export type Authorisation =
  | { ok: true; user: CurrentUser }
  | { ok: false; reason: "unauthenticated" | "forbidden" };

/** Who is asking, and may they do this? Every server action and route handler starts here. */
export async function authorise(action: Action, resource?: OwnedResource): Promise<Authorisation> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, reason: "unauthenticated" };
  if (!can(user, action, resource)) return { ok: false, reason: "forbidden" };
  return { ok: true, user };
}
