import "server-only";
// Accessibility feedback: anyone may send it from /accessibility (no account needed, and the
// sender's account is not recorded even when signed in); staff read it and mark it handled.
import { fail, ok, type ActionResult } from "../actions/result";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/roles";
import { db } from "../db";
import type { AccessibilityFeedbackInput, FeedbackHandledInput } from "./feedback-schemas";

/** Stores one piece of feedback with its audit row. The audit row names no one and holds no text. */
export async function createAccessibilityFeedback(input: AccessibilityFeedbackInput): Promise<ActionResult<{ id: string }>> {
  return db.$transaction(async (tx) => {
    const feedback = await tx.accessibilityFeedback.create({
      data: {
        pageUrl: input.pageUrl ?? null,
        description: input.description,
        assistiveTech: input.assistiveTech ?? null,
        contactEmail: input.contactEmail ?? null,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorLabel: "anonymous",
      action: "accessibility_feedback.create",
      subjectType: "AccessibilityFeedback",
      subjectId: feedback.id,
      after: { hasContact: input.contactEmail !== undefined },
    });
    return ok({ id: feedback.id });
  });
}

/** Marks feedback handled (or open again); a no-op change is refused so the audit log holds only changes. */
export async function setFeedbackHandled(staff: Actor, input: FeedbackHandledInput, now = new Date()): Promise<ActionResult<{ handled: boolean }>> {
  return db.$transaction(async (tx) => {
    const feedback = await tx.accessibilityFeedback.findUnique({ where: { id: input.feedbackId }, select: { id: true, handledAt: true } });
    if (!feedback) return fail("errors.notFound");
    if ((feedback.handledAt !== null) === input.handled) return fail("feedbackStaff.errors.unchanged");
    await tx.accessibilityFeedback.update({ where: { id: feedback.id }, data: { handledAt: input.handled ? now : null } });
    await recordAudit(tx, {
      actorId: staff.id,
      action: input.handled ? "accessibility_feedback.handle" : "accessibility_feedback.reopen",
      subjectType: "AccessibilityFeedback",
      subjectId: feedback.id,
      before: { handled: feedback.handledAt !== null },
      after: { handled: input.handled },
    });
    return ok({ handled: input.handled });
  });
}

/** Every piece of feedback, newest first, for the staff console. */
export function listAccessibilityFeedback(limit = 200) {
  return db.accessibilityFeedback.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, pageUrl: true, description: true, assistiveTech: true, contactEmail: true, createdAt: true, handledAt: true },
  });
}
