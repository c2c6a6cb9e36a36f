import "server-only";
import { INVITED_PASSWORD_HASH } from "../auth/password";
import { db } from "../db";

export interface UserRow {
  id: string;
  name: string;
  email: string;
  roles: string[];
  isDemo: boolean;
  /** Invited, and the invitee has not set a password yet. */
  invited: boolean;
  createdAt: Date;
}

/** Everyone with an account, newest first, for the admin's user list. */
export async function listUsers(limit = 200): Promise<UserRow[]> {
  const users = await db.user.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, name: true, email: true, roles: true, isDemo: true, createdAt: true, passwordHash: true },
  });
  return users.map(({ passwordHash, ...user }) => ({ ...user, invited: passwordHash === INVITED_PASSWORD_HASH }));
}

/** The latest audit entries, for staff. */
export function listRecentAudit(limit = 20) {
  return db.auditLog.findMany({
    orderBy: { id: "desc" },
    take: limit,
    select: { id: true, at: true, action: true, subjectType: true, subjectId: true, actorLabel: true, actor: { select: { name: true } } },
  });
}
