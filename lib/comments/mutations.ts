import "server-only";
import { fail, ok, type ActionResult } from "../actions/result";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/roles";
import { db } from "../db";
import { consume } from "../security/rate-limit";
import type { ModerateInput, PostCommentInput, ReportInput } from "./schemas";

export async function postComment(user: Actor, input: PostCommentInput): Promise<ActionResult<{ id: string }>> {
  if (!(await consume("comment", user.id)).allowed) return fail("errors.rateLimited");
  const project = await db.project.findFirst({ where: { id: input.projectId, publishedAt: { not: null } }, select: { id: true } });
  if (!project) return fail("errors.notFound");
  const comment = await db.comment.create({ data: { projectId: project.id, authorId: user.id, body: input.body }, select: { id: true } });
  return ok({ id: comment.id });
}

async function subjectExists(subjectType: ReportInput["subjectType"], subjectId: string): Promise<boolean> {
  const where = { id: subjectId, hiddenAt: null };
  return subjectType === "COMMENT" ? (await db.comment.count({ where })) > 0 : (await db.projectUpdate.count({ where })) > 0;
}

/** Anyone signed in may report a post; a second report of the same post by the same person is a no-op. */
export async function reportContent(user: Actor, input: ReportInput): Promise<ActionResult<{ id: string }>> {
  if (!(await consume("contentReport", user.id)).allowed) return fail("errors.rateLimited");
  if (!(await subjectExists(input.subjectType, input.subjectId))) return fail("errors.notFound");
  const existing = await db.moderationReport.findFirst({
    where: { subjectType: input.subjectType, subjectId: input.subjectId, reporterId: user.id, status: "OPEN" },
    select: { id: true },
  });
  if (existing) return ok({ id: existing.id });
  const report = await db.moderationReport.create({
    data: { subjectType: input.subjectType, subjectId: input.subjectId, reason: input.reason, reporterId: user.id },
    select: { id: true },
  });
  return ok({ id: report.id });
}

/**
 * Staff hide a reported post (it disappears from every page and API at once) or dismiss the
 * report. Every open report of the same post is closed with it; both are audited (Gunma's
 * ordinance against online defamation asks for a record of what was removed and why).
 */
export async function moderateReport(staff: Actor, input: ModerateInput, now = new Date()): Promise<ActionResult<{ status: string }>> {
  return db.$transaction(async (tx) => {
    const report = await tx.moderationReport.findUnique({ where: { id: input.reportId }, select: { id: true, subjectType: true, subjectId: true, status: true, reason: true } });
    if (!report || (report.subjectType !== "COMMENT" && report.subjectType !== "PROJECT_UPDATE")) return fail("errors.notFound");
    if (report.status !== "OPEN") return fail("errors.alreadyDecided");
    const status = input.decision === "HIDE" ? "HIDDEN" : "DISMISSED";
    if (input.decision === "HIDE") {
      if (report.subjectType === "COMMENT") await tx.comment.update({ where: { id: report.subjectId }, data: { hiddenAt: now } });
      else await tx.projectUpdate.update({ where: { id: report.subjectId }, data: { hiddenAt: now } });
    }
    await tx.moderationReport.updateMany({
      where: { subjectType: report.subjectType, subjectId: report.subjectId, status: "OPEN" },
      data: { status, resolvedById: staff.id, resolvedAt: now },
    });
    await recordAudit(tx, {
      actorId: staff.id,
      action: input.decision === "HIDE" ? "moderation.hide" : "moderation.dismiss",
      subjectType: report.subjectType,
      subjectId: report.subjectId,
      before: { reportId: report.id, reason: report.reason },
      after: { status },
    });
    return ok({ status });
  });
}
