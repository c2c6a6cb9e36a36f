import "server-only";
import type { z } from "zod";
import { ok, fail, type ActionResult } from "../actions/result";
import { recordAudit } from "../audit/record";
import { hashPassword, verifyPassword } from "../auth/password";
import type { CurrentUser } from "../auth/session";
import { revokeOtherUserSessions } from "../auth/user-sessions";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { changePasswordSchema, deleteAccountSchema, profileVisibilitySchema, signOutEverywhereSchema } from "./schemas";

/** Chooses whether one's name may appear on public pages and in the open-data API. */
export async function setProfileVisibility(user: CurrentUser, input: z.infer<typeof profileVisibilitySchema>): Promise<ActionResult<{ isPublicProfile: boolean }>> {
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { isPublicProfile: true } });
    if (before.isPublicProfile === input.isPublicProfile) return;
    await tx.user.update({ where: { id: user.id }, data: { isPublicProfile: input.isPublicProfile } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "user.profile_visibility",
      subjectType: "User",
      subjectId: user.id,
      before: { isPublicProfile: before.isPublicProfile },
      after: { isPublicProfile: input.isPublicProfile },
    });
  });
  return ok({ isPublicProfile: input.isPublicProfile });
}

export async function passwordMatches(userId: string, password: string): Promise<boolean> {
  const row = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  return verifyPassword(row.passwordHash, password);
}

/** A new password, given the current one. Every other browser is signed out; this one stays. */
export async function changePassword(user: CurrentUser, input: z.infer<typeof changePasswordSchema>): Promise<ActionResult<{ endedSessions: number }>> {
  if (!(await passwordMatches(user.id, input.currentPassword))) {
    return fail("errors.checkFields", { currentPassword: ["accountErrors.wrongPassword"] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  const endedSessions = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const ended = await revokeOtherUserSessions(tx, user.id, user.sessionId);
    await recordAudit(tx, { actorId: user.id, action: "user.password_change", subjectType: "User", subjectId: user.id, after: { endedSessions: ended } });
    return ended;
  });
  return ok({ endedSessions });
}

/** Ends every other session, or all of them ("all" signs this browser out as well). */
export async function signOutEverywhere(user: CurrentUser, input: z.infer<typeof signOutEverywhereSchema>): Promise<ActionResult<{ endedSessions: number }>> {
  const endedSessions = await db.$transaction(async (tx) => {
    const ended = await revokeOtherUserSessions(tx, user.id, input.scope === "all" ? null : user.sessionId);
    await recordAudit(tx, { actorId: user.id, action: "user.sessions_revoke", subjectType: "User", subjectId: user.id, after: { scope: input.scope, endedSessions: ended } });
    return ended;
  });
  return ok({ endedSessions });
}

/** Stands in for the person's name, email and password once they have left. */
function formerUserData(userId: string, now: Date): Prisma.UserUpdateInput {
  return {
    name: "",
    // Unique and undeliverable (RFC 2606), so the address can be registered again by anyone.
    email: `deleted-${userId}@deleted.invalid`,
    // Not a PHC string: no password verifies against it.
    passwordHash: "!deleted",
    roles: [],
    locale: "ja",
    isPublicProfile: false,
    deletedAt: now,
    disabledAt: now,
  };
}

/**
 * Deletes an account at its owner's request (個人情報保護法). Personal data goes; what they posted
 * stays, shown as by a former user; what the prefecture must keep (bookings, statements, check-ins,
 * the audit log) stays, tied to a row that no longer says who it was.
 */
export async function deleteAccount(user: CurrentUser, input: z.infer<typeof deleteAccountSchema>, now = new Date()): Promise<ActionResult<undefined>> {
  if (!(await passwordMatches(user.id, input.password))) {
    return fail("errors.checkFields", { password: ["accountErrors.wrongPassword"] });
  }
  await db.$transaction(async (tx) => {
    const [notifications, follows, reactions] = await Promise.all([
      tx.notification.deleteMany({ where: { userId: user.id } }),
      tx.projectFollower.deleteMany({ where: { userId: user.id } }),
      tx.reaction.deleteMany({ where: { userId: user.id } }),
    ]);
    await tx.organisationMember.deleteMany({ where: { userId: user.id } });
    await tx.supporter.deleteMany({ where: { userId: user.id } });
    await tx.membershipSeat.deleteMany({ where: { userId: user.id } });
    await tx.projectMember.deleteMany({ where: { userId: user.id } });
    await tx.workshopParticipant.updateMany({ where: { userId: user.id }, data: { userId: null } });
    await tx.eventRegistration.updateMany({ where: { userId: user.id }, data: { userId: null, name: "", email: null, cancelTokenHash: null } });
    const cancelledBookings = await tx.booking.updateMany({
      where: { userId: user.id, status: { in: ["PENDING", "CONFIRMED"] }, startsAt: { gt: now } },
      data: { status: "CANCELLED", cancelledAt: now },
    });
    await tx.membership.updateMany({ where: { holderId: user.id, status: { in: ["APPLIED", "ACTIVE", "SUSPENDED"] } }, data: { status: "ENDED", qrSecret: null } });
    await revokeOtherUserSessions(tx, user.id, null, now);
    await tx.user.update({ where: { id: user.id }, data: formerUserData(user.id, now) });
    await recordAudit(tx, {
      actorId: user.id,
      action: "user.delete",
      subjectType: "User",
      subjectId: user.id,
      after: {
        notificationsDeleted: notifications.count,
        followsDeleted: follows.count,
        reactionsDeleted: reactions.count,
        futureBookingsCancelled: cancelledBookings.count,
      },
    });
  });
  return ok(undefined);
}
