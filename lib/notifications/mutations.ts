import "server-only";
import { ok, type ActionResult } from "../actions/result";
import type { Actor } from "../auth/roles";
import { db } from "../db";

/** Marks every unread notice of this person as read; nobody else's. */
export async function markAllNotificationsRead(user: Actor, now = new Date()): Promise<ActionResult<{ count: number }>> {
  const { count } = await db.notification.updateMany({ where: { userId: user.id, readAt: null }, data: { readAt: now } });
  return ok({ count });
}
