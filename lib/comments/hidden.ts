import "server-only";
import { fail, ok, type ActionResult } from "../actions/result";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/roles";
import { db, type Tx } from "../db";
import { announce } from "../workshops/mutations/context";
import type { HideableType } from "./schemas";

const WORKSHOP_TYPES = new Set<HideableType>(["ISSUE_CARD", "WORKSHOP_IDEA", "SDG_REFLECTION"]);
const HIDE_ACTIONS = ["moderation.hide", "workshop_post.hide"];

export interface HiddenPost {
  subjectType: HideableType;
  subjectId: string;
  text: string;
  hiddenAt: Date;
  /** Who hid it, from the audit log; null when the log has no row (hidden before it was kept). */
  hiddenBy: { name: string | null } | null;
  /** The reasons of the reports it answered; empty when it was hidden without a report. */
  reasons: string[];
  /** Where it was posted. */
  project: { slug: string; titleJa: string } | null;
  session: { id: string; number: number; seriesTitleJa: string } | null;
}

const sessionSelect = { select: { id: true, number: true, series: { select: { titleJa: true } } } } as const;
const sessionOf = (s: { id: string; number: number; series: { titleJa: string } } | null | undefined) =>
  s ? { id: s.id, number: s.number, seriesTitleJa: s.series.titleJa } : null;

/**
 * Hidden posts, newest first, with who hid them, when and why, for staff to review and undo.
 * With `sessionId`, only that workshop session's posts (the facilitator's console).
 */
export async function listHiddenPosts({ sessionId, limit = 100 }: { sessionId?: string; limit?: number } = {}): Promise<HiddenPost[]> {
  const hidden = { hiddenAt: { not: null } } as const;
  const order = { hiddenAt: "desc" } as const;
  const [comments, updates, cards, ideas, reflections] = await Promise.all([
    sessionId ? [] : db.comment.findMany({ where: hidden, orderBy: order, take: limit, select: { id: true, body: true, hiddenAt: true, project: { select: { slug: true, titleJa: true } } } }),
    sessionId ? [] : db.projectUpdate.findMany({ where: hidden, orderBy: order, take: limit, select: { id: true, body: true, hiddenAt: true, project: { select: { slug: true, titleJa: true } } } }),
    db.issueCard.findMany({ where: { ...hidden, ...(sessionId ? { sessionId } : {}) }, orderBy: order, take: limit, select: { id: true, text: true, hiddenAt: true, session: sessionSelect } }),
    db.workshopIdea.findMany({ where: { ...hidden, ...(sessionId ? { sessionId } : {}) }, orderBy: order, take: limit, select: { id: true, title: true, hiddenAt: true, session: sessionSelect } }),
    db.sdgReflection.findMany({
      where: { ...hidden, ...(sessionId ? { participant: { sessionId } } : {}) },
      orderBy: order,
      take: limit,
      select: { id: true, text: true, hiddenAt: true, participant: { select: { session: sessionSelect } } },
    }),
  ]);
  const posts: Omit<HiddenPost, "hiddenBy" | "reasons">[] = [
    ...comments.map((c) => ({ subjectType: "COMMENT" as const, subjectId: c.id, text: c.body, hiddenAt: c.hiddenAt!, project: c.project, session: null })),
    ...updates.map((u) => ({ subjectType: "PROJECT_UPDATE" as const, subjectId: u.id, text: u.body, hiddenAt: u.hiddenAt!, project: u.project, session: null })),
    ...cards.map((c) => ({ subjectType: "ISSUE_CARD" as const, subjectId: c.id, text: c.text, hiddenAt: c.hiddenAt!, project: null, session: sessionOf(c.session) })),
    ...ideas.map((i) => ({ subjectType: "WORKSHOP_IDEA" as const, subjectId: i.id, text: i.title, hiddenAt: i.hiddenAt!, project: null, session: sessionOf(i.session) })),
    ...reflections.map((r) => ({ subjectType: "SDG_REFLECTION" as const, subjectId: r.id, text: r.text, hiddenAt: r.hiddenAt!, project: null, session: sessionOf(r.participant.session) })),
  ]
    .sort((a, b) => b.hiddenAt.getTime() - a.hiddenAt.getTime())
    .slice(0, limit);
  if (posts.length === 0) return [];
  const ids = posts.map((p) => p.subjectId);
  const [audits, reports] = await Promise.all([
    db.auditLog.findMany({
      where: { subjectId: { in: ids }, action: { in: HIDE_ACTIONS } },
      orderBy: { at: "desc" },
      select: { subjectId: true, subjectType: true, actor: { select: { name: true } } },
    }),
    db.moderationReport.findMany({ where: { subjectId: { in: ids }, status: "HIDDEN" }, orderBy: { createdAt: "asc" }, select: { subjectId: true, subjectType: true, reason: true } }),
  ]);
  return posts.map((post) => {
    // The latest hide of this post (a post hidden, shown again and hidden again has several).
    const audit = audits.find((a) => a.subjectId === post.subjectId && a.subjectType === post.subjectType);
    const reasons = [...new Set(reports.filter((r) => r.subjectId === post.subjectId && r.subjectType === post.subjectType).map((r) => r.reason))];
    return { ...post, hiddenBy: audit ? { name: audit.actor?.name ?? null } : null, reasons };
  });
}

/** Clears `hiddenAt` if set; the number of rows shown again (0 or 1), and the session to tell. */
async function unhide(tx: Tx, type: HideableType, id: string, sessionId: string | undefined): Promise<{ count: number; exists: boolean; sessionId: string | null }> {
  const data = { hiddenAt: null };
  const shown = { id, hiddenAt: { not: null } };
  switch (type) {
    case "COMMENT": {
      const { count } = await tx.comment.updateMany({ where: shown, data });
      return { count, exists: count > 0 || (await tx.comment.count({ where: { id } })) > 0, sessionId: null };
    }
    case "PROJECT_UPDATE": {
      const { count } = await tx.projectUpdate.updateMany({ where: shown, data });
      return { count, exists: count > 0 || (await tx.projectUpdate.count({ where: { id } })) > 0, sessionId: null };
    }
    case "ISSUE_CARD": {
      const row = await tx.issueCard.findFirst({ where: { id, ...(sessionId ? { sessionId } : {}) }, select: { sessionId: true } });
      const { count } = row ? await tx.issueCard.updateMany({ where: shown, data }) : { count: 0 };
      return { count, exists: row != null, sessionId: row?.sessionId ?? null };
    }
    case "WORKSHOP_IDEA": {
      const row = await tx.workshopIdea.findFirst({ where: { id, ...(sessionId ? { sessionId } : {}) }, select: { sessionId: true } });
      const { count } = row ? await tx.workshopIdea.updateMany({ where: shown, data }) : { count: 0 };
      return { count, exists: row != null, sessionId: row?.sessionId ?? null };
    }
    case "SDG_REFLECTION": {
      const row = await tx.sdgReflection.findFirst({ where: { id, ...(sessionId ? { participant: { sessionId } } : {}) }, select: { participant: { select: { sessionId: true } } } });
      const { count } = row ? await tx.sdgReflection.updateMany({ where: shown, data }) : { count: 0 };
      return { count, exists: row != null, sessionId: row?.participant.sessionId ?? null };
    }
  }
}

/**
 * Shows a hidden post again (表示に戻す), audited like hiding it. Idempotent: a post already shown
 * is left as it is and no second audit row is written. Dots released when an idea was hidden stay
 * with their owners; the reports it answered stay closed, for the record. With `sessionId` (the
 * facilitator's console), only a post of that session is found.
 */
export async function restoreHiddenPost(
  actor: Pick<Actor, "id">,
  type: HideableType,
  id: string,
  { sessionId }: { sessionId?: string } = {},
): Promise<ActionResult<{ restored: boolean }>> {
  return db.$transaction(async (tx) => {
    const before = await hiddenAtOf(tx, type, id);
    const result = await unhide(tx, type, id, sessionId);
    if (!result.exists) return fail("errors.notFound");
    if (result.count === 0) return ok({ restored: false });
    await recordAudit(tx, {
      actorId: actor.id,
      action: WORKSHOP_TYPES.has(type) ? "workshop_post.restore" : "moderation.restore",
      subjectType: type,
      subjectId: id,
      before: { hiddenAt: before?.toISOString() ?? null },
      after: { hiddenAt: null },
    });
    if (result.sessionId) await announce(tx, result.sessionId, "hide");
    return ok({ restored: true });
  });
}

async function hiddenAtOf(tx: Tx, type: HideableType, id: string): Promise<Date | null> {
  const select = { hiddenAt: true } as const;
  const row =
    type === "COMMENT"
      ? await tx.comment.findUnique({ where: { id }, select })
      : type === "PROJECT_UPDATE"
        ? await tx.projectUpdate.findUnique({ where: { id }, select })
        : type === "ISSUE_CARD"
          ? await tx.issueCard.findUnique({ where: { id }, select })
          : type === "WORKSHOP_IDEA"
            ? await tx.workshopIdea.findUnique({ where: { id }, select })
            : await tx.sdgReflection.findUnique({ where: { id }, select });
  return row?.hiddenAt ?? null;
}
